using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace AstroBin.Sync.Gallery
{
    /// <summary>
    /// One image's page (gallery/&lt;id&gt;.html): the final version large, every detail of the record as of the last
    /// sync, the description as text, each version with its files, and the neighbours in the gallery's order.
    /// </summary>
    internal static class ImagePage
    {
        /// <summary>From the pages folder back to the synced folder's files.</summary>
        private const string Up = "../";

        /// <param name="newer">The previous card in the gallery's order (newest first), or null.</param>
        /// <param name="older">The next card, or null.</param>
        public static string Render(GalleryEntry entry, GalleryEntry? newer, GalleryEntry? older)
        {
            var title = string.IsNullOrWhiteSpace(entry.Title) ? "Untitled" : entry.Title;
            var page = GalleryChrome.Begin(title + " · AstroBin gallery", 8192);
            page.Append("<nav class=\"top\" aria-label=\"Gallery\">").Append(GalleryPage.Link(Up + GalleryPage.FileName, "← All images"))
                .Append(GalleryPage.Link(SkyMap.Name + ".html", "Sky map")).Append("</nav>\n<header>\n<h1>").Append(HtmlText.Escape(title)).Append("</h1>\n<p>")
                .Append(entry.FinalRevision != null ? "Shown: revision " + HtmlText.Escape(entry.FinalRevision) + ", the final version" : "Shown: the original upload, the final version")
                .Append("</p>\n</header>\n");

            AppendPicture(page, entry, title);
            if (!string.IsNullOrWhiteSpace(entry.Description))
                page.Append("<h2 class=\"section\">Description</h2>\n<section class=\"description\">").Append(DescriptionText.ToMarkup(entry.Description)).Append("</section>\n");
            page.Append("<h2 class=\"section\">Details</h2>\n<section>\n<dl class=\"details\">\n");
            AppendDetails(page, entry);
            page.Append("</dl>\n</section>\n");
            AppendVersions(page, entry);

            page.Append("<nav class=\"pager\" aria-label=\"Neighbours\"><span>");
            if (newer != null) page.Append("<a rel=\"prev\" href=\"").Append(HtmlText.Escape(GalleryPage.PageName(newer))).Append("\">← ").Append(HtmlText.Escape(newer.Title)).Append("</a>");
            page.Append("</span><span>");
            if (older != null) page.Append("<a rel=\"next\" href=\"").Append(HtmlText.Escape(GalleryPage.PageName(older))).Append("\">").Append(HtmlText.Escape(older.Title)).Append(" →</a>");
            page.Append("</span></nav>\n");
            return GalleryChrome.End(page);
        }

        private static void AppendPicture(StringBuilder page, GalleryEntry entry, string title)
        {
            var large = Renditions.Large(entry.Pictures);
            var largest = Renditions.Largest(entry.Pictures);
            var shown = large != null ? GalleryLinks.LocalFile(large.Path, entry.ImageId) : GalleryLinks.LocalFile(entry.ThumbnailPath, entry.ImageId);
            var opens = largest != null ? GalleryLinks.LocalFile(largest.Path, entry.ImageId) : GalleryLinks.LocalFile(entry.FullSizePath, entry.ImageId);
            if (shown == null) return;
            var img = "<img src=\"" + HtmlText.Escape(Up + shown) + "\" alt=\"" + HtmlText.Escape(title) + "\">";
            page.Append("<div class=\"picture\">").Append(opens != null ? GalleryPage.Link(Up + opens, img) : img).Append("</div>\n");
        }

        private static void AppendDetails(StringBuilder page, GalleryEntry entry)
        {
            if (entry.Width > 0 && entry.Height > 0)
                Detail(page, "Dimensions", GalleryChrome.Count(entry.Width) + " × " + GalleryChrome.Count(entry.Height) + " px (original upload)");
            if (entry.Uploaded is DateTime uploaded) Detail(page, "Uploaded", GalleryChrome.Time(uploaded));
            if (entry.Published is DateTime published) Detail(page, "Published", GalleryChrome.Time(published));
            TextList(page, "Subjects", entry.Subjects);
            TextList(page, "Telescopes", entry.Telescopes);
            TextList(page, "Cameras", entry.Cameras);
            AppendSolution(page, entry.Solution);
            if (!string.IsNullOrWhiteSpace(entry.License)) Detail(page, "License", HtmlText.Escape(LicenseText(entry.License!)));
            if (entry.Locations.Count > 0)
                Detail(page, "Locations", GalleryChrome.Count(entry.Locations.Count) + (entry.Locations.Count == 1 ? " place" : " places") + " recorded on AstroBin (the API gives no coordinates)");
            var counts = new List<string>(3);
            if (entry.Likes is int likes) counts.Add(GalleryChrome.Count(likes) + (likes == 1 ? " like" : " likes"));
            if (entry.Views is int views) counts.Add(GalleryChrome.Count(views) + (views == 1 ? " view" : " views"));
            if (entry.Comments is int comments) counts.Add(GalleryChrome.Count(comments) + (comments == 1 ? " comment" : " comments"));
            if (counts.Count > 0) Detail(page, "On AstroBin", string.Join(" · ", counts) + " at the last sync");
            var webPage = GalleryLinks.WebPage(entry.PageUrl);
            if (webPage != null) Detail(page, "Links", GalleryPage.Link(webPage, HtmlText.Escape(webPage)));
        }

        private static void AppendSolution(StringBuilder page, GallerySolution? solution)
        {
            if (solution == null)
            {
                Detail(page, "Plate solution", "none");
                return;
            }
            Detail(page, "Plate solution", HtmlText.Escape(StatusText(solution.Status)) + (solution.IsSolved ? "" : " (not plotted on the sky map)"));
            if (solution.Ra is double ra) Detail(page, "Right ascension", Sexagesimal.RightAscension(ra) + " (" + GalleryChrome.Number(ra, "0.000") + "°)");
            if (solution.Dec is double dec) Detail(page, "Declination", Sexagesimal.Declination(dec) + " (" + GalleryChrome.Number(dec, "0.000") + "°)");
            if (solution.Radius is double radius) Detail(page, "Field radius", GalleryChrome.Number(radius, "0.000") + "°");
            if (solution.PixScale is double scale) Detail(page, "Pixel scale", GalleryChrome.Number(scale, "0.000") + "″/px");
            if (solution.Orientation is double orientation) Detail(page, "Orientation", GalleryChrome.Number(orientation, "0.0") + "°");
        }

        private static void AppendVersions(StringBuilder page, GalleryEntry entry)
        {
            page.Append("<h2 class=\"section\">Versions</h2>\n<section>\n<table class=\"revisions\">\n<thead><tr><th>Version</th><th>Uploaded</th><th>Title and description</th><th>Files</th></tr></thead>\n<tbody>\n");
            page.Append("<tr data-revision=\"0\"><td>Original").Append(entry.FinalRevision == null ? " <span class=\"badge\">final</span>" : "").Append("</td><td>")
                .Append(entry.Uploaded is DateTime uploaded ? GalleryChrome.Time(uploaded) : "").Append("</td><td></td><td>");
            Files(page, entry.OriginalFiles, entry.ImageId);
            page.Append("</td></tr>\n");
            foreach (var revision in entry.Revisions)
            {
                page.Append("<tr data-revision=\"").Append(HtmlText.Escape(revision.Label)).Append("\"><td>Revision ").Append(HtmlText.Escape(revision.Label))
                    .Append(revision.IsFinal ? " <span class=\"badge\">final</span>" : "").Append("</td><td>")
                    .Append(revision.Uploaded is DateTime when ? GalleryChrome.Time(when) : "").Append("</td><td class=\"description\">");
                var words = new List<string>(2);
                if (!string.IsNullOrWhiteSpace(revision.Title)) words.Add("<strong>" + HtmlText.Escape(revision.Title) + "</strong>");
                if (!string.IsNullOrWhiteSpace(revision.Description)) words.Add(DescriptionText.ToMarkup(revision.Description));
                page.Append(string.Join("\n", words)).Append("</td><td>");
                Files(page, revision.Files, entry.ImageId);
                page.Append("</td></tr>\n");
            }
            page.Append("</tbody>\n</table>\n</section>\n");
        }

        private static void Files(StringBuilder page, IReadOnlyList<GalleryFile> files, string imageId) =>
            page.Append(string.Join(" · ", files.OrderBy(file => file.Size).Select(file =>
                GalleryPage.Link(Up + GalleryLinks.LocalFile(file.Path, imageId), file.Size.ToString()))));

        private static void TextList(StringBuilder page, string name, IReadOnlyList<string> texts)
        {
            var shown = GalleryPage.NonEmpty(texts);
            if (shown.Count > 0) Detail(page, name, string.Join(", ", shown.Select(text => HtmlText.Escape(text.Trim()))));
        }

        /// <param name="markup">Already escaped.</param>
        private static void Detail(StringBuilder page, string name, string markup) =>
            page.Append("<dt>").Append(name).Append("</dt><dd>").Append(markup).Append("</dd>\n");

        /// <summary>ATTRIBUTION_NON_COMMERCIAL → "Attribution non commercial" (the enum names of spec §9).</summary>
        private static string LicenseText(string name) => Sentence(name);

        private static string StatusText(string? status) => string.IsNullOrWhiteSpace(status) ? "unknown" : Sentence(status!);

        private static string Sentence(string name)
        {
            var words = name.Replace('_', ' ').Trim().ToLowerInvariant();
            return words.Length == 0 ? words : char.ToUpperInvariant(words[0]) + words.Substring(1);
        }
    }
}
