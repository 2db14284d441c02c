using System;
using System.Buffers.Text;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace AstroBin.Api.Json
{
    /// <summary>
    /// tastypie sends Django decimals (ra, dec, pixscale, ...) as JSON strings such as "10.726";
    /// null, empty strings and numbers are accepted too, so old or odd data does not break parsing.
    /// </summary>
    public sealed class DecimalStringConverter : JsonConverter<double?>
    {
        public override bool HandleNull => true;

        public override double? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            switch (reader.TokenType)
            {
                case JsonTokenType.Null:
                    return null;
                case JsonTokenType.Number:
                    return reader.GetDouble();
                case JsonTokenType.String:
                    // Straight from the UTF-8 bytes when the value has no escapes: no string per coordinate.
                    if (!reader.HasValueSequence && !reader.ValueIsEscaped && reader.ValueSpan.Length > 0
                        && Utf8Parser.TryParse(reader.ValueSpan, out double parsed, out var consumed) && consumed == reader.ValueSpan.Length)
                    {
                        return parsed;
                    }
                    var text = reader.GetString();
                    if (string.IsNullOrWhiteSpace(text)) return null;
                    if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value)) return value;
                    throw new JsonException("'" + text + "' is not a decimal number.");
                default:
                    throw new JsonException("Expected a decimal string, found " + reader.TokenType + ".");
            }
        }

        public override void Write(Utf8JsonWriter writer, double? value, JsonSerializerOptions options)
        {
            if (value.HasValue) writer.WriteStringValue(value.Value.ToString("0.000", CultureInfo.InvariantCulture));
            else writer.WriteNullValue();
        }
    }
}
