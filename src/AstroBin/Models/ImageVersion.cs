using System.Text.Json.Serialization;
using AstroBin.Api.Json;

namespace AstroBin
{
    /// <summary>
    /// What the original upload (<see cref="Image"/>) and each later version (<see cref="ImageRevision"/>)
    /// both carry: the addresses of its files and its own plate solution.
    /// </summary>
    public abstract class ImageVersion
    {
        [JsonPropertyName("url_thumb")] public string? UrlThumb { get; set; }
        [JsonPropertyName("url_gallery")] public string? UrlGallery { get; set; }
        [JsonPropertyName("url_regular")] public string? UrlRegular { get; set; }
        [JsonPropertyName("url_hd")] public string? UrlHd { get; set; }
        [JsonPropertyName("url_real")] public string? UrlReal { get; set; }
        [JsonPropertyName("url_duckduckgo")] public string? UrlDuckDuckGo { get; set; }
        [JsonPropertyName("url_duckduckgo_small")] public string? UrlDuckDuckGoSmall { get; set; }
        [JsonPropertyName("url_histogram")] public string? UrlHistogram { get; set; }
        [JsonPropertyName("url_skyplot")] public string? UrlSkyplot { get; set; }
        [JsonPropertyName("url_solution")] public string? UrlSolution { get; set; }
        [JsonPropertyName("url_advanced_skyplot")] public string? UrlAdvancedSkyplot { get; set; }
        [JsonPropertyName("url_advanced_skyplot_small")] public string? UrlAdvancedSkyplotSmall { get; set; }
        [JsonPropertyName("url_advanced_solution")] public string? UrlAdvancedSolution { get; set; }

        /// <summary>The url_* field of <paramref name="size"/>: an AstroBin address that redirects to the file.</summary>
        public string? UrlOf(ImageSize size) => size switch
        {
            ImageSize.Thumb => UrlThumb,
            ImageSize.Gallery => UrlGallery,
            ImageSize.Regular => UrlRegular,
            ImageSize.Hd => UrlHd,
            ImageSize.Real => UrlReal,
            ImageSize.DuckDuckGo => UrlDuckDuckGo,
            ImageSize.DuckDuckGoSmall => UrlDuckDuckGoSmall,
            ImageSize.Histogram => UrlHistogram,
            _ => null,
        };

        [JsonPropertyName("is_solved")] public bool IsSolved { get; set; }
        [JsonPropertyName("solution_status")] public string? SolutionStatus { get; set; }

        /// <summary>Right ascension of the field centre, degrees.</summary>
        [JsonPropertyName("ra"), JsonConverter(typeof(DecimalStringConverter))] public double? Ra { get; set; }

        /// <summary>Declination of the field centre, degrees.</summary>
        [JsonPropertyName("dec"), JsonConverter(typeof(DecimalStringConverter))] public double? Dec { get; set; }

        /// <summary>Arcseconds per pixel.</summary>
        [JsonPropertyName("pixscale"), JsonConverter(typeof(DecimalStringConverter))] public double? PixScale { get; set; }

        [JsonPropertyName("orientation"), JsonConverter(typeof(DecimalStringConverter))] public double? Orientation { get; set; }

        /// <summary>Field radius, degrees.</summary>
        [JsonPropertyName("radius"), JsonConverter(typeof(DecimalStringConverter))] public double? Radius { get; set; }

        /// <summary>The id that fetches the image this version belongs to: its hash, or the number of an old image.</summary>
        [JsonIgnore] public abstract string? ImageId { get; }
    }
}
