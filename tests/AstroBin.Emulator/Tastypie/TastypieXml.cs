using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace AstroBin.Emulator.Tastypie;

/// <summary>
/// tastypie's Serializer.to_xml (to_etree, serialised by lxml): &lt;response&gt; for dictionaries at the top,
/// &lt;object&gt; for a detail and for each object of a list, type attributes on everything but strings,
/// Python's True/False, list items as &lt;value&gt;, empty elements self-closed.
/// </summary>
internal static class TastypieXml
{
    private const string Declaration = "<?xml version='1.0' encoding='utf-8'?>\n";

    /// <param name="detail">A detail body: the root is the object itself (a tastypie Bundle).</param>
    public static string Serialize(JsonNode document, bool detail)
    {
        var builder = new StringBuilder(Declaration);
        if (detail && document is JsonObject bundle)
        {
            WriteBundle(builder, "object", bundle);
        }
        else
        {
            WriteNode(builder, null, document, depth: 0);
        }
        return builder.ToString();
    }

    private static void WriteNode(StringBuilder builder, string? name, JsonNode? node, int depth)
    {
        switch (node)
        {
            case JsonArray array:
                var tag = name ?? "objects";
                builder.Append('<').Append(tag).Append(" type=\"list\">");
                foreach (var item in array)
                {
                    // The objects of a list page are Bundles, written without a type.
                    if (name == "objects" && item is JsonObject bundle)
                    {
                        WriteBundle(builder, "object", bundle);
                    }
                    else
                    {
                        WriteNode(builder, null, item, depth + 1);
                    }
                }
                builder.Append("</").Append(tag).Append('>');
                break;
            case JsonObject obj:
                var element = name ?? (depth == 0 ? "response" : "object");
                builder.Append('<').Append(element);
                if (depth > 0)
                {
                    builder.Append(" type=\"hash\"");
                }
                builder.Append('>');
                WriteChildren(builder, obj, depth);
                builder.Append("</").Append(element).Append('>');
                break;
            default:
                WriteValue(builder, name ?? "value", node);
                break;
        }
    }

    private static void WriteBundle(StringBuilder builder, string name, JsonObject bundle)
    {
        builder.Append('<').Append(name).Append('>');
        WriteChildren(builder, bundle, depth: 1);
        builder.Append("</").Append(name).Append('>');
    }

    private static void WriteChildren(StringBuilder builder, JsonObject obj, int depth)
    {
        foreach (var (key, value) in obj.OrderBy(pair => pair.Key, StringComparer.Ordinal))
        {
            WriteNode(builder, key, value, depth + 1);
        }
    }

    private static void WriteValue(StringBuilder builder, string name, JsonNode? node)
    {
        var (type, text) = node?.GetValueKind() switch
        {
            null or JsonValueKind.Null => ("null", null),
            JsonValueKind.True => ("boolean", "True"),
            JsonValueKind.False => ("boolean", "False"),
            JsonValueKind.Number => (node.ToJsonString().Contains('.') ? "float" : "integer", node.ToJsonString()),
            _ => ((string?)null, node.GetValue<string>()),
        };
        builder.Append('<').Append(name);
        if (type is not null)
        {
            builder.Append(" type=\"").Append(type).Append('"');
        }
        if (string.IsNullOrEmpty(text))
        {
            builder.Append("/>");
            return;
        }
        builder.Append('>');
        AppendEscaped(builder, text);
        builder.Append("</").Append(name).Append('>');
    }

    /// <summary>lxml escapes &amp; &lt; &gt; in text and refuses characters XML 1.0 cannot hold (a 500 on the server).</summary>
    private static void AppendEscaped(StringBuilder builder, string text)
    {
        foreach (var c in text)
        {
            switch (c)
            {
                case '&': builder.Append("&amp;"); break;
                case '<': builder.Append("&lt;"); break;
                case '>': builder.Append("&gt;"); break;
                case '\r': builder.Append("&#13;"); break;
                default:
                    if (c < ' ' && c is not '\t' and not '\n')
                    {
                        throw ApiErrors.ServerError();
                    }
                    builder.Append(c);
                    break;
            }
        }
    }
}
