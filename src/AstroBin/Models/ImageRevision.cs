using System;
using System.Text.Json.Serialization;
using AstroBin.Api;
using AstroBin.Api.Json;

namespace AstroBin
{
    /// <summary>A later version of an image (API v1 <c>imagerevision</c> resource), with its own size and plate solution.</summary>
    public sealed class ImageRevision
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

        [JsonPropertyName("url_thumb")] public string? UrlThumb { get; set; }
        [JsonPropertyName("url_gallery")] public string? UrlGallery { get; set; }
        [JsonPropertyName("url_regular")] public string? UrlRegular { get; set; }
        [JsonPropertyName("url_regular_sharpened")] public string? UrlRegularSharpened { get; set; }
        [JsonPropertyName("url_hd")] public string? UrlHd { get; set; }
        [JsonPropertyName("url_hd_sharpened")] public string? UrlHdSharpened { get; set; }
        [JsonPropertyName("url_real")] public string? UrlReal { get; set; }
        [JsonPropertyName("url_duckduckgo")] public string? UrlDuckDuckGo { get; set; }
        [JsonPropertyName("url_duckduckgo_small")] public string? UrlDuckDuckGoSmall { get; set; }
        [JsonPropertyName("url_histogram")] public string? UrlHistogram { get; set; }
        [JsonPropertyName("url_skyplot")] public string? UrlSkyplot { get; set; }
        [JsonPropertyName("url_advanced_skyplot")] public string? UrlAdvancedSkyplot { get; set; }
        [JsonPropertyName("url_advanced_skyplot_small")] public string? UrlAdvancedSkyplotSmall { get; set; }
        [JsonPropertyName("url_solution")] public string? UrlSolution { get; set; }
        [JsonPropertyName("url_advanced_solution")] public string? UrlAdvancedSolution { get; set; }

        [JsonPropertyName("is_solved")] public bool IsSolved { get; set; }
        [JsonPropertyName("solution_status")] public string? SolutionStatus { get; set; }
        [JsonPropertyName("ra"), JsonConverter(typeof(DecimalStringConverter))] public double? Ra { get; set; }
        [JsonPropertyName("dec"), JsonConverter(typeof(DecimalStringConverter))] public double? Dec { get; set; }
        [JsonPropertyName("pixscale"), JsonConverter(typeof(DecimalStringConverter))] public double? PixScale { get; set; }
        [JsonPropertyName("orientation"), JsonConverter(typeof(DecimalStringConverter))] public double? Orientation { get; set; }
        [JsonPropertyName("radius"), JsonConverter(typeof(DecimalStringConverter))] public double? Radius { get; set; }
        [JsonPropertyName("resource_uri")] public string? ResourceUri { get; set; }

        /// <summary>The image's numeric id, from <see cref="Image"/>.</summary>
        [JsonIgnore] public string? ImageNumber => ApiPath.LastSegment(Image);

        public override string ToString() => Id + " " + Label + " " + Title;
    }
}
