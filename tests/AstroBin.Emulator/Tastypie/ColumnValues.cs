using System.Globalization;
using System.Numerics;

namespace AstroBin.Emulator.Tastypie;

/// <summary>How column values (string, long, DateTime) compare and how PostgreSQL renders them as text.</summary>
internal static class ColumnValues
{
    /// <summary>
    /// Orders two values of one column. Text is compared by code point: the real database collation
    /// is not observable from the API, and ordinal order is what tests can predict.
    /// </summary>
    public static int Compare(object left, object right) => (left, right) switch
    {
        (string a, string b) => string.CompareOrdinal(a, b),
        (long a, long b) => a.CompareTo(b),
        (long a, BigInteger b) => new BigInteger(a).CompareTo(b),
        (DateTime a, DateTime b) => a.CompareTo(b),
        _ => throw new InvalidOperationException($"Cannot compare {left.GetType()} with {right.GetType()}."),
    };

    /// <summary>
    /// column::text, which Django's pattern lookups (contains, iexact, regex, …) compare against:
    /// PostgreSQL prints timestamps with a space and without trailing zeros in the fraction.
    /// </summary>
    public static string? PostgresText(object? value) => value switch
    {
        null => null,
        string s => s,
        long n => n.ToString(CultureInfo.InvariantCulture),
        DateTime d => d.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture)
            + (d.Ticks % TimeSpan.TicksPerSecond == 0
                ? string.Empty
                : "." + (d.Ticks % TimeSpan.TicksPerSecond / 10).ToString("D6", CultureInfo.InvariantCulture).TrimEnd('0')),
        _ => value.ToString(),
    };
}
