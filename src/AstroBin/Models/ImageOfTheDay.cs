using System;
using System.Text.Json.Serialization;
using AstroBin.Api;
using AstroBin.Api.Json;

namespace AstroBin
{
    /// <summary>An Image of the Day (API v1 <c>imageoftheday</c> resource).</summary>
    public sealed class ImageOfTheDay
    {
        /// <summary>The day (UTC date, time 00:00).</summary>
        [JsonPropertyName("date"), JsonConverter(typeof(NaiveUtcDateTimeConverter))] public DateTime? Date { get; set; }

        /// <summary>The image's API path as the server sends it: <c>/api/v1/image/&lt;hash&gt;</c>, without a trailing slash.</summary>
        [JsonPropertyName("image")] public string? Image { get; set; }

        [JsonPropertyName("runnerup_1")] public string? RunnerUp1 { get; set; }
        [JsonPropertyName("runnerup_2")] public string? RunnerUp2 { get; set; }
        [JsonPropertyName("resource_uri")] public string? ResourceUri { get; set; }

        /// <summary>The image's hash (or number), taken from <see cref="Image"/>: what Get-AstroBinImage takes.</summary>
        [JsonIgnore] public string? ImageId => ApiPath.LastSegment(Image);

        /// <summary>The image's title when known: Get-AstroBinImageOfTheDay -IncludeImage looks it up (the API does not send it).</summary>
        [JsonIgnore] public string? Title { get; set; }

        /// <summary>The image's author when known (-IncludeImage): binds to Get-AstroBinUser.</summary>
        [JsonIgnore] public string? User { get; set; }

        /// <summary>The image's public page.</summary>
        [JsonIgnore] public string? Url => ImageId == null ? null : PublicPage.ForImage(ImageId);

        public override string ToString() => (Date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "?") + " " + ImageId;
    }
}
