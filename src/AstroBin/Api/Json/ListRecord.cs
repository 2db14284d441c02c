using System;
using System.Collections.Generic;
using System.Text.Json;

namespace AstroBin.Api.Json
{
    /// <summary>
    /// Where a record read from a list page is in the page's body (already masked), so that its own bytes can be
    /// had when they are wanted (a sync writes them as image.json: in API v1 the list record is the detail record)
    /// without copying every record of every page read. Sliced on demand; the page's body lives as long as this.
    /// </summary>
    internal sealed class ListRecord
    {
        private readonly byte[] _page;
        private readonly int _index;

        public ListRecord(byte[] page, int index)
        {
            _page = page;
            _index = index;
        }

        /// <summary>The record's JSON bytes; null if the page no longer has that element (it always does: the parser read it).</summary>
        public byte[]? Bytes() => Slices(_page, _index)?[_index];

        /// <summary>
        /// The bytes of the elements of a JSON object's top-level 'objects' array, up to <paramref name="last"/> when given
        /// (the others are skipped, not copied: null in their place); null when the object has no 'objects' array.
        /// </summary>
        /// <exception cref="JsonException">The body is not a JSON object, or malformed.</exception>
        public static List<byte[]?>? Slices(byte[] body, int? last = null)
        {
            var reader = new Utf8JsonReader(body);
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject) throw new JsonException("The answer is not a JSON object.");
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var isObjects = reader.ValueTextEquals("objects");
                reader.Read();
                if (!isObjects || reader.TokenType != JsonTokenType.StartArray)
                {
                    reader.Skip();
                    continue;
                }
                var slices = new List<byte[]?>();
                while ((last == null || slices.Count <= last) && reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    var start = (int)reader.TokenStartIndex;
                    reader.Skip();
                    var wanted = last == null || slices.Count == last;
                    slices.Add(wanted ? body.AsSpan(start, (int)reader.BytesConsumed - start).ToArray() : null);
                }
                return last == null || slices.Count > last ? slices : null;
            }
            return null;
        }
    }
}
