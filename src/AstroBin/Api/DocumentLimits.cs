using System.IO;
using System.Text.Json;
using System.Xml;

namespace AstroBin.Api
{
    /// <summary>
    /// Caps what an untyped document may cost once parsed. The byte cap alone does not bound memory: 16 MiB of
    /// <c>{},</c> is 5.6 million objects, gigabytes as dictionaries and PSObjects. A cheap streaming count runs
    /// before anything is built, so a document over the caps costs its bytes and nothing more.
    /// </summary>
    internal static class DocumentLimits
    {
        /// <summary>JSON values or XML elements and attributes: a list page of 25 images has about 3,000.</summary>
        public const int MaxNodes = 100000;

        /// <summary>Nesting: the API's documents are four levels deep.</summary>
        public const int MaxDepth = 64;

        /// <returns>Null when <paramref name="utf8"/> is within the caps, else what is over.</returns>
        /// <exception cref="JsonException">The text is not well-formed JSON (or nests deeper than <see cref="MaxDepth"/>).</exception>
        public static string? CheckJson(byte[] utf8)
        {
            var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { MaxDepth = MaxDepth });
            var nodes = 0;
            while (reader.Read())
            {
                if (reader.TokenType == JsonTokenType.PropertyName || reader.TokenType == JsonTokenType.EndObject || reader.TokenType == JsonTokenType.EndArray) continue;
                if (++nodes > MaxNodes) return "more than " + MaxNodes + " JSON values";
            }
            return null;
        }

        /// <returns>Null when <paramref name="text"/> is within the caps, else what is over.</returns>
        /// <exception cref="XmlException">The text is not well-formed XML, or it declares a DTD.</exception>
        public static string? CheckXml(string text)
        {
            using var reader = XmlReader.Create(new StringReader(text), SafeXml.ReaderSettings);
            var nodes = 0;
            while (reader.Read())
            {
                if (reader.NodeType != XmlNodeType.Element) continue;
                if (reader.Depth >= MaxDepth) return "XML nested more than " + MaxDepth + " levels deep";
                nodes += 1 + reader.AttributeCount;
                if (nodes > MaxNodes) return "more than " + MaxNodes + " XML elements and attributes";
            }
            return null;
        }
    }
}
