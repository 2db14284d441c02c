using System;
using System.Globalization;

namespace AstroBin.Api.Json
{
    /// <summary>
    /// The server runs with USE_TZ off and TIME_ZONE UTC: its datetimes are naive ISO strings in UTC
    /// ("2021-05-08T03:37:02.490348", microseconds omitted when zero) and its dates "YYYY-MM-DD".
    /// </summary>
    public static class WireDateTime
    {
        private static readonly string[] Formats =
        {
            "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF",
            "yyyy-MM-dd'T'HH:mm:ss",
            "yyyy-MM-dd' 'HH:mm:ss.FFFFFFF",
            "yyyy-MM-dd' 'HH:mm:ss",
            "yyyy-MM-dd",
        };

        public static bool TryParse(string? text, out DateTime value)
        {
            value = default;
            if (string.IsNullOrWhiteSpace(text)) return false;
            // A trailing offset or Z (a server with USE_TZ on) is honoured rather than ignored.
            if (DateTime.TryParseExact(text, Formats, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out value))
            {
                value = DateTime.SpecifyKind(value, DateTimeKind.Utc);
                return true;
            }
            if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var offset))
            {
                value = offset.UtcDateTime;
                return true;
            }
            return false;
        }

        /// <summary>The form the server's filters accept: "2012-04-10 00:00:00", in UTC.</summary>
        public static string FormatForFilter(DateTime value)
        {
            var utc = value.Kind == DateTimeKind.Local ? value.ToUniversalTime() : value;
            return utc.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);
        }
    }
}
