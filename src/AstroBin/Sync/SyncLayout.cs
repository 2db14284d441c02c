using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using AstroBin.Api;
using AstroBin.Files;

namespace AstroBin.Sync
{
    /// <summary>
    /// Where things go in a synced folder, so that a person opening it finds their way:
    /// <c>&lt;id&gt; - &lt;title&gt;/image.json</c> and <c>&lt;id&gt;_&lt;size&gt;.&lt;ext&gt;</c> per image,
    /// <c>revisions/&lt;label&gt;/</c> per revision, the manifest and the gallery at the top.
    /// </summary>
    public static class SyncLayout
    {
        /// <summary>The folder's state: what each file is and where it came from.</summary>
        public const string ManifestName = "astrobin-sync.json";

        /// <summary>The changes of the run going on (or of a killed one), one JSON line each, folded into the manifest when it ends.</summary>
        public const string JournalName = "astrobin-sync.journal";

        /// <summary>Held open, exclusively, by the run using the folder (see <see cref="SyncLock"/>).</summary>
        public const string LockName = ".astrobin-sync.lock";

        /// <summary>Who holds the lock (process id, host, start), for the message a second run shows.</summary>
        public const string LockOwnerName = ".astrobin-sync.lock-owner";

        /// <summary>Where -Prune moves the images gone from the set: <c>.attic/&lt;yyyy-MM-dd&gt;/&lt;image folder&gt;</c>.</summary>
        public const string AtticFolder = ".attic";

        /// <summary>An image's record, as the API returned it.</summary>
        public const string ImageRecordName = "image.json";

        /// <summary>A revision's record, as the API returned it.</summary>
        public const string RevisionRecordName = "revision.json";

        public const string RevisionsFolder = "revisions";

        /// <summary>Titles are cut to this many characters in folder names (paths stay short on Windows).</summary>
        public const int MaxTitleLength = 60;

        private const string TitleSeparator = " - ";

        private static readonly Regex FolderName = new Regex(@"^(?<id>[a-z0-9]{1,32})(?: - [^/\\]+)?$", RegexOptions.CultureInvariant);

        private static readonly Regex SafeLabel = new Regex("^[A-Za-z0-9]{1,8}$", RegexOptions.CultureInvariant);

        // Refused on Windows, or path separators anywhere.
        private static readonly char[] Unsafe = { '<', '>', ':', '"', '/', '\\', '|', '?', '*' };

        /// <summary>"abc123 - M 31 in LRGB": the id first, so that folders sort and are found by id; the title for people.</summary>
        /// <exception cref="UnsafePathException">The id is not one (a server sent '..', a path, an empty string).</exception>
        public static string ImageFolderName(string imageId, string? title)
        {
            CheckImageId(imageId);
            var clean = new StringBuilder();
            foreach (var c in title ?? string.Empty)
            {
                // Bidi overrides and other format characters go; controls, separators and unsafe characters become spaces.
                if (char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.Format) continue;
                var keep = !Invisible(c) && Array.IndexOf(Unsafe, c) < 0 && (c == ' ' || !char.IsWhiteSpace(c));
                var character = keep ? c : ' ';
                if (character == ' ' && (clean.Length == 0 || clean[clean.Length - 1] == ' ')) continue;
                clean.Append(character);
            }
            var text = clean.ToString();
            if (text.Length > MaxTitleLength)
            {
                // Never split a surrogate pair.
                var cut = char.IsHighSurrogate(text[MaxTitleLength - 1]) ? MaxTitleLength - 1 : MaxTitleLength;
                text = text.Substring(0, cut);
            }
            // Windows drops trailing dots and spaces from names.
            text = text.Trim().TrimEnd('.', ' ');
            return text.Length == 0 ? imageId : imageId + TitleSeparator + text;
        }

        /// <summary>Refuses an id that cannot name an image's folder and files, before any request or write for it.</summary>
        /// <exception cref="UnsafePathException">The id is not one (a server sent '..', a path, an empty string).</exception>
        public static void CheckImageId(string? imageId)
        {
            if (ImageId.IsValid(imageId)) return;
            throw new UnsafePathException(UnsafePathKind.ServerName,
                "Refused the image id '" + Printable(imageId) + "' the server sent: an image's folder and files are named by its id, lowercase letters and digits only. Nothing was requested or written for it.",
                imageId ?? string.Empty);
        }

        // Controls, bidi overrides and other format characters, line and paragraph separators: a name that reads
        // one way and is another, or breaks a listing in two.
        private static bool Invisible(char c)
        {
            var category = char.GetUnicodeCategory(c);
            return category == System.Globalization.UnicodeCategory.Control || category == System.Globalization.UnicodeCategory.Format
                || category == System.Globalization.UnicodeCategory.LineSeparator || category == System.Globalization.UnicodeCategory.ParagraphSeparator;
        }

        // A refused value as a message may show it: invisible characters as their code points, and not too long.
        private static string Printable(string? value)
        {
            var text = new StringBuilder();
            foreach (var c in (value ?? string.Empty).Length > 80 ? value!.Substring(0, 80) + "..." : value ?? string.Empty)
            {
                if (Invisible(c)) text.Append("U+").Append(((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture));
                else text.Append(c);
            }
            return text.ToString();
        }

        /// <summary>A revision's folder below its image's: its label ("B"), or its number when the label is not a plain name.</summary>
        public static string RevisionFolderName(string? label, int number) =>
            label != null && SafeLabel.IsMatch(label) ? label : number.ToString(System.Globalization.CultureInfo.InvariantCulture);

        /// <summary>The folders of <paramref name="root"/> that belong to an image: named by its id, with or without a title.</summary>
        public static IEnumerable<string> FoldersOf(string root, string imageId) =>
            Directory.Exists(root)
                ? Directory.EnumerateDirectories(root).Where(path =>
                {
                    var name = Path.GetFileName(path);
                    return name == imageId || name.StartsWith(imageId + TitleSeparator, StringComparison.Ordinal);
                }).ToList()
                : Enumerable.Empty<string>();

        /// <summary>
        /// Top-level folders that look like an image's (an id, maybe a title, and an image record inside) but are
        /// none of <paramref name="known"/>: what a killed run left. Other folders of the user's are never listed.
        /// </summary>
        public static IEnumerable<string> OrphanFolders(string root, IEnumerable<string> known)
        {
            if (!Directory.Exists(root)) return Enumerable.Empty<string>();
            var names = new HashSet<string>(known, StringComparer.Ordinal);
            return Directory.EnumerateDirectories(root)
                .Where(path => !names.Contains(Path.GetFileName(path))
                    && !FileLinks.IsLink(path)
                    && ImageIdOfFolder(Path.GetFileName(path)) != null
                    && File.Exists(Path.Combine(path, ImageRecordName)))
                .OrderBy(path => path, StringComparer.Ordinal)
                .ToList();
        }

        /// <summary>The image id an image folder's name starts with; null for names that are not an image folder's.</summary>
        public static string? ImageIdOfFolder(string name)
        {
            var match = FolderName.Match(name);
            return match.Success ? match.Groups["id"].Value : null;
        }

                /// <summary>A path below <paramref name="root"/> as the manifest keeps it: relative, with '/' separators.</summary>
        public static string Relative(string root, string fullPath)
        {
            var prefix = root.EndsWith(Path.DirectorySeparatorChar.ToString(), StringComparison.Ordinal) ? root : root + Path.DirectorySeparatorChar;
            if (!fullPath.StartsWith(prefix, StringComparison.Ordinal)) throw new UnsafePathException(UnsafePathKind.ServerName, "'" + fullPath + "' is not below '" + root + "'; nothing was recorded for it.", fullPath);
            return fullPath.Substring(prefix.Length).Replace(Path.DirectorySeparatorChar, '/');
        }

        /// <summary>The full path of a manifest path, refused when it would leave <paramref name="root"/> (a hand-edited manifest).</summary>
        /// <exception cref="UnsafePathException">It leaves the folder.</exception>
        public static string Full(string root, string relative) =>
            ContainedPath.Below(root, relative.Replace('/', Path.DirectorySeparatorChar), UnsafePathKind.ManifestPath);

        /// <summary>Whether a manifest path stays below <paramref name="root"/>.</summary>
        public static bool IsContained(string root, string relative) => ContainedPath.IsBelow(root, relative.Replace('/', Path.DirectorySeparatorChar));
    }
}
