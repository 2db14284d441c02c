using System.Linq;
using System.Text.Json.Serialization;
using AstroBin.Api;

namespace AstroBin
{
    /// <summary>An observing location (API v1 <c>location</c> resource); the API never gives its coordinates.</summary>
    public sealed class Location
    {
        [JsonPropertyName("name")] public string? Name { get; set; }
        [JsonPropertyName("city")] public string? City { get; set; }
        [JsonPropertyName("state")] public string? State { get; set; }

        /// <summary>ISO 3166 alpha-2 code; empty when unset.</summary>
        [JsonPropertyName("country")] public string? Country { get; set; }

        /// <summary>Metres above sea level, when known.</summary>
        [JsonPropertyName("altitude")] public int? Altitude { get; set; }

        [JsonPropertyName("resource_uri")] public string? ResourceUri { get; set; }

        /// <summary>The location's number, from <see cref="ResourceUri"/> (the API sends no id field): what Get-AstroBinLocation -Id takes.</summary>
        [JsonIgnore] public int? Id => ApiPath.LastNumber(ResourceUri);

        public override string ToString() => string.Join(", ", new[] { Name, City, State, Country }.Where(part => !string.IsNullOrEmpty(part)));
    }
}
