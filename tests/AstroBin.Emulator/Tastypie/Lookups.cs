using System.Globalization;
using System.Numerics;
using System.Text.RegularExpressions;

namespace AstroBin.Emulator.Tastypie;

/// <summary>
/// Django 2.2 field lookups evaluated in memory. Value conversion follows Django: a bad integer is a
/// ValueError (tastypie → 400 mismatched type), a bad date is a ValidationError (uncaught → 500).
/// </summary>
internal static class Lookups
{
    /// <summary>Lookups registered on every Django Field.</summary>
    private static readonly HashSet<string> FieldLookups =
    [
        "exact", "iexact", "gt", "gte", "lt", "lte", "in", "contains", "icontains", "startswith",
        "istartswith", "endswith", "iendswith", "range", "isnull", "regex", "iregex",
    ];

    /// <summary>Transforms DateTimeField adds; used as the last part they mean "transform exact value".</summary>
    private static readonly HashSet<string> DateTimeTransforms =
    [
        "year", "iso_year", "month", "day", "week", "week_day", "quarter", "hour", "minute", "second", "date",
    ];

    /// <summary>Whether the model field's get_lookups() knows this name (tastypie's query terms).</summary>
    public static bool Exists(ColumnType type, string name) =>
        FieldLookups.Contains(name) || (type == ColumnType.DateTime && DateTimeTransforms.Contains(name));

    /// <param name="value">A string_to_python result (string, bool or null) or, for in/range, the comma-split parts.</param>
    public static Func<T, bool> Compile<T>(Column<T> column, string lookup, object? value)
    {
        if (lookup == "isnull")
        {
            var wantNull = PythonValues.IsTruthy(value);
            return row => (column.Read(row) is null) == wantNull;
        }
        if (value is null)
        {
            // Django turns exact/iexact None into IS NULL and rejects None elsewhere with ValueError.
            if (lookup is "exact" or "iexact" || DateTimeTransforms.Contains(lookup))
            {
                return row => column.Read(row) is null;
            }
            throw ApiErrors.MismatchedType();
        }
        if (DateTimeTransforms.Contains(lookup))
        {
            return CompileTransform(column, lookup, value);
        }
        return lookup switch
        {
            "in" or "range" => CompileList(column, lookup, value),
            "exact" or "gt" or "gte" or "lt" or "lte" => CompileComparison(column, lookup, Prepare(column.Type, value)),
            _ => CompilePattern(column, lookup, PythonValues.Str(value)),
        };
    }

    private static Func<T, bool> CompileComparison<T>(Column<T> column, string lookup, object target)
    {
        Func<int, bool> accept = lookup switch
        {
            "gt" => c => c > 0,
            "gte" => c => c >= 0,
            "lt" => c => c < 0,
            "lte" => c => c <= 0,
            _ => c => c == 0,
        };
        return row => column.Read(row) is { } actual && accept(ColumnValues.Compare(actual, target));
    }

    private static Func<T, bool> CompileList<T>(Column<T> column, string lookup, object value)
    {
        if (value is not IReadOnlyList<string> parts)
        {
            // An empty value is not split: "in ''" matches nothing, "range ''" is a broken query.
            return lookup == "in" ? _ => false : throw ApiErrors.ServerError();
        }
        var targets = parts.Select(part => Prepare(column.Type, part)).ToList();
        if (lookup == "in")
        {
            return row => column.Read(row) is { } actual && targets.Exists(target => ColumnValues.Compare(actual, target) == 0);
        }
        if (targets.Count != 2)
        {
            throw ApiErrors.ServerError();
        }
        return row => column.Read(row) is { } actual
            && ColumnValues.Compare(actual, targets[0]) >= 0
            && ColumnValues.Compare(actual, targets[1]) <= 0;
    }

    /// <summary>Pattern lookups skip value conversion and compare against the column's text form.</summary>
    private static Func<T, bool> CompilePattern<T>(Column<T> column, string lookup, string needle)
    {
        var upperNeedle = needle.ToUpperInvariant();
        Func<string, bool> test = lookup switch
        {
            "iexact" => text => text.ToUpperInvariant() == upperNeedle,
            "contains" => text => text.Contains(needle, StringComparison.Ordinal),
            "icontains" => text => text.ToUpperInvariant().Contains(upperNeedle, StringComparison.Ordinal),
            "startswith" => text => text.StartsWith(needle, StringComparison.Ordinal),
            "istartswith" => text => text.ToUpperInvariant().StartsWith(upperNeedle, StringComparison.Ordinal),
            "endswith" => text => text.EndsWith(needle, StringComparison.Ordinal),
            "iendswith" => text => text.ToUpperInvariant().EndsWith(upperNeedle, StringComparison.Ordinal),
            "regex" => CompileRegex(needle, RegexOptions.None).IsMatch,
            _ => CompileRegex(needle, RegexOptions.IgnoreCase).IsMatch,
        };
        return row => ColumnValues.PostgresText(column.Read(row)) is { } text && test(text);
    }

    /// <summary>An invalid pattern is a database error on the real server → 500.</summary>
    private static Regex CompileRegex(string pattern, RegexOptions options)
    {
        try
        {
            return new Regex(pattern, options | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
        }
        catch (ArgumentException)
        {
            throw ApiErrors.ServerError();
        }
    }

    private static Func<T, bool> CompileTransform<T>(Column<T> column, string lookup, object value)
    {
        if (lookup == "date")
        {
            var date = value is string text ? DjangoDateTime.ParseDate(text) : throw ApiErrors.ServerError();
            return row => column.Read(row) is DateTime actual && DateOnly.FromDateTime(actual) == date;
        }
        var target = (BigInteger)Prepare(ColumnType.Integer, value);
        return row => column.Read(row) is DateTime actual && Extract(lookup, actual) == target;
    }

    private static int Extract(string transform, DateTime value) => transform switch
    {
        "year" => value.Year,
        "iso_year" => ISOWeek.GetYear(value),
        "month" => value.Month,
        "day" => value.Day,
        "week" => ISOWeek.GetWeekOfYear(value),
        "week_day" => (int)value.DayOfWeek + 1, // Django: Sunday = 1 … Saturday = 7
        "quarter" => (value.Month + 2) / 3,
        "hour" => value.Hour,
        "minute" => value.Minute,
        _ => value.Second,
    };

    /// <summary>Field.get_prep_value: str() for text, int() for integers (True → 1), to_python for datetimes.</summary>
    private static object Prepare(ColumnType type, object value) => type switch
    {
        ColumnType.Integer => value switch
        {
            bool flag => flag ? BigInteger.One : BigInteger.Zero,
            string text when PythonValues.TryParseInt(text, out var number) => number,
            _ => throw ApiErrors.MismatchedType(),
        },
        ColumnType.DateTime => value is string text ? DjangoDateTime.ParseDateTime(text) : throw ApiErrors.ServerError(),
        _ => PythonValues.Str(value),
    };
}
