using System;
using System.Text.Json.Serialization;
using AstroBin.Api;
using AstroBin.Api.Json;

namespace AstroBin
{
    /// <summary>A later version of an image (API v1 <c>imagerevision</c> resource), with its own size and plate solution.</summary>
    public sealed class ImageRevision : ImageVersion
    {
        /// <summary>The revision's number: what Get-AstroBinImageRevision -Id takes.</summary>
        [JsonPropertyName("id")] public int Id { get; set; }

        /// <summary>The image's API path, always numeric (<c>/api/v1/image/&lt;id&gt;/</c>): not fetchable for images with a hash.</summary>
        [JsonPropertyName("image")] public string? Image { get; set; }

        /// <summary>"B", "C", ... in upload order.</summary>
        [JsonPropertyName("label")] public string? Label { get; set; }

        [JsonPropertyName("title")] public string? Title { get; set; }
        [JsonPropertyName("description")] public string? Description { get; set; }
        [JsonPropertyName("uploaded"), JsonConverter(typeof(NaiveUtcDateTimeConverter))] public DateTime? Uploaded { get; set; }
        [JsonPropertyName("w")] public int? Width { get; set; }
        [JsonPropertyName("h")] public int? Height { get; set; }

        /// <summary>True when this revision is the image's final version.</summary>
        [JsonPropertyName("is_final")] public bool IsFinal { get; set; }

        [JsonPropertyName("url_regular_sharpened")] public string? UrlRegularSharpened { get; set; }
        [JsonPropertyName("url_hd_sharpened")] public string? UrlHdSharpened { get; set; }

        [JsonPropertyName("resource_uri")] public string? ResourceUri { get; set; }

        /// <summary>The image's numeric id, from <see cref="Image"/>.</summary>
        [JsonIgnore] public string? ImageNumber => ApiPath.LastSegment(Image);

        /// <summary>
        /// The id that fetches the revision's image: the hash its url_* addresses carry
        /// (<c>{site}/{hash}/{label}/rawthumb/{alias}/</c>), else <see cref="ImageNumber"/>, which
        /// Get-AstroBinImage looks up in a batch (a hashed image's number is not fetchable alone).
        /// </summary>
        [JsonIgnore] public override string? ImageId => PublicPage.ImageIdOf(UrlThumb ?? UrlRegular ?? UrlHd) ?? ImageNumber;

        public override string ToString() => Id + " " + Label + " " + Title;
    }
}
