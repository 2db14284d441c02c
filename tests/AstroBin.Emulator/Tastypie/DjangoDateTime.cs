using System.Globalization;
using System.Text.RegularExpressions;

namespace AstroBin.Emulator.Tastypie;

/// <summary>
/// django.utils.dateparse as used by DateTimeField/DateField.to_python. An unparsable value raises
/// Django's ValidationError, which tastypie does not catch → HTTP 500.
/// </summary>
internal static partial class DjangoDateTime
{
    /// <summary>parse_datetime, then parse_date (midnight); aware values are converted to naive UTC.</summary>
    public static DateTime ParseDateTime(string text)
    {
        var match = DateTimePattern().Match(text);
        if (match.Success)
        {
            return BuildDateTime(match);
        }
        return ParseDate(text).ToDateTime(TimeOnly.MinValue);
    }

    public static DateOnly ParseDate(string text)
    {
        var match = DatePattern().Match(text);
        if (!match.Success)
        {
            throw ApiErrors.ServerError();
        }
        try
        {
            return new DateOnly(Int(match, "year"), Int(match, "month"), Int(match, "day"));
        }
        catch (ArgumentOutOfRangeException)
        {
            throw ApiErrors.ServerError();
        }
    }

    private static DateTime BuildDateTime(Match match)
    {
        try
        {
            var microseconds = match.Groups["microsecond"].Success ? Int(match.Groups["microsecond"].Value.PadRight(6, '0')) : 0;
            var value = new DateTime(
                Int(match, "year"), Int(match, "month"), Int(match, "day"),
                Int(match, "hour"), Int(match, "minute"), match.Groups["second"].Success ? Int(match, "second") : 0)
                .AddTicks(microseconds * 10L);
            var zone = match.Groups["tzinfo"].Value;
            return zone.Length == 0 || zone == "Z" ? value : value - Offset(zone);
        }
        catch (ArgumentOutOfRangeException)
        {
            throw ApiErrors.ServerError();
        }
    }

    private static TimeSpan Offset(string zone)
    {
        var digits = zone[1..].Replace(":", string.Empty);
        var minutes = Int(digits[..2]) * 60 + (digits.Length > 2 ? Int(digits[2..]) : 0);
        return TimeSpan.FromMinutes(zone[0] == '-' ? -minutes : minutes);
    }

    private static int Int(Match match, string group) => Int(match.Groups[group].Value);

    private static int Int(string digits) => int.Parse(digits, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^(?<year>[0-9]{4})-(?<month>[0-9]{1,2})-(?<day>[0-9]{1,2})[T ](?<hour>[0-9]{1,2}):(?<minute>[0-9]{1,2})(?::(?<second>[0-9]{1,2})(?:\.(?<microsecond>[0-9]{1,6})[0-9]{0,6})?)?(?<tzinfo>Z|[+-][0-9]{2}(?::?[0-9]{2})?)?$")]
    private static partial Regex DateTimePattern();

    [GeneratedRegex("^(?<year>[0-9]{4})-(?<month>[0-9]{1,2})-(?<day>[0-9]{1,2})$")]
    private static partial Regex DatePattern();
}
