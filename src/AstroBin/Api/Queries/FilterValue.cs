using System;
using System.Collections;
using System.Globalization;
using System.Linq;
using AstroBin.Api.Json;

namespace AstroBin.Api.Queries
{
    /// <summary>Turns a user's filter value into the text the server expects, with invariant culture.</summary>
    public static class FilterValue
    {
        public static string Format(object? value, string key)
        {
            switch (value)
            {
                case null:
                    throw new InvalidQueryException(InvalidQueryReason.InvalidValue, "The filter '" + key + "' has no value. Give it a value, or leave it out.", key);
                case string text:
                    return text;
                case DateTime dateTime:
                    return WireDateTime.FormatForFilter(dateTime);
                case DateTimeOffset offset:
                    return WireDateTime.FormatForFilter(offset.UtcDateTime);
                case bool flag:
                    return flag ? "true" : "false";
                case IFormattable formattable:
                    return formattable.ToString(null, CultureInfo.InvariantCulture);
                case IEnumerable items:
                    // __in and __range take comma-separated lists.
                    var parts = items.Cast<object?>().Select(item => Format(item, key)).ToArray();
                    if (parts.Length == 0) throw new InvalidQueryException(InvalidQueryReason.InvalidValue, "The filter '" + key + "' has an empty list. Give at least one value.", key);
                    return string.Join(",", parts);
                default:
                    return Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty;
            }
        }
    }
}
