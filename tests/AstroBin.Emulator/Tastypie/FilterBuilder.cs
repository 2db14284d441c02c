namespace AstroBin.Emulator.Tastypie;

/// <summary>
/// tastypie's build_filters/check_filtering/filter_value_to_python for the generic (non-custom) query keys.
/// </summary>
internal static class FilterBuilder
{
    /// <param name="customKeys">Keys the resource's own build_filters removes before calling tastypie's.</param>
    public static Func<T, bool> Build<T>(ResourceSchema<T> schema, QueryDict query, IReadOnlySet<string> customKeys)
    {
        // All validation errors come before any value conversion, as build_filters runs before the query is built.
        var filters = new List<(Column<T> Column, string Lookup, object? Value)>();
        foreach (var key in query.Keys.Where(key => !customKeys.Contains(key)))
        {
            var bits = key.Split("__").ToList();
            var field = bits[0];
            bits.RemoveAt(0);
            if (!schema.Fields.ContainsKey(field))
            {
                continue; // not a resource field (api_key, format, foo, …): ignored
            }
            if (!schema.ModelAttributes.Contains(field))
            {
                throw ApiErrors.BadRequest($"The '{field}' field is not a valid field name");
            }
            schema.Filtering.TryGetValue(field, out var column);
            var lookup = "exact";
            if (bits.Count > 0 && Lookups.Exists(column?.Type ?? ColumnType.Text, bits[^1]))
            {
                lookup = bits[^1];
                bits.RemoveAt(bits.Count - 1);
            }
            if (column is null)
            {
                throw ApiErrors.BadRequest($"The '{field}' field does not allow filtering.");
            }
            if (bits.Count > 0)
            {
                throw ApiErrors.BadRequest($"The '{field}' field does not support relations.");
            }
            filters.Add((column, lookup, FilterValue(query, key, lookup)));
        }
        var predicates = filters.Select(filter => Lookups.Compile(filter.Column, filter.Lookup, filter.Value)).ToList();
        return row => predicates.TrueForAll(predicate => predicate(row));
    }

    /// <summary>The last value, string_to_python'd; in/range take every value of the key split on commas.</summary>
    private static object? FilterValue(QueryDict query, string key, string lookup)
    {
        var value = PythonValues.StringToPython(query.Last(key)!);
        if (lookup is "in" or "range")
        {
            if (value is not string text)
            {
                throw ApiErrors.ServerError(); // len(True) / len(None): TypeError
            }
            if (text.Length > 0)
            {
                return query.GetList(key).SelectMany(part => part.Split(',')).ToList();
            }
        }
        return value;
    }
}
