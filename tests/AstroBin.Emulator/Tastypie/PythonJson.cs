using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace AstroBin.Emulator.Tastypie;

/// <summary>
/// Writes JSON the way tastypie's Serializer.to_json does: Python
/// <c>json.dumps(data, sort_keys=True, ensure_ascii=False)</c> with the default separators.
/// System.Text.Json cannot be configured to match it (it escapes non-ASCII and keeps insertion order).
/// </summary>
internal static class PythonJson
{
    public static string Serialize(JsonNode? node)
    {
        var builder = new StringBuilder();
        Write(builder, node);
        return builder.ToString();
    }

    private static void Write(StringBuilder builder, JsonNode? node)
    {
        switch (node)
        {
            case null:
                builder.Append("null");
                break;
            case JsonObject obj:
                WriteObject(builder, obj);
                break;
            case JsonArray array:
                builder.Append('[');
                for (var i = 0; i < array.Count; i++)
                {
                    if (i > 0)
                    {
                        builder.Append(", ");
                    }
                    Write(builder, array[i]);
                }
                builder.Append(']');
                break;
            default:
                WriteValue(builder, node.AsValue());
                break;
        }
    }

    private static void WriteObject(StringBuilder builder, JsonObject obj)
    {
        builder.Append('{');
        var first = true;
        // Python sorts str keys by code point; ordinal UTF-16 order only differs for astral
        // characters, which no key of this API contains.
        foreach (var (key, value) in obj.OrderBy(pair => pair.Key, StringComparer.Ordinal))
        {
            if (!first)
            {
                builder.Append(", ");
            }
            first = false;
            WriteString(builder, key);
            builder.Append(": ");
            Write(builder, value);
        }
        builder.Append('}');
    }

    private static void WriteValue(StringBuilder builder, JsonValue value)
    {
        switch (value.GetValueKind())
        {
            case JsonValueKind.String:
                WriteString(builder, value.GetValue<string>());
                break;
            case JsonValueKind.True:
                builder.Append("true");
                break;
            case JsonValueKind.False:
                builder.Append("false");
                break;
            case JsonValueKind.Number:
                // Only integers occur (decimals are strings on this API), so the raw text is Python's repr.
                builder.Append(value.ToJsonString());
                break;
            default:
                builder.Append("null");
                break;
        }
    }

    /// <summary>Python's encode_basestring: only '"', '\\' and control characters are escaped.</summary>
    private static void WriteString(StringBuilder builder, string text)
    {
        builder.Append('"');
        foreach (var c in text)
        {
            switch (c)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                case '\t': builder.Append("\\t"); break;
                case '\b': builder.Append("\\b"); break;
                case '\f': builder.Append("\\f"); break;
                default:
                    if (c < ' ')
                    {
                        builder.Append("\\u").Append(((int)c).ToString("x4", System.Globalization.CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        builder.Append(c);
                    }
                    break;
            }
        }
        builder.Append('"');
    }
}
