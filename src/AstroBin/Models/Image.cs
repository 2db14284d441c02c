using System;
using System.Text.Json.Serialization;
using AstroBin.Api;
using AstroBin.Api.Json;

namespace AstroBin
{
    /// <summary>An AstroBin image (API v1 <c>image</c> resource).</summary>
    public sealed class Image : ImageVersion
    {
        /// <summary>Numeric primary key. Images that have a <see cref="Hash"/> cannot be fetched by it.</summary>
        [JsonPropertyName("id")] public int Id { get; set; }

        /// <summary>The public id (six characters); null for old images, which are fetched by <see cref="Id"/>.</summary>
        [JsonPropertyName("hash")] public string? Hash { get; set; }

        /// <summary>Where this record is in the list page it was read from, if it was (<see cref="AstroBinClient.ListedRecordOf"/>).</summary>
        [JsonIgnore] internal ListRecord? ListRecord { get; set; }

        [JsonPropertyName("title")] public string? Title { get; set; }
        [JsonPropertyName("description")] public string? Description { get; set; }

        /// <summary>The uploader's user name.</summary>
        [JsonPropertyName("user")] public string? User { get; set; }

        /// <summary>Pixel width of the original upload (0 if unknown).</summary>
        [JsonPropertyName("w")] public int Width { get; set; }
        [JsonPropertyName("h")] public int Height { get; set; }
        [JsonPropertyName("animated")] public bool Animated { get; set; }
        [JsonPropertyName("link")] public string? Link { get; set; }
        [JsonPropertyName("link_to_fits")] public string? LinkToFits { get; set; }
        [JsonPropertyName("license")] public int? License { get; set; }
        [JsonPropertyName("license_name")] public string? LicenseName { get; set; }
        [JsonPropertyName("is_final")] public bool IsFinal { get; set; }
        [JsonPropertyName("data_source")] public string? DataSource { get; set; }
        [JsonPropertyName("remote_source")] public string? RemoteSource { get; set; }

        [JsonPropertyName("uploaded"), JsonConverter(typeof(NaiveUtcDateTimeConverter))] public DateTime? Uploaded { get; set; }
        [JsonPropertyName("published"), JsonConverter(typeof(NaiveUtcDateTimeConverter))] public DateTime? Published { get; set; }
        [JsonPropertyName("updated"), JsonConverter(typeof(NaiveUtcDateTimeConverter))] public DateTime? Updated { get; set; }

        /// <summary>API paths of the image's locations (<c>/api/v1/location/&lt;id&gt;/</c>).</summary>
        [JsonPropertyName("locations")] public TextList Locations { get; set; } = TextList.Empty;

        /// <summary>API paths of the image's revisions (<c>/api/v1/imagerevision/&lt;id&gt;/</c>).</summary>
        [JsonPropertyName("revisions")] public TextList Revisions { get; set; } = TextList.Empty;

        /// <summary>Objects in the field, from the plate solution; empty when unsolved.</summary>
        [JsonPropertyName("subjects")] public TextList Subjects { get; set; } = TextList.Empty;

        /// <summary>Telescopes used; the server's order is not deterministic.</summary>
        [JsonPropertyName("imaging_telescopes")] public TextList ImagingTelescopes { get; set; } = TextList.Empty;

        /// <summary>Cameras used; the server's order is not deterministic.</summary>
        [JsonPropertyName("imaging_cameras")] public TextList ImagingCameras { get; set; } = TextList.Empty;

        [JsonPropertyName("likes")] public int? Likes { get; set; }
        [JsonPropertyName("bookmarks")] public int? Bookmarks { get; set; }
        [JsonPropertyName("comments")] public int? Comments { get; set; }
        [JsonPropertyName("views")] public int? Views { get; set; }

        /// <summary>Always the numeric path; not fetchable for images that have a hash. Use <see cref="ImageId"/>.</summary>
        [JsonPropertyName("resource_uri")] public string? ResourceUri { get; set; }

        /// <summary>The id that fetches this image: the hash, or the number for old images without one.</summary>
        [JsonIgnore] public override string ImageId => Hash ?? Id.ToString(System.Globalization.CultureInfo.InvariantCulture);

        /// <summary>The image's public page.</summary>
        [JsonIgnore] public string Url => PublicPage.ForImage(ImageId);

        public override string ToString() => ImageId + " " + Title;
    }
}
