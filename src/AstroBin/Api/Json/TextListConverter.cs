using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace AstroBin.Api.Json
{
    /// <summary>
    /// Reads a JSON array of strings into a <see cref="TextList"/>, trimming each entry and dropping
    /// empty ones: servers before August 2020 kept the separator's space (" NGC 224"). Null is empty.
    /// </summary>
    public sealed class TextListConverter : JsonConverter<TextList>
    {
        /// <summary>
        /// A record's subjects, telescopes or revisions number in the tens; a hostile list of millions would cost
        /// hundreds of megabytes, and makes its record unreadable instead.
        /// </summary>
        public const int MaxItems = 10000;

        public override bool HandleNull => true;

        public override TextList Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            if (reader.TokenType == JsonTokenType.Null) return TextList.Empty;
            if (reader.TokenType != JsonTokenType.StartArray) throw new JsonException("Expected a list of strings, found " + reader.TokenType + ".");
            var items = new List<string>();
            while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
            {
                if (reader.TokenType != JsonTokenType.String && reader.TokenType != JsonTokenType.Null)
                {
                    throw new JsonException("Expected a string in the list, found " + reader.TokenType + ".");
                }
                var text = reader.GetString();
                if (string.IsNullOrWhiteSpace(text)) continue;
                if (items.Count == MaxItems) throw new JsonException("More than " + MaxItems + " entries in a list of names.");
                items.Add(text!.Trim());
            }
            return new TextList(items);
        }

        public override void Write(Utf8JsonWriter writer, TextList value, JsonSerializerOptions options)
        {
            writer.WriteStartArray();
            foreach (var item in value) writer.WriteStringValue(item);
            writer.WriteEndArray();
        }
    }
}
