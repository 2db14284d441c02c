using System;

namespace AstroBin.Sync.Gallery
{
    /// <summary>
    /// The Hammer-Aitoff projection (equal-area) of the equatorial sphere as a star chart draws it: RA 0h, Dec 0 at
    /// the centre, RA increasing to the left (east is left when looking up), north up. The whole sky is an ellipse
    /// of half-axes 2√2 (horizontal) and √2 (vertical) in the returned units; near the centre a unit is a radian.
    /// </summary>
    internal static class SkyProjection
    {
        public static readonly double HalfWidth = 2 * Math.Sqrt(2);

        public static readonly double HalfHeight = Math.Sqrt(2);

        /// <summary>(x to the right, y up) of a position in degrees.</summary>
        public static (double X, double Y) Project(double raDegrees, double decDegrees)
        {
            // Longitude in (-180, 180]: RA 270° is 6 hours west of 0h, so right of the centre.
            var longitude = raDegrees % 360;
            if (longitude > 180) longitude -= 360;
            if (longitude <= -180) longitude += 360;
            var lambda = longitude * Math.PI / 180;
            var phi = Math.Max(-90, Math.Min(90, decDegrees)) * Math.PI / 180;
            var denominator = Math.Sqrt(1 + Math.Cos(phi) * Math.Cos(lambda / 2));
            var x = 2 * Math.Sqrt(2) * Math.Cos(phi) * Math.Sin(lambda / 2) / denominator;
            var y = Math.Sqrt(2) * Math.Sin(phi) / denominator;
            return (-x, y);
        }
    }
}
