using System;
using System.Globalization;

namespace AstroBin.Sync.Gallery
{
    /// <summary>Coordinates as astronomers read them: RA in hours, minutes, seconds; Dec in degrees, arc minutes, arc seconds.</summary>
    internal static class Sexagesimal
    {
        /// <summary>10.685 → "00h 42m 44.4s".</summary>
        public static string RightAscension(double degrees)
        {
            var normalized = ((degrees % 360) + 360) % 360;
            // Whole tenths of a second of time, rounded once, so that 59.96 s never shows as "60.0s".
            var tenths = (long)Math.Round(normalized / 15 * 36000, MidpointRounding.AwayFromZero) % (24 * 36000);
            var hours = tenths / 36000;
            var minutes = tenths / 600 % 60;
            var seconds = tenths % 600 / 10.0;
            return string.Format(CultureInfo.InvariantCulture, "{0:00}h {1:00}m {2:00.0}s", hours, minutes, seconds);
        }

        /// <summary>-5.391 → "−05° 23′ 28″".</summary>
        public static string Declination(double degrees)
        {
            var arcSeconds = (long)Math.Round(Math.Abs(degrees) * 3600, MidpointRounding.AwayFromZero);
            var sign = degrees < 0 && arcSeconds > 0 ? "\u2212" : "+";
            return string.Format(CultureInfo.InvariantCulture, "{0}{1:00}° {2:00}′ {3:00}″", sign, arcSeconds / 3600, arcSeconds / 60 % 60, arcSeconds % 60);
        }
    }
}
