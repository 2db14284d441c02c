namespace AstroBin.Emulator.Tastypie;

/// <summary>tastypie's apply_sorting: order_by (or the deprecated sort_by), several values combine.</summary>
internal static class Sorting
{
    /// <summary>
    /// Returns the rows unchanged when no ordering is asked for. The sort is stable, so rows with equal
    /// keys keep the resource's default order (the database leaves that order unspecified).
    /// </summary>
    public static IReadOnlyList<T> Apply<T>(ResourceSchema<T> schema, QueryDict query, IReadOnlyList<T> rows)
    {
        var parameter = query.Contains("order_by") ? "order_by" : query.Contains("sort_by") ? "sort_by" : null;
        if (parameter is null)
        {
            return rows;
        }
        var keys = new List<(Column<T> Column, bool Descending)>();
        foreach (var orderBy in query.GetList(parameter))
        {
            var bits = orderBy.Split("__");
            var descending = bits[0].StartsWith('-');
            var field = descending ? bits[0][1..] : bits[0];
            if (!schema.Fields.ContainsKey(field))
            {
                throw ApiErrors.BadRequest($"No matching '{field}' field for ordering on.");
            }
            if (!schema.Ordering.TryGetValue(field, out var column))
            {
                throw ApiErrors.BadRequest($"The '{field}' field does not allow ordering.");
            }
            if (bits.Length > 1)
            {
                throw ApiErrors.ServerError(); // Django's FieldError when the query runs
            }
            keys.Add((column, descending));
        }
        return rows.Order(Comparer<T>.Create((left, right) => CompareRows(keys, left, right))).ToList();
    }

    private static int CompareRows<T>(List<(Column<T> Column, bool Descending)> keys, T left, T right)
    {
        foreach (var (column, descending) in keys)
        {
            var result = CompareNullable(column.Read(left), column.Read(right));
            if (result != 0)
            {
                return descending ? -result : result;
            }
        }
        return 0;
    }

    /// <summary>PostgreSQL sorts NULL above every value: last when ascending, first when descending.</summary>
    private static int CompareNullable(object? left, object? right) => (left, right) switch
    {
        (null, null) => 0,
        (null, _) => 1,
        (_, null) => -1,
        _ => ColumnValues.Compare(left, right),
    };
}
