using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace AstroBin.Sync.Gallery
{
    /// <summary>
    /// The sky map (gallery/sky.html): the whole sky in equatorial coordinates, Hammer-Aitoff (<see cref="SkyProjection"/>),
    /// RA 0h at the centre and increasing to the left, a grid every 2 hours and 30 degrees, the brightest stars of
    /// <see cref="BrightStars"/> to orient by, and each plate-solved image as a circle of its field's radius that links
    /// to its page. Images without a solution are counted, not plotted.
    /// </summary>
    internal static class SkyMap
    {
        /// <summary>The page's name in the pages folder, without ".html".</summary>
        public const string Name = "sky";

        internal const double Width = 1000;
        internal const double Height = 520;
        internal const double CentreX = Width / 2;
        internal const double CentreY = Height / 2;

        /// <summary>Pixels a projection unit: the sky's ellipse is 960 × 480 in the 1000 × 520 view box.</summary>
        internal static readonly double Scale = 480 / SkyProjection.HalfWidth;

        /// <summary>A field smaller than this many pixels would not be seen (or hit with a finger).</summary>
        private const double SmallestField = 4;

        public static string RenderPage(GallerySet set, IReadOnlyList<GalleryEntry> ordered)
        {
            var solved = ordered.Where(entry => entry.Solution?.HasPosition == true).ToList();
            var heading = "Sky map" + (set.Owner != null ? " of " + set.Owner + "'s images" : "");
            var page = GalleryChrome.Begin(heading + " · AstroBin gallery", 16384 + solved.Count * 256);
            page.Append("<nav class=\"top\" aria-label=\"Gallery\">").Append(GalleryPage.Link("../" + GalleryPage.FileName, "← All images")).Append("</nav>\n<header>\n<h1>")
                .Append(HtmlText.Escape(heading)).Append("</h1>\n<p><strong>").Append(GalleryChrome.Count(solved.Count)).Append("</strong> plate-solved ")
                .Append(solved.Count == 1 ? "image" : "images").Append(" plotted at the centre of their solution, each circle as large as its field (at least ")
                .Append(GalleryChrome.Number(SmallestField, "0")).Append(" pixels); <strong>").Append(GalleryChrome.Count(ordered.Count - solved.Count))
                .Append("</strong> without a solution, not plotted. A field opens its image&#39;s page.</p>\n")
                .Append("<p>Equatorial coordinates (J2000), Hammer-Aitoff equal-area projection, RA increasing to the left as on a star chart. ")
                .Append("Stars: the brightest of the Yale Bright Star Catalogue (5th revised edition, public domain).</p>\n</header>\n");
            page.Append("<main class=\"sky\">\n");
            AppendSvg(page, solved);
            // The same fields as a list: for a screen reader, and for a finger on a phone where the circles are small.
            if (solved.Count > 0)
            {
                page.Append("<ol class=\"fields\">\n");
                foreach (var entry in solved)
                {
                    page.Append("<li>").Append(GalleryPage.Link(GalleryPage.PageName(entry), HtmlText.Escape(entry.Title))).Append(" · RA ")
                        .Append(Sexagesimal.RightAscension(entry.Solution!.Ra!.Value)).Append(", Dec ").Append(Sexagesimal.Declination(entry.Solution.Dec!.Value)).Append("</li>\n");
                }
                page.Append("</ol>\n");
            }
            page.Append("</main>\n");
            return GalleryChrome.End(page);
        }

        private static void AppendSvg(StringBuilder page, IReadOnlyList<GalleryEntry> solved)
        {
            page.Append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").Append(N(Width)).Append(' ').Append(N(Height))
                .Append("\" role=\"img\" aria-label=\"Sky map of the plate-solved images\">\n")
                .Append("<ellipse class=\"outline\" cx=\"").Append(N(CentreX)).Append("\" cy=\"").Append(N(CentreY))
                .Append("\" rx=\"").Append(N(SkyProjection.HalfWidth * Scale)).Append("\" ry=\"").Append(N(SkyProjection.HalfHeight * Scale)).Append("\"/>\n");
            AppendGrid(page);
            AppendStars(page);
            // Large fields first, so that a small one on top of a large one can still be hovered and clicked.
            foreach (var entry in solved.OrderByDescending(entry => entry.Solution!.Radius ?? 0).ThenBy(entry => entry.ImageId, StringComparer.Ordinal))
            {
                var solution = entry.Solution!;
                var (x, y) = Pixel(solution.Ra!.Value, solution.Dec!.Value);
                var radius = Math.Max(SmallestField, (solution.Radius ?? 0) * Math.PI / 180 * Scale);
                page.Append("<a href=\"").Append(HtmlText.Escape(GalleryPage.PageName(entry))).Append("\" data-image=\"").Append(HtmlText.Escape(entry.ImageId))
                    .Append("\"><title>").Append(HtmlText.Escape(entry.Title)).Append(" (RA ").Append(Sexagesimal.RightAscension(solution.Ra.Value))
                    .Append(", Dec ").Append(Sexagesimal.Declination(solution.Dec.Value)).Append(")</title><circle class=\"field\" cx=\"").Append(N(x))
                    .Append("\" cy=\"").Append(N(y)).Append("\" r=\"").Append(N(radius)).Append("\"/></a>\n");
            }
            page.Append("</svg>\n");
        }

        private static void AppendGrid(StringBuilder page)
        {
            page.Append("<g class=\"grid\">\n");
            // Meridians every 2 hours; RA 12h is the outline itself.
            for (var hour = 0; hour < 24; hour += 2)
            {
                if (hour == 12) continue;
                var points = new List<(double, double)>();
                for (var dec = -90; dec <= 90; dec += 3) points.Add(Pixel(hour * 15, dec));
                Path(page, points, null);
            }
            for (var dec = -60; dec <= 60; dec += 30)
            {
                var points = new List<(double, double)>();
                // From just east of 12h, through 0h, to just west of it: left edge to right edge.
                for (var step = 0; step <= 120; step++) points.Add(Pixel(180 - 0.0001 - step * (360 - 0.0002) / 120, dec));
                Path(page, points, dec == 0 ? "equator" : null);
            }
            page.Append("</g>\n");
            for (var hour = 0; hour < 24; hour += 2)
            {
                if (hour == 12) continue;
                var (x, y) = Pixel(hour * 15, 0);
                Label(page, x + 3, y + 13, hour.ToString(CultureInfo.InvariantCulture) + "h");
            }
            foreach (var dec in new[] { -60, -30, 30, 60 })
            {
                var (x, y) = Pixel(0, dec);
                Label(page, x + 3, y - 3, (dec > 0 ? "+" : "\u2212") + Math.Abs(dec).ToString(CultureInfo.InvariantCulture) + "°");
            }
        }

        private static void AppendStars(StringBuilder page)
        {
            page.Append("<g class=\"stars\">\n");
            foreach (var star in BrightStars.Catalogue)
            {
                var (x, y) = Pixel(star.Ra, star.Dec);
                var radius = Math.Max(0.8, 3.0 - 0.75 * star.Magnitude);
                page.Append("<circle class=\"star\" cx=\"").Append(N(x)).Append("\" cy=\"").Append(N(y)).Append("\" r=\"").Append(N(radius)).Append("\"><title>")
                    .Append(HtmlText.Escape(star.Name)).Append(" (").Append(HtmlText.Escape(star.Designation)).Append(", magnitude ")
                    .Append(GalleryChrome.Number(star.Magnitude, "0.00")).Append(")</title></circle>\n");
                if (star.Magnitude < 0.9)
                    page.Append("<text class=\"star-name\" x=\"").Append(N(x + 4)).Append("\" y=\"").Append(N(y - 3)).Append("\">").Append(HtmlText.Escape(star.Name)).Append("</text>\n");
            }
            page.Append("</g>\n");
        }

        /// <summary>The view box position of RA/Dec in degrees.</summary>
        internal static (double X, double Y) Pixel(double ra, double dec)
        {
            var (x, y) = SkyProjection.Project(ra, dec);
            return (CentreX + x * Scale, CentreY - y * Scale);
        }

        private static void Path(StringBuilder page, IReadOnlyList<(double X, double Y)> points, string? cssClass)
        {
            page.Append("<path");
            if (cssClass != null) page.Append(" class=\"").Append(cssClass).Append('"');
            page.Append(" d=\"");
            for (var index = 0; index < points.Count; index++)
                page.Append(index == 0 ? "M" : "L").Append(N(points[index].X)).Append(',').Append(N(points[index].Y));
            page.Append("\"/>\n");
        }

        private static void Label(StringBuilder page, double x, double y, string text) =>
            page.Append("<text x=\"").Append(N(x)).Append("\" y=\"").Append(N(y)).Append("\">").Append(HtmlText.Escape(text)).Append("</text>\n");

        /// <summary>Two decimals: a hundredth of a view box pixel, far below what a screen shows, and stable bytes.</summary>
        private static string N(double value) => GalleryChrome.Number(Math.Round(value, 2) + 0.0, "0.##");
    }
}
