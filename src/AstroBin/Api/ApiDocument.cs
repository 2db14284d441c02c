using System;
using System.Globalization;
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
            try
            {
                using var json = JsonDocument.Parse(Text);
                return PlainJson.ToPlain(json.RootElement);
            }
            catch (JsonException ex)
            {
                throw new Errors.AstroBinInvalidResponseException("malformed JSON (" + ex.Message + ")", RequestUri);
            }
        }

        /// <summary>The XML body, parsed with DTDs prohibited and no external resolution.</summary>
        /// <exception cref="Errors.AstroBinInvalidResponseException">The body is not well-formed XML, or it declares a DTD.</exception>
        public XmlDocument ReadXml()
        {
            try
            {
                return SafeXml.Parse(Text);
            }
            catch (XmlException ex)
            {
                throw new Errors.AstroBinInvalidResponseException("XML that is refused (" + ex.Message + ")", RequestUri);
            }
        }

        /// <summary>
        /// The list envelope's numbers, when this is a list page: how many objects it holds, the list's
        /// total_count and whether a next page exists. Null for any other document (a detail, the index, a schema).
        /// </summary>
        public PageInfo? ReadPageInfo() => Format == ApiFormat.Xml ? ReadXmlPageInfo() : ReadJsonPageInfo();

        private PageInfo? ReadJsonPageInfo()
        {
            using var json = JsonDocument.Parse(Text);
            var root = json.RootElement;
            if (root.ValueKind != JsonValueKind.Object
                || !root.TryGetProperty("meta", out var meta) || meta.ValueKind != JsonValueKind.Object
                || !root.TryGetProperty("objects", out var objects) || objects.ValueKind != JsonValueKind.Array
                || !meta.TryGetProperty("total_count", out var total) || !total.TryGetInt64(out var totalCount))
            {
                return null;
            }
            var hasNext = meta.TryGetProperty("next", out var next) && next.ValueKind == JsonValueKind.String;
            return new PageInfo(objects.GetArrayLength(), totalCount, hasNext);
        }

        private PageInfo? ReadXmlPageInfo()
        {
            var root = SafeXml.Parse(Text).DocumentElement;
            var objects = root?["objects"];
            var total = root?["meta"]?["total_count"]?.InnerText;
            if (objects == null || !long.TryParse(total, NumberStyles.Integer, CultureInfo.InvariantCulture, out var totalCount)) return null;
            var next = root!["meta"]!["next"];
            var count = 0;
            foreach (XmlNode child in objects.ChildNodes)
            {
                if (child.NodeType == XmlNodeType.Element) count++;
            }
            return new PageInfo(count, totalCount, next != null && next.GetAttribute("type") != "null");
        }
    }

    /// <summary>A list page's envelope in numbers.</summary>
    public sealed class PageInfo
    {
        public PageInfo(int objectCount, long totalCount, bool hasNext)
        {
            ObjectCount = objectCount;
            TotalCount = totalCount;
            HasNext = hasNext;
        }

        public int ObjectCount { get; }

        public long TotalCount { get; }

        public bool HasNext { get; }
    }
}
