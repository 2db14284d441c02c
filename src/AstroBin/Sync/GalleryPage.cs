using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using AstroBin.Files;
using AstroBin.Sync.Gallery;

namespace AstroBin.Sync
{
    /// <summary>
    /// The offline gallery of a synced folder: index.html at its top (a searchable grid of the final versions), one
    /// page per image and the sky map in <see cref="PagesFolder"/>. Self-contained pages (inline style and one inline
    /// script, no font, style or script from anywhere) so that they open from file:// with no network; a
    /// Content-Security-Policy allows only the page's own script and style, by hash, should any text ever get past
    /// the escaping.
    /// </summary>
    public static class GalleryPage
    {
        public const string FileName = "index.html";

        /// <summary>The folder of the image pages and the sky map, beside index.html.</summary>
        public const string PagesFolder = "gallery";

        private static readonly Regex PageId = new Regex("^[A-Za-z0-9]{1,32}$", RegexOptions.CultureInvariant);

        private static readonly Regex OwnPageName = new Regex("^(?:[A-Za-z0-9]{1,32}|" + SkyMap.Name + ")\\.html$", RegexOptions.CultureInvariant);

        /// <summary>The card's largest rendering width: sizes a 1x or 2x screen needs for it, in CSS pixels.</summary>
        private const string CardSizes = "(max-width: 560px) calc(50vw - 17px), 340px";

        private const int CardSubjects = 4;

        /// <summary>Writes the gallery of <paramref name="entries"/> with a plain header (see the <see cref="GallerySet"/> overload).</summary>
        public static void Write(string folder, IEnumerable<GalleryEntry> entries)
        {
            if (entries == null) throw new ArgumentNullException(nameof(entries));
            Write(folder, new GallerySet(entries.ToList()));
        }

        /// <summary>
        /// Writes <see cref="FileName"/> in <paramref name="folder"/> atomically, newest upload first (then by image
        /// id), and the image pages and sky map below <see cref="PagesFolder"/> (pages of images no longer in the
        /// set are deleted): the same set gives the same bytes. An entry's empty path means it has no such file; a
        /// path that is absolute or leaves the folder, or an image id that is not a plain name, is refused before
        /// anything is written.
        /// </summary>
        /// <exception cref="ArgumentException">An entry is null or names a file outside <paramref name="folder"/>.</exception>
        /// <exception cref="IOException"><see cref="PagesFolder"/> is a link, or a file could not be written.</exception>
        public static void Write(string folder, GallerySet set)
        {
            if (folder == null) throw new ArgumentNullException(nameof(folder));
            if (set == null) throw new ArgumentNullException(nameof(set));
            var ordered = Ordered(set.Entries);
            var removed = Ordered(set.Removed);
            // Everything is rendered (and every path checked) before the first byte is written.
            var pages = new SortedDictionary<string, string>(StringComparer.Ordinal);
            for (var index = 0; index < ordered.Count; index++)
            {
                var entry = ordered[index];
                pages[PageName(entry)] = ImagePage.Render(entry, index > 0 ? ordered[index - 1] : null, index < ordered.Count - 1 ? ordered[index + 1] : null);
            }
            pages[SkyMap.Name + ".html"] = SkyMap.RenderPage(set, ordered);
            var indexPage = RenderIndex(set, ordered, removed);

            var pagesFolder = Path.Combine(folder, PagesFolder);
            // A link there would send the pages (and the deletion of stale ones) into a folder that is not the sync's.
            if (FileLinks.IsLink(pagesFolder)) throw ContainedPath.Linked(pagesFolder);
            Directory.CreateDirectory(pagesFolder);
            foreach (var page in pages)
            {
                var path = Path.Combine(pagesFolder, page.Key);
                var bytes = Utf8(page.Value);
                // The same entries give the same bytes, so a sync that changed one image rewrites (and flushes) a few
                // pages, not every one of them.
                if (!HasBytes(path, bytes)) AtomicFile.Write(path, bytes);
            }
            foreach (var stale in Directory.EnumerateFiles(pagesFolder).Where(path => OwnPageName.IsMatch(Path.GetFileName(path)) && !pages.ContainsKey(Path.GetFileName(path))).ToList())
                File.Delete(stale);
            AtomicFile.Write(Path.Combine(folder, FileName), Utf8(indexPage));
        }

        /// <summary>The file name of an entry's page in <see cref="PagesFolder"/>.</summary>
        internal static string PageName(GalleryEntry entry)
        {
            if (!PageId.IsMatch(entry.ImageId ?? string.Empty))
                throw new ArgumentException("The gallery entry of image '" + entry.ImageId + "' cannot have a page: an image id is letters and digits only.", "entries");
            return entry.ImageId + ".html";
        }

        private static List<GalleryEntry> Ordered(IEnumerable<GalleryEntry> entries) =>
            entries
                .Select(entry => entry ?? throw new ArgumentException("The gallery entries include a null entry.", nameof(entries)))
                .OrderByDescending(entry => entry.Uploaded.HasValue)
                .ThenByDescending(entry => entry.Uploaded)
                .ThenBy(entry => entry.ImageId, StringComparer.Ordinal)
                .ToList();

        private static bool HasBytes(string path, byte[] bytes)
        {
            var existing = new FileInfo(path);
            return existing.Exists && existing.Length == bytes.Length && File.ReadAllBytes(path).SequenceEqual(bytes);
        }

        private static byte[] Utf8(string text) => new UTF8Encoding(false).GetBytes(text);

        private static string RenderIndex(GallerySet set, IReadOnlyList<GalleryEntry> ordered, IReadOnlyList<GalleryEntry> removed)
        {
            var heading = set.Owner != null ? "AstroBin images by " + set.Owner : "AstroBin gallery";
            var page = GalleryChrome.Begin(heading, 8192 + ordered.Count * 1536);
            AppendHeader(page, set, ordered, heading);
            page.Append("<main id=\"grid\">\n");
            if (ordered.Count == 0) page.Append("<p class=\"empty\">No images yet.</p>\n");
            foreach (var entry in ordered) AppendCard(page, entry, removed: false);
            page.Append("</main>\n");
            if (removed.Count > 0)
            {
                page.Append("<h2 class=\"section\">No longer in the set</h2>\n<section class=\"removed-grid\">\n");
                foreach (var entry in removed) AppendCard(page, entry, removed: true);
                page.Append("</section>\n");
            }
            return GalleryChrome.End(page);
        }

        private static void AppendHeader(StringBuilder page, GallerySet set, IReadOnlyList<GalleryEntry> ordered, string heading)
        {
            var revisions = ordered.Sum(entry => entry.Revisions.Count);
            var solved = ordered.Count(entry => entry.Solution?.HasPosition == true);
            page.Append("<header>\n<h1>").Append(HtmlText.Escape(heading)).Append("</h1>\n<p>")
                .Append("<strong>").Append(GalleryChrome.Count(ordered.Count)).Append("</strong>").Append(ordered.Count == 1 ? " image" : " images")
                .Append(" · <strong>").Append(GalleryChrome.Count(revisions)).Append("</strong>").Append(revisions == 1 ? " revision" : " revisions")
                .Append(" · <strong>").Append(GalleryChrome.Count(solved)).Append("</strong> plate-solved");
            if (set.BytesOnDisk is long bytes) page.Append(" · <strong>").Append(GalleryChrome.Bytes(bytes)).Append("</strong> on disk");
            page.Append("</p>\n");
            if (set.LastSync is DateTime lastSync) page.Append("<p>Last sync: ").Append(GalleryChrome.Time(lastSync, withLocal: true)).Append("</p>\n");
            page.Append("<p>Cards show each image&#39;s final version, newest upload first; a card opens the image&#39;s page.</p>\n")
                .Append("<nav class=\"top\"><a href=\"").Append(PagesFolder).Append('/').Append(SkyMap.Name).Append(".html\">Sky map of the ")
                .Append(GalleryChrome.Count(solved)).Append(" solved fields</a></nav>\n");
            AppendControls(page, ordered);
            page.Append("</header>\n");
        }

        private static void AppendControls(StringBuilder page, IReadOnlyList<GalleryEntry> ordered)
        {
            page.Append("<div class=\"controls\">\n<input id=\"q\" type=\"search\" placeholder=\"Search titles, subjects, equipment\" aria-label=\"Search titles, subjects and equipment\" autocomplete=\"off\">\n");
            page.Append("<select id=\"subject\" aria-label=\"Subject\"><option value=\"\">All subjects</option>");
            var subjects = ordered.SelectMany(entry => NonEmpty(entry.Subjects)).Distinct(StringComparer.Ordinal)
                .OrderBy(subject => subject, StringComparer.OrdinalIgnoreCase).ThenBy(subject => subject, StringComparer.Ordinal);
            foreach (var subject in subjects) AppendOption(page, subject, subject);
            page.Append("</select>\n<select id=\"year\" aria-label=\"Year of upload\"><option value=\"\">All years</option>");
            foreach (var year in ordered.Where(entry => entry.Uploaded.HasValue).Select(entry => Utc(entry.Uploaded!.Value).Year).Distinct().OrderByDescending(year => year))
            {
                var text = year.ToString(CultureInfo.InvariantCulture);
                AppendOption(page, text, text);
            }
            page.Append("</select>\n<select id=\"sort\" aria-label=\"Order\">");
            AppendOption(page, "new", "Newest upload first");
            AppendOption(page, "old", "Oldest upload first");
            AppendOption(page, "title", "Title A-Z");
            AppendOption(page, "likes", "Most likes first");
            page.Append("</select>\n<output id=\"shown\" aria-live=\"polite\"></output>\n</div>\n");
        }

        private static void AppendOption(StringBuilder page, string value, string text) =>
            page.Append("<option value=\"").Append(HtmlText.Escape(value)).Append("\">").Append(HtmlText.Escape(text)).Append("</option>");

        private static void AppendCard(StringBuilder page, GalleryEntry entry, bool removed)
        {
            var title = HtmlText.Escape(string.IsNullOrWhiteSpace(entry.Title) ? null : entry.Title);
            var fullSize = GalleryLinks.LocalFile(entry.FullSizePath, entry.ImageId);
            var webPage = GalleryLinks.WebPage(entry.PageUrl);
            // A removed image has no page of its own: its card opens the file.
            var opens = removed ? fullSize : PagesFolder + "/" + PageName(entry);
            var subjects = NonEmpty(entry.Subjects);
            var equipment = NonEmpty(entry.Equipment);

            page.Append("<article");
            if (!removed)
            {
                page.Append(" data-image=\"").Append(HtmlText.Escape(entry.ImageId)).Append('"');
                if (entry.Uploaded is DateTime uploaded)
                {
                    var utc = Utc(uploaded);
                    page.Append(" data-uploaded=\"").Append(utc.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture))
                        .Append("\" data-year=\"").Append(utc.Year.ToString(CultureInfo.InvariantCulture)).Append('"');
                }
                page.Append(" data-title=\"").Append(title).Append("\" data-likes=\"").Append((entry.Likes ?? 0).ToString(CultureInfo.InvariantCulture))
                    .Append("\" data-subjects=\"").Append(HtmlText.Escape(string.Join("\n", subjects)))
                    .Append("\" data-search=\"").Append(HtmlText.Escape(string.Join("\n", new[] { entry.Title ?? string.Empty }.Concat(subjects).Concat(equipment)))).Append('"');
            }
            page.Append(">\n");

            var picture = Picture(entry, title);
            page.Append(opens != null ? Link(opens, picture, "thumb") : "<div class=\"thumb\">" + picture + "</div>").Append('\n');

            page.Append("<div class=\"text\">\n<h2>");
            var shownTitle = title.Length > 0 ? title : "<span class=\"untitled\">Untitled</span>";
            page.Append(opens != null ? Link(opens, shownTitle) : shownTitle).Append("</h2>\n<p class=\"meta\">");
            if (removed) page.Append("<span class=\"badge removed\">removed</span>");
            if (entry.FinalRevision != null) page.Append("<span class=\"badge\">revision ").Append(HtmlText.Escape(entry.FinalRevision)).Append("</span>");
            var facts = new List<string>(3);
            if (entry.Uploaded is DateTime shown) facts.Add(GalleryChrome.Time(shown));
            if (entry.Likes is int likes) facts.Add(GalleryChrome.Count(likes) + (likes == 1 ? " like" : " likes"));
            if (entry.Solution?.HasPosition == true) facts.Add("solved");
            page.Append(string.Join(" · ", facts)).Append("</p>\n");

            if (subjects.Count > 0)
            {
                // A few subjects keep the cards of a row even; the image's page lists them all.
                page.Append("<ul class=\"subjects\">");
                foreach (var subject in subjects.Take(CardSubjects)) page.Append("<li>").Append(HtmlText.Escape(subject)).Append("</li>");
                if (subjects.Count > CardSubjects) page.Append("<li>+").Append((subjects.Count - CardSubjects).ToString(CultureInfo.InvariantCulture)).Append("</li>");
                page.Append("</ul>\n");
            }
            if (equipment.Count > 0)
                page.Append("<p class=\"equipment\">").Append(string.Join(" · ", equipment.Select(HtmlText.Escape))).Append("</p>\n");

            var links = new List<string>(2);
            if (fullSize != null) links.Add(Link(fullSize, "Full size"));
            if (webPage != null) links.Add(Link(webPage, "On AstroBin"));
            if (links.Count > 0) page.Append("<p class=\"links\">").Append(string.Join(" · ", links)).Append("</p>\n");
            page.Append("</div>\n</article>\n");
        }

        /// <summary>The card's img: a srcset over the synced renderings of the final version, so 1x and 2x screens both get a sharp one.</summary>
        private static string Picture(GalleryEntry entry, string escapedTitle)
        {
            var candidates = Renditions.ForCard(entry);
            if (candidates.Count == 0)
            {
                var thumbnail = GalleryLinks.LocalFile(entry.ThumbnailPath, entry.ImageId);
                return thumbnail != null
                    ? "<img src=\"" + HtmlText.Escape(thumbnail) + "\" alt=\"" + escapedTitle + "\">"
                    : "<span class=\"nothumb\">no thumbnail</span>";
            }
            var source = candidates.FirstOrDefault(candidate => candidate.Width >= 300) ?? candidates[candidates.Count - 1];
            var img = new StringBuilder("<img src=\"").Append(HtmlText.Escape(GalleryLinks.LocalFile(source.File.Path, entry.ImageId)!)).Append('"');
            if (candidates.Count > 1)
            {
                img.Append(" srcset=\"").Append(string.Join(", ", candidates.Select(candidate =>
                    HtmlText.Escape(GalleryLinks.LocalFile(candidate.File.Path, entry.ImageId)!) + " " + candidate.Width.ToString(CultureInfo.InvariantCulture) + "w")))
                    .Append("\" sizes=\"").Append(CardSizes).Append('"');
            }
            return img.Append(" alt=\"").Append(escapedTitle).Append("\" decoding=\"async\">").ToString();
        }

        /// <param name="href">A URL from <see cref="GalleryLinks"/> or a page name; it is escaped here for the attribute.</param>
        /// <param name="content">Markup, already escaped.</param>
        internal static string Link(string href, string content, string? cssClass = null) =>
            "<a" + (cssClass == null ? "" : " class=\"" + cssClass + "\"") + " href=\"" + HtmlText.Escape(href) + "\">" + content + "</a>";

        internal static List<string> NonEmpty(IReadOnlyList<string>? texts) =>
            texts == null ? new List<string>() : texts.Where(text => !string.IsNullOrWhiteSpace(text)).ToList();

        internal static DateTime Utc(DateTime moment) => moment.Kind == DateTimeKind.Local ? moment.ToUniversalTime() : moment;
    }
}
