using System;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace AstroBin.Api.Json
{
    /// <summary>Reads the server's naive UTC datetimes (and dates) as <see cref="DateTimeKind.Utc"/> values.</summary>
    public sealed class NaiveUtcDateTimeConverter : JsonConverter<DateTime?>
    {
        public override bool HandleNull => true;

        public override DateTime? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            if (reader.TokenType == JsonTokenType.Null) return null;
            if (reader.TokenType != JsonTokenType.String) throw new JsonException("Expected a date string, found " + reader.TokenType + ".");
            // The common case, ISO 8601 straight from the UTF-8 bytes: no string, no format list.
            if (reader.TryGetDateTime(out var iso))
            {
                return iso.Kind == DateTimeKind.Local ? iso.ToUniversalTime() : DateTime.SpecifyKind(iso, DateTimeKind.Utc);
            }
            var text = reader.GetString();
            if (string.IsNullOrWhiteSpace(text)) return null;
            if (WireDateTime.TryParse(text, out var value)) return value;
            throw new JsonException("'" + text + "' is not a date.");
        }

        public override void Write(Utf8JsonWriter writer, DateTime? value, JsonSerializerOptions options)
        {
            if (value.HasValue) writer.WriteStringValue(value.Value.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFF", CultureInfo.InvariantCulture));
            else writer.WriteNullValue();
        }
    }
}
