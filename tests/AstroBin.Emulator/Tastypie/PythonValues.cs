using System.Globalization;
using System.Numerics;

namespace AstroBin.Emulator.Tastypie;

/// <summary>Python/tastypie value conventions the wire format depends on.</summary>
internal static class PythonValues
{
    /// <summary>datetime.isoformat() of a naive datetime: microseconds only when non-zero.</summary>
    public static string IsoFormat(DateTime value)
    {
        var text = value.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture);
        var microseconds = value.Ticks % TimeSpan.TicksPerSecond / 10;
        return microseconds == 0 ? text : text + "." + microseconds.ToString("D6", CultureInfo.InvariantCulture);
    }

    public static string IsoFormat(DateOnly value) => value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>DecimalField(decimal_places=3) values leave tastypie as strings such as "10.726".</summary>
    public static string? DecimalString(decimal? value) =>
        value?.ToString("F3", CultureInfo.InvariantCulture);

    /// <summary>
    /// Python's int(str): surrounding whitespace, an optional sign, digits with single underscores
    /// between them. Arbitrary size, because Python ints are.
    /// </summary>
    public static bool TryParseInt(string text, out BigInteger value)
    {
        value = BigInteger.Zero;
        var s = text.Trim();
        var index = 0;
        var negative = false;
        if (s.Length > 0 && (s[0] == '+' || s[0] == '-'))
        {
            negative = s[0] == '-';
            index = 1;
        }
        var digits = 0;
        var previousUnderscore = false;
        for (; index < s.Length; index++)
        {
            var c = s[index];
            if (c == '_')
            {
                if (digits == 0 || previousUnderscore)
                {
                    return false;
                }
                previousUnderscore = true;
                continue;
            }
            if (!char.IsDigit(c))
            {
                return false;
            }
            value = value * 10 + (int)char.GetNumericValue(c);
            digits++;
            previousUnderscore = false;
        }
        if (digits == 0 || previousUnderscore)
        {
            return false;
        }
        if (negative)
        {
            value = -value;
        }
        return true;
    }

    /// <summary>
    /// tastypie's string_to_python, applied to every filter value: "true"/"True" → true,
    /// "false"/"False" → false, "nil"/"none"/"None" → None, anything else stays a string.
    /// </summary>
    public static object? StringToPython(string value) => value switch
    {
        "true" or "True" => true,
        "false" or "False" => false,
        "nil" or "none" or "None" => null,
        _ => value,
    };

    /// <summary>Python truthiness of a coerced filter value (used by the isnull lookup).</summary>
    public static bool IsTruthy(object? value) => value switch
    {
        null => false,
        bool b => b,
        string s => s.Length > 0,
        _ => true,
    };

    /// <summary>str() of a coerced filter value.</summary>
    public static string Str(object? value) => value switch
    {
        null => "None",
        bool b => b ? "True" : "False",
        _ => value.ToString() ?? string.Empty,
    };
}
