using System;
using System.Collections.Generic;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace AstroBin.Api.Json
{
    /// <summary>
    /// Reads a tastypie list page record by record, straight from the UTF-8 body. Two things a whole-page
    /// deserialisation cannot do: stop at <c>maxObjects</c> (a hostile page of millions of <c>{}</c> is refused
    /// after one more object than was asked for, instead of costing gigabytes), and keep going past a record
    /// that is valid JSON but does not fit the model (a null width, a string for a list): that record
    /// becomes a <see cref="RecordFailure"/> in its place, and the others are read.
    /// </summary>
    internal static class ListPageParser
    {
        /// <summary>
        /// A page up to this size is read in one deserialisation first, the fastest way (a third faster than record by
        /// record): even all <c>{}</c>, it holds too few objects to cost much. A real page of 25 images is 40 to 150 KB.
        /// </summary>
        internal const int WholePageBytes = 128 * 1024;

        /// <exception cref="JsonException">The body is not well-formed JSON, or not a list page.</exception>
        public static ParsedPage<T> Parse<T>(byte[] body, JsonTypeInfo<ListPage<T>> pageType, int maxObjects)
        {
            var page = body.Length <= WholePageBytes && TryParseWhole(body, pageType, maxObjects) is { } whole ? whole : ParseByRecord(body, pageType, maxObjects);
            // An image keeps where its record is, for a copy of it (a sync's image.json) without another request.
            if (typeof(T) == typeof(Image) && page.Entries != null)
            {
                for (var index = 0; index < page.Entries.Count; index++)
                {
                    if (page.Entries[index].Item is Image image) image.ListRecord = new ListRecord(body, index);
                }
            }
            return page;
        }

        /// <summary>The page in one deserialisation; null when a record does not fit (or the body is malformed): the record-by-record reader says which.</summary>
        private static ParsedPage<T>? TryParseWhole<T>(byte[] body, JsonTypeInfo<ListPage<T>> pageType, int maxObjects)
        {
            ListPage<T>? whole;
            try
            {
                whole = JsonSerializer.Deserialize(body, pageType);
            }
            catch (JsonException)
            {
                return null;
            }
            if (whole == null) return null;
            var page = new ParsedPage<T> { Meta = whole.Meta };
            if (whole.Objects == null)
            {
                page.Entries = null;
                return page;
            }
            foreach (var item in whole.Objects)
            {
                if (page.Entries!.Count == maxObjects)
                {
                    page.TooManyObjects = true;
                    break;
                }
                page.Entries.Add(item == null ? ParsedEntry<T>.Failed(NullRecord) : ParsedEntry<T>.Read(item));
            }
            page.FirstObject = FirstObjectText(body);
            return page;
        }

        private static readonly RecordFailure NullRecord = new RecordFailure("$", "The record is null.");

        /// <summary>The JSON text of the first element of the page's 'objects', read no further than its end.</summary>
        private static string? FirstObjectText(byte[] body)
        {
            var reader = new Utf8JsonReader(body);
            reader.Read();
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var isObjects = reader.ValueTextEquals("objects");
                reader.Read();
                if (isObjects && reader.TokenType == JsonTokenType.StartArray && reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    var start = (int)reader.TokenStartIndex;
                    reader.Skip();
                    return Encoding.UTF8.GetString(body, start, (int)reader.BytesConsumed - start);
                }
                reader.Skip();
            }
            return null;
        }

        private static ParsedPage<T> ParseByRecord<T>(byte[] body, JsonTypeInfo<ListPage<T>> pageType, int maxObjects)
        {
            var options = pageType.Options;
            var itemType = (JsonTypeInfo<T>)options.GetTypeInfo(typeof(T));
            var metaType = (JsonTypeInfo<ListMeta>)options.GetTypeInfo(typeof(ListMeta));
            var reader = new Utf8JsonReader(body, new JsonReaderOptions { MaxDepth = options.MaxDepth > 0 ? options.MaxDepth : 64 });
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject) throw new JsonException("The page is not a JSON object.");

            var page = new ParsedPage<T>();
            var seenObjects = false;
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var isMeta = reader.ValueTextEquals("meta");
                var isObjects = reader.ValueTextEquals("objects");
                reader.Read();
                if (isMeta)
                {
                    page.Meta = JsonSerializer.Deserialize(ref reader, metaType);
                }
                else if (isObjects && reader.TokenType == JsonTokenType.StartArray)
                {
                    // A second 'objects' would let a page hold more than it may.
                    if (seenObjects) throw new JsonException("The page has 'objects' twice.");
                    seenObjects = true;
                    if (!ReadObjects(body, ref reader, itemType, maxObjects, page)) return page;
                }
                else
                {
                    reader.Skip();
                }
            }
            if (reader.TokenType != JsonTokenType.EndObject) throw new JsonException("The page is not a JSON object.");
            // Anything after the page (another value) is a syntax error; whitespace is not.
            reader.Read();
            if (!seenObjects) page.Entries = null;
            return page;
        }

        /// <returns>False when the array holds more than <paramref name="maxObjects"/> elements (the rest is not read).</returns>
        private static bool ReadObjects<T>(byte[] body, ref Utf8JsonReader reader, JsonTypeInfo<T> itemType, int maxObjects, ParsedPage<T> page)
        {
            var entries = page.Entries!;
            while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
            {
                if (entries.Count == maxObjects)
                {
                    page.TooManyObjects = true;
                    return false;
                }
                var start = (int)reader.TokenStartIndex;
                // The reader is a struct: this copy is where the record starts, to skip it whole if it does not fit.
                var checkpoint = reader;
                T? item = default;
                JsonException? failure = null;
                try
                {
                    item = JsonSerializer.Deserialize(ref reader, itemType);
                }
                catch (JsonException ex)
                {
                    failure = ex;
                    reader = checkpoint;
                    // Skip reads the record again: a syntax error in it fails the whole page (malformed, retried).
                    reader.Skip();
                }
                if (entries.Count == 0) page.FirstObject = Encoding.UTF8.GetString(body, start, (int)reader.BytesConsumed - start);
                if (failure != null) entries.Add(ParsedEntry<T>.Failed(new RecordFailure(failure.Path, failure.Message)));
                else if (item == null) entries.Add(ParsedEntry<T>.Failed(NullRecord));
                else entries.Add(ParsedEntry<T>.Read(item));
            }
            return true;
        }
    }

    /// <summary>A list page as <see cref="ListPageParser"/> read it.</summary>
    internal sealed class ParsedPage<T>
    {
        public ListMeta? Meta { get; set; }

        /// <summary>Each element of 'objects', in order; null when the page has no 'objects' array.</summary>
        public List<ParsedEntry<T>>? Entries { get; set; } = new List<ParsedEntry<T>>();

        /// <summary>The first element's JSON text: two pages that start with the same record are the same page.</summary>
        public string? FirstObject { get; set; }

        /// <summary>'objects' held more elements than were asked for; <see cref="Entries"/> stops there.</summary>
        public bool TooManyObjects { get; set; }
    }

    /// <summary>One element of a page: the record, or why it does not fit the model.</summary>
    internal readonly struct ParsedEntry<T>
    {
        private ParsedEntry(T? item, RecordFailure? failure)
        {
            Item = item;
            Failure = failure;
        }

        public T? Item { get; }

        public RecordFailure? Failure { get; }

        public static ParsedEntry<T> Read(T item) => new ParsedEntry<T>(item, null);

        public static ParsedEntry<T> Failed(RecordFailure failure) => new ParsedEntry<T>(default, failure);
    }

    /// <summary>Why one record does not fit the model: the JSON path of the field (such as <c>$.w</c>) and the parser's words.</summary>
    internal sealed class RecordFailure
    {
        public RecordFailure(string? path, string message)
        {
            Path = string.IsNullOrEmpty(path) ? "$" : path!;
            // The serialiser appends " Path: $.w | LineNumber: 0 | BytePositionInLine: 12.": the path is kept apart.
            var where = message.IndexOf(" Path: ", StringComparison.Ordinal);
            Message = where > 0 ? message.Substring(0, where) : message;
        }

        public string Path { get; }

        public string Message { get; }
    }
}
