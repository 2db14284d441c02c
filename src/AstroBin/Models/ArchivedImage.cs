using System;
using System.Text.Json.Serialization;
using AstroBin.Api;
using AstroBin.Api.Json;

namespace AstroBin
{
    /// <summary>What the top pick and top pick nomination archives share: an image, its publication date, no id field.</summary>
    public abstract class ArchivedImage
    {
        /// <summary>The IMAGE's publication time (not when it was picked); null for some old images.</summary>
        [JsonPropertyName("date"), JsonConverter(typeof(NaiveUtcDateTimeConverter))] public DateTime? Date { get; set; }

        /// <summary>The image's API path as the server sends it: <c>/api/v1/image/&lt;hash&gt;</c>, without a trailing slash.</summary>
        [JsonPropertyName("image")] public string? Image { get; set; }

        [JsonPropertyName("resource_uri")] public string? ResourceUri { get; set; }

        /// <summary>The image's hash (or number): what Get-AstroBinImage takes.</summary>
        [JsonIgnore] public string? ImageId => ApiPath.LastSegment(Image);

        /// <summary>The archive entry's number, from <see cref="ResourceUri"/>.</summary>
        [JsonIgnore] public int? Id => ApiPath.LastNumber(ResourceUri);

        public override string ToString() => (Date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "?") + " " + ImageId;
    }

    /// <summary>An image the Image of the Day judges made a top pick (API v1 <c>toppick</c> resource).</summary>
    public sealed class TopPick : ArchivedImage
    {
    }

    /// <summary>An image nominated for top pick (API v1 <c>toppicknomination</c> resource).</summary>
    public sealed class TopPickNomination : ArchivedImage
    {
    }
}
