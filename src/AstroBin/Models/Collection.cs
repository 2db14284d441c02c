using System;
using System.Linq;
using System.Text.Json.Serialization;
using AstroBin.Api;
using AstroBin.Api.Json;

namespace AstroBin
{
    /// <summary>A user's collection of images (API v1 <c>collection</c> resource).</summary>
    public sealed class Collection
    {
        /// <summary>The collection's number: what Get-AstroBinCollection -Id takes.</summary>
        [JsonPropertyName("id")] public int Id { get; set; }
        [JsonPropertyName("name")] public string? Name { get; set; }
        [JsonPropertyName("description")] public string? Description { get; set; }

        /// <summary>The owner's user name.</summary>
        [JsonPropertyName("user")] public string? User { get; set; }

        [JsonPropertyName("date_created"), JsonConverter(typeof(NaiveUtcDateTimeConverter))] public DateTime? DateCreated { get; set; }
        [JsonPropertyName("date_updated"), JsonConverter(typeof(NaiveUtcDateTimeConverter))] public DateTime? DateUpdated { get; set; }

        /// <summary>The images' API paths as the server sends them: <c>/api/v1/image/&lt;hash&gt;</c>, without a trailing slash.</summary>
        [JsonPropertyName("images")] public TextList Images { get; set; } = TextList.Empty;

        [JsonPropertyName("cover_thumbnail")] public string? CoverThumbnail { get; set; }
        [JsonPropertyName("cover_thumbnail_hd")] public string? CoverThumbnailHd { get; set; }
        [JsonPropertyName("square_cropping")] public string? SquareCropping { get; set; }
        [JsonPropertyName("w")] public int? Width { get; set; }
        [JsonPropertyName("h")] public int? Height { get; set; }
        [JsonPropertyName("order_by_tag")] public string? OrderByTag { get; set; }
        [JsonPropertyName("image_count")] public int? ImageCount { get; set; }
        [JsonPropertyName("image_count_including_wip")] public int? ImageCountIncludingWip { get; set; }
        [JsonPropertyName("nested_collection_count")] public int? NestedCollectionCount { get; set; }
        [JsonPropertyName("resource_uri")] public string? ResourceUri { get; set; }

        /// <summary>The images' hashes (or numbers), in the collection's order: what Get-AstroBinImage takes.</summary>
        [JsonIgnore] public TextList ImageIds => new TextList(Images.Select(ApiPath.LastSegment).Where(id => id != null).Select(id => id!).ToList());

        public override string ToString() => Id + " " + Name + " (" + User + ")";
    }
}
