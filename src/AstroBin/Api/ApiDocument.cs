using System;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Xml;

namespace AstroBin.Api
{
    /// <summary>A response body as the server sent it, for requests the typed methods do not cover.</summary>
    public sealed class ApiDocument
    {
        public ApiDocument(string text, ApiFormat format, string? mediaType, string requestUri)
        {
            Text = text;
            Format = format;
            MediaType = mediaType;
            RequestUri = requestUri;
        }

        /// <summary>The body text (UTF-8 decoded).</summary>
        public string Text { get; }

        public ApiFormat Format { get; }

        public string? MediaType { get; }

        /// <summary>The request URL with the key and secret masked.</summary>
        public string RequestUri { get; }

        /// <summary>
        /// The JSON body as plain .NET values: objects become ordered string-keyed dictionaries, arrays
        /// object arrays, integers long, other numbers double.
        /// </summary>
        /// <exception cref="Errors.AstroBinInvalidResponseException">The body is not well-formed JSON.</exception>
        public object? ReadJson()
        {
            using var json = ParseJson();
            return PlainJson.ToPlain(json.RootElement);
        }

        /// <summary>The XML body, parsed with DTDs prohibited and no external resolution.</summary>
        /// <exception cref="Errors.AstroBinInvalidResponseException">The body is not well-formed XML, or it declares a DTD.</exception>
        public XmlDocument ReadXml()
        {
            try
            {
                var over = DocumentLimits.CheckXml(Text);
                if (over != null) throw TooLarge(over);
                return SafeXml.Parse(Text);
            }
            catch (XmlException ex)
            {
                throw new Errors.AstroBinInvalidResponseException("XML that is refused (" + ex.Message + ")", RequestUri);
            }
        }

        /// <summary>The JSON body, within <see cref="DocumentLimits"/>.</summary>
        private JsonDocument ParseJson()
        {
            try
            {
                var utf8 = Encoding.UTF8.GetBytes(Text);
                var over = DocumentLimits.CheckJson(utf8);
                if (over != null) throw TooLarge(over);
                return JsonDocument.Parse(utf8, new JsonDocumentOptions { MaxDepth = DocumentLimits.MaxDepth });
            }
            catch (JsonException ex)
            {
                throw new Errors.AstroBinInvalidResponseException("malformed JSON (" + ex.Message + ")", RequestUri);
            }
        }

        private Errors.AstroBinInvalidResponseException TooLarge(string over) =>
            new Errors.AstroBinInvalidResponseException("a document of " + over + ", beyond what any API answer holds", RequestUri, mayBeTransient: false);

        /// <summary>
        /// The list envelope's numbers, when this is a list page: how many objects it holds, its offset, the list's
        /// total_count and whether a next page exists. Null for any other document (a detail, the index, a schema).
        /// </summary>
        /// <exception cref="Errors.AstroBinInvalidResponseException">The body is not well-formed, or over <see cref="DocumentLimits"/>.</exception>
        public PageInfo? ReadPageInfo() => Format == ApiFormat.Xml ? ReadXmlPageInfo() : ReadJsonPageInfo();

        private PageInfo? ReadJsonPageInfo()
        {
            using var json = ParseJson();
            var root = json.RootElement;
            if (root.ValueKind != JsonValueKind.Object
                || !root.TryGetProperty("meta", out var meta) || meta.ValueKind != JsonValueKind.Object
                || !root.TryGetProperty("objects", out var objects) || objects.ValueKind != JsonValueKind.Array
                || !meta.TryGetProperty("total_count", out var total) || !total.TryGetInt64(out var totalCount))
            {
                return null;
            }
            var hasNext = meta.TryGetProperty("next", out var next) && next.ValueKind == JsonValueKind.String;
            // A page that does not say its offset claims none: offset 0.
            var offset = meta.TryGetProperty("offset", out var at) && at.TryGetInt64(out var value) ? value : 0;
            var limit = meta.TryGetProperty("limit", out var size) && size.TryGetInt32(out var pageSize) ? pageSize : 0;
            var count = objects.GetArrayLength();
            return new PageInfo(count, totalCount, hasNext, offset, limit, count == 0 ? null : objects[0].GetRawText());
        }

        private PageInfo? ReadXmlPageInfo()
        {
            var root = ReadXml().DocumentElement;
            var objects = root?["objects"];
            var total = root?["meta"]?["total_count"]?.InnerText;
            if (objects == null || !long.TryParse(total, NumberStyles.Integer, CultureInfo.InvariantCulture, out var totalCount)) return null;
            var next = root!["meta"]!["next"];
            long.TryParse(root["meta"]!["offset"]?.InnerText, NumberStyles.Integer, CultureInfo.InvariantCulture, out var offset);
            int.TryParse(root["meta"]!["limit"]?.InnerText, NumberStyles.Integer, CultureInfo.InvariantCulture, out var limit);
            var count = 0;
            string? first = null;
            foreach (XmlNode child in objects.ChildNodes)
            {
                if (child.NodeType != XmlNodeType.Element) continue;
                first ??= child.OuterXml;
                count++;
            }
            return new PageInfo(count, totalCount, next != null && next.GetAttribute("type") != "null", offset, limit, first);
        }
    }

    /// <summary>A list page's envelope in numbers.</summary>
    public sealed class PageInfo
    {
        public PageInfo(int objectCount, long totalCount, bool hasNext, long offset, int limit, string? firstObject)
        {
            ObjectCount = objectCount;
            Limit = limit;
            TotalCount = totalCount;
            HasNext = hasNext;
            Offset = offset;
            FirstObject = firstObject;
        }

        public int ObjectCount { get; }

        public long TotalCount { get; }

        public bool HasNext { get; }

        /// <summary>The page size the server says it used (meta.limit; it clamps larger limits to 25).</summary>
        public int Limit { get; }

        /// <summary>The offset the page says it starts at (meta.offset).</summary>
        public long Offset { get; }

        /// <summary>The first object's text: two pages that start with the same record are the same page.</summary>
        public string? FirstObject { get; }
    }
}
