using System;
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
        public byte[]? Bytes()
        {
            var reader = new Utf8JsonReader(_page);
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject) return null;
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var isObjects = reader.ValueTextEquals("objects");
                reader.Read();
                if (!isObjects || reader.TokenType != JsonTokenType.StartArray)
                {
                    reader.Skip();
                    continue;
                }
                for (var index = 0; reader.Read() && reader.TokenType != JsonTokenType.EndArray; index++)
                {
                    var start = (int)reader.TokenStartIndex;
                    reader.Skip();
                    if (index == _index) return _page.AsSpan(start, (int)reader.BytesConsumed - start).ToArray();
                }
                return null;
            }
            return null;
        }
    }
}
