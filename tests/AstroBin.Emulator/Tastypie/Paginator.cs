using System.Numerics;
using System.Text.Json.Nodes;

namespace AstroBin.Emulator.Tastypie;

/// <summary>tastypie's Paginator with AstroBin's settings (default 20 per page, max_limit 25 on every resource).</summary>
internal static class Paginator
{
    public const int DefaultLimit = 20;
    public const int MaxLimit = 25;

    public static JsonObject Page<T>(QueryDict query, string listPath, IReadOnlyList<T> objects, Func<T, JsonNode> dehydrate)
    {
        var limit = GetLimit(query);
        var offset = GetOffset(query);
        var count = objects.Count;
        var page = new JsonArray();
        for (var index = offset; index < count && index < offset + limit; index++)
        {
            page.Add(dehydrate(objects[(int)index]));
        }
        return new JsonObject
        {
            ["meta"] = new JsonObject
            {
                ["limit"] = limit,
                ["next"] = offset + limit >= count ? null : Uri(query, listPath, limit, offset + limit),
                ["offset"] = NumberNode(offset),
                ["previous"] = offset - limit < 0 ? null : Uri(query, listPath, limit, offset - limit),
                ["total_count"] = count,
            },
            ["objects"] = page,
        };
    }

    /// <summary>The last 'limit' value; 0 and anything above max_limit become max_limit.</summary>
    private static int GetLimit(QueryDict query)
    {
        var text = query.Last("limit");
        if (text is null)
        {
            return DefaultLimit;
        }
        if (!PythonValues.TryParseInt(text, out var limit))
        {
            throw ApiErrors.BadRequest($"Invalid limit '{text}' provided. Please provide a positive integer.");
        }
        if (limit < 0)
        {
            throw ApiErrors.BadRequest($"Invalid limit '{text}' provided. Please provide a positive integer >= 0.");
        }
        return limit == 0 || limit > MaxLimit ? MaxLimit : (int)limit;
    }

    private static BigInteger GetOffset(QueryDict query)
    {
        var text = query.Last("offset");
        if (text is null)
        {
            return BigInteger.Zero;
        }
        if (!PythonValues.TryParseInt(text, out var offset))
        {
            throw ApiErrors.BadRequest($"Invalid offset '{text}' provided. Please provide an integer.");
        }
        if (offset < 0)
        {
            throw ApiErrors.BadRequest($"Invalid offset '{text}' provided. Please provide a positive integer >= 0.");
        }
        return offset;
    }

    /// <summary>Relative link repeating every other parameter, then limit and offset last.</summary>
    private static string Uri(QueryDict query, string listPath, int limit, BigInteger offset)
    {
        var others = query.UrlEncodeWithout("limit", "offset");
        var paging = $"limit={limit}&offset={offset}";
        return listPath + "?" + (others.Length == 0 ? paging : others + "&" + paging);
    }

    /// <summary>Offsets can exceed long (Python ints are unbounded); emit them as raw JSON numbers.</summary>
    private static JsonNode NumberNode(BigInteger value) =>
        value >= long.MinValue && value <= long.MaxValue
            ? JsonValue.Create((long)value)
            : JsonNode.Parse(value.ToString(System.Globalization.CultureInfo.InvariantCulture))!;
}
