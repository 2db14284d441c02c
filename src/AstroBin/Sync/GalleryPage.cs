using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using AstroBin.Files;

namespace AstroBin.Sync
{
    /// <summary>
    /// The offline gallery of a synced folder: index.html at its top. One self-contained file (inline CSS, no
    /// script, no font or style from the network) so that it opens from file:// anywhere; a Content-Security-Policy
    /// forbids scripts and remote loads besides, should any text ever get past the escaping.
    /// </summary>
    public static class GalleryPage
    {
        public const string FileName = "index.html";

        // A fixed name rather than a random one: a run killed while writing leaves at most this one file, which
        // the next write overwrites and renames away.

        private const string ContentSecurityPolicy =
            "default-src 'none'; img-src 'self' file:; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'";

        // Line ends folded to '\n': a checkout with Windows line ends must not change the page's bytes.
        private static readonly string Style = @"
:root { color-scheme: dark; }
* { box-sizing: border-box; }
body { margin: 0; padding: 24px; background: #0b0e14; color: #dde3ea; font: 15px/1.45 system-ui, -apple-system, 'Segoe UI', 'DejaVu Sans', sans-serif; }
header { margin: 0 auto 20px; max-width: 1400px; }
h1 { margin: 0 0 4px; font-size: 1.6rem; font-weight: 600; }
header p { margin: 0; color: #8b96a5; }
main { display: grid; grid-template-columns: repeat(auto-fill, minmax(240px, 1fr)); gap: 18px; max-width: 1400px; margin: 0 auto; }
article { background: #141923; border: 1px solid #252d3a; border-radius: 8px; overflow: hidden; display: flex; flex-direction: column; }
.thumb { display: block; aspect-ratio: 4 / 3; overflow: hidden; background: #000; }
.thumb img { display: block; width: 100%; height: 100%; object-fit: cover; }
.nothumb { display: flex; height: 100%; align-items: center; justify-content: center; color: #5d6878; }
.text { padding: 10px 12px 12px; display: flex; flex-direction: column; gap: 6px; }
h2 { margin: 0; font-size: 1rem; font-weight: 600; overflow-wrap: anywhere; unicode-bidi: isolate; }
a { color: #8cc4ff; text-decoration: none; }
a:hover, a:focus { text-decoration: underline; }
h2 a { color: inherit; }
.untitled { color: #8b96a5; font-style: italic; }
time, .links, .equipment { color: #8b96a5; font-size: 0.85rem; }
.subjects { margin: 0; padding: 0; list-style: none; display: flex; flex-wrap: wrap; gap: 4px; }
.subjects li { background: #1f2a3a; color: #b9d4f2; border-radius: 10px; padding: 1px 8px; font-size: 0.8rem; overflow-wrap: anywhere; unicode-bidi: isolate; }
.equipment { margin: 0; overflow-wrap: anywhere; unicode-bidi: isolate; }
.links { margin: 0; }
.empty { color: #8b96a5; }
".Replace("\r", "");

        /// <summary>
        /// Writes <see cref="FileName"/> in <paramref name="folder"/> atomically, newest upload first (then by image
        /// id): the same entries give the same bytes. An entry's empty thumbnail or full-size path means it has no
        /// such file; a path that is absolute or leaves the folder is refused before anything is written.
        /// </summary>
        /// <exception cref="ArgumentException">An entry is null or names a file outside <paramref name="folder"/>.</exception>
        public static void Write(string folder, IEnumerable<GalleryEntry> entries)
        {
            if (folder == null) throw new ArgumentNullException(nameof(folder));
            if (entries == null) throw new ArgumentNullException(nameof(entries));
            var html = Render(entries);
            AtomicFile.Write(Path.Combine(folder, FileName), new UTF8Encoding(false).GetBytes(html));
        }

        private static string Render(IEnumerable<GalleryEntry> entries)
        {
            var ordered = entries
                .Select(entry => entry ?? throw new ArgumentException("The gallery entries include a null entry.", nameof(entries)))
                .OrderByDescending(entry => entry.Uploaded.HasValue)
                .ThenByDescending(entry => entry.Uploaded)
                .ThenBy(entry => entry.ImageId, StringComparer.Ordinal)
                .ToList();
            var page = new StringBuilder(4096 + ordered.Count * 1024);
            page.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .Append("<meta http-equiv=\"Content-Security-Policy\" content=\"").Append(ContentSecurityPolicy).Append("\">\n")
                .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .Append("<meta name=\"referrer\" content=\"no-referrer\">\n")
                .Append("<title>AstroBin gallery</title>\n<style>").Append(Style).Append("</style>\n</head>\n<body>\n")
                .Append("<header>\n<h1>AstroBin gallery</h1>\n<p>")
                .Append(ordered.Count.ToString(CultureInfo.InvariantCulture)).Append(ordered.Count == 1 ? " image" : " images")
                .Append(", newest first. A thumbnail opens the full-size file in this folder; a title, the image&#39;s page on AstroBin.</p>\n</header>\n<main>\n");
            if (ordered.Count == 0) page.Append("<p class=\"empty\">No images yet.</p>\n");
            foreach (var entry in ordered) AppendCard(page, entry);
            page.Append("</main>\n</body>\n</html>\n");
            return page.ToString();
        }

        private static void AppendCard(StringBuilder page, GalleryEntry entry)
        {
            var title = HtmlText.Escape(string.IsNullOrWhiteSpace(entry.Title) ? null : entry.Title);
            var thumbnail = GalleryLinks.LocalFile(entry.ThumbnailPath, entry.ImageId);
            var fullSize = GalleryLinks.LocalFile(entry.FullSizePath, entry.ImageId);
            var webPage = GalleryLinks.WebPage(entry.PageUrl);

            page.Append("<article>\n");
            var picture = thumbnail != null
                ? "<img src=\"" + HtmlText.Escape(thumbnail) + "\" alt=\"" + title + "\">"
                : "<span class=\"nothumb\">no thumbnail</span>";
            page.Append(fullSize != null ? Link(fullSize, picture, "thumb") : "<div class=\"thumb\">" + picture + "</div>").Append('\n');

            page.Append("<div class=\"text\">\n<h2>");
            var shownTitle = title.Length > 0 ? title : "<span class=\"untitled\">Untitled</span>";
            page.Append(webPage != null ? Link(webPage, shownTitle) : shownTitle);
            page.Append("</h2>\n");

            if (entry.Uploaded is DateTime uploaded)
            {
                var utc = uploaded.Kind == DateTimeKind.Local ? uploaded.ToUniversalTime() : uploaded;
                page.Append("<time datetime=\"").Append(utc.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture))
                    .Append("\">").Append(utc.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)).Append(" UTC</time>\n");
            }

            var subjects = NonEmpty(entry.Subjects);
            if (subjects.Count > 0)
            {
                page.Append("<ul class=\"subjects\">");
                foreach (var subject in subjects) page.Append("<li>").Append(HtmlText.Escape(subject)).Append("</li>");
                page.Append("</ul>\n");
            }

            var equipment = NonEmpty(entry.Equipment);
            if (equipment.Count > 0)
                page.Append("<p class=\"equipment\">").Append(string.Join(" · ", equipment.Select(HtmlText.Escape))).Append("</p>\n");

            var links = new List<string>(2);
            if (fullSize != null) links.Add(Link(fullSize, "Full size"));
            if (webPage != null) links.Add(Link(webPage, "On AstroBin"));
            if (links.Count > 0) page.Append("<p class=\"links\">").Append(string.Join(" · ", links)).Append("</p>\n");
            page.Append("</div>\n</article>\n");
        }

        /// <param name="href">A URL from <see cref="GalleryLinks"/>; it is escaped here for the attribute.</param>
        /// <param name="content">Markup, already escaped.</param>
        private static string Link(string href, string content, string? cssClass = null) =>
            "<a" + (cssClass == null ? "" : " class=\"" + cssClass + "\"") + " href=\"" + HtmlText.Escape(href) + "\">" + content + "</a>";

        private static List<string> NonEmpty(IReadOnlyList<string>? texts) =>
            texts == null ? new List<string>() : texts.Where(text => !string.IsNullOrWhiteSpace(text)).ToList();
    }
}
