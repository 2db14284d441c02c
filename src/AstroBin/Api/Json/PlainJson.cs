using System.Collections.Generic;
using System.Text.Json;

namespace AstroBin.Api
{
    /// <summary>JSON as plain .NET values, so that callers can build their own objects without a JSON library.</summary>
    internal static class PlainJson
    {
        public static object? ToPlain(JsonElement element)
        {
            switch (element.ValueKind)
            {
                case JsonValueKind.Object:
                    var map = new Dictionary<string, object?>();
                    var order = new List<string>();
                    foreach (var property in element.EnumerateObject())
                    {
                        if (!map.ContainsKey(property.Name)) order.Add(property.Name);
                        map[property.Name] = ToPlain(property.Value);
                    }
                    return new OrderedMap(order, map);
                case JsonValueKind.Array:
                    var items = new List<object?>();
                    foreach (var item in element.EnumerateArray()) items.Add(ToPlain(item));
                    return items.ToArray();
                case JsonValueKind.String:
                    return element.GetString();
                case JsonValueKind.Number:
                    return element.TryGetInt64(out var whole) ? whole : (object)element.GetDouble();
                case JsonValueKind.True:
                    return true;
                case JsonValueKind.False:
                    return false;
                default:
                    return null;
            }
        }
    }
}
