using System;
using System.Globalization;
using System.IO;

namespace AstroBin.Files
{
    /// <summary>
    /// The one check every path built from a server value (an image id, a title, a revision label, a file name)
    /// or read from a hand-editable file passes before anything is written or deleted there: it stays below its
    /// root, and no folder on the way below the root is a link.
    /// </summary>
    public static class ContainedPath
    {
        /// <summary>The longest name most file systems take (in UTF-16 units, a bound on the bytes of a UTF-8 name's characters).</summary>
        public const int MaxNameLength = 255;

        /// <summary>
        /// <paramref name="folder"/>/<paramref name="name"/>, where the name is one plain name: not empty, not . or
        /// .., no separator, drive, control or format character, no trailing dot or space, not too long.
        /// </summary>
        /// <param name="what">What the name is made from, for the message ("the image id 'x'").</param>
        public static string Child(string folder, string name, string what)
        {
            var problem = NameProblem(name);
            if (problem != null)
            {
                throw new UnsafePathException(UnsafePathKind.ServerName, "Refused " + what + ": " + problem + ". Nothing was written for it.", name);
            }
            return Below(folder, name, UnsafePathKind.ServerName);
        }

        /// <summary>The full path of <paramref name="relative"/> below <paramref name="root"/>; refused when it would leave it (or is the root itself).</summary>
        public static string Below(string root, string relative, UnsafePathKind kind)
        {
            var prefix = WithSeparator(Path.GetFullPath(root));
            string full;
            try
            {
                full = Path.GetFullPath(Path.Combine(prefix, relative));
            }
            catch (Exception ex) when (ex is ArgumentException || ex is NotSupportedException || ex is PathTooLongException)
            {
                throw new UnsafePathException(kind, "'" + relative + "' is no path below '" + root + "' (" + ex.Message + "). Nothing was written or deleted there.", relative);
            }
            if (!full.StartsWith(prefix, StringComparison.Ordinal) || full.Length == prefix.Length)
            {
                throw new UnsafePathException(kind, "'" + relative + "' leaves the folder '" + root + "'. Nothing was written or deleted there.", relative);
            }
            return full;
        }

        /// <summary>Whether <paramref name="relative"/> stays below <paramref name="root"/> (a pure string check).</summary>
        public static bool IsBelow(string root, string relative)
        {
            try
            {
                Below(root, relative, UnsafePathKind.ManifestPath);
                return true;
            }
            catch (UnsafePathException)
            {
                return false;
            }
        }

        /// <summary>
        /// Refuses <paramref name="path"/> (below <paramref name="root"/>) when it, or any folder between the root and
        /// it, is a link. Parts that do not exist yet are fine: they are made as plain folders.
        /// </summary>
        public static void RefuseLinks(string root, string path)
        {
            var prefix = WithSeparator(Path.GetFullPath(root));
            var full = Path.GetFullPath(path);
            if (!full.StartsWith(prefix, StringComparison.Ordinal)) throw new UnsafePathException(UnsafePathKind.ManifestPath, "'" + path + "' leaves the folder '" + root + "'.", path);
            var current = prefix.TrimEnd(Path.DirectorySeparatorChar);
            foreach (var part in full.Substring(prefix.Length).Split(new[] { Path.DirectorySeparatorChar }, StringSplitOptions.RemoveEmptyEntries))
            {
                current = Path.Combine(current, part);
                if (FileLinks.IsLink(current)) throw Linked(current);
            }
        }

        /// <summary>The failure for a link found where the module was to write or delete.</summary>
        public static UnsafePathException Linked(string link) =>
            new UnsafePathException(UnsafePathKind.Link,
                "'" + link + "' is a symbolic link (or junction): the module never writes or deletes through one, so nothing was written or deleted there or where it points. "
                + "Move the link out of the synced folder (or replace it with a real folder) and sync again.", link);

        private static string? NameProblem(string name)
        {
            if (string.IsNullOrEmpty(name)) return "it is empty";
            if (name == "." || name == "..") return "'" + name + "' names a folder itself";
            if (name.Length > MaxNameLength) return "it is longer than " + MaxNameLength + " characters";
            if (name.EndsWith(".", StringComparison.Ordinal) || name.EndsWith(" ", StringComparison.Ordinal)) return "it ends in a dot or a space";
            foreach (var c in name)
            {
                if (c == '/' || c == '\\' || c == ':' || Array.IndexOf(Path.GetInvalidFileNameChars(), c) >= 0) return "it holds a separator or a character no file name may hold";
                var category = char.GetUnicodeCategory(c);
                if (category == UnicodeCategory.Control || category == UnicodeCategory.Format || category == UnicodeCategory.LineSeparator
                    || category == UnicodeCategory.ParagraphSeparator)
                {
                    return "it holds the invisible or control character U+" + ((int)c).ToString("X4", CultureInfo.InvariantCulture);
                }
            }
            return null;
        }

        private static string WithSeparator(string path) =>
            path.EndsWith(Path.DirectorySeparatorChar.ToString(), StringComparison.Ordinal) ? path : path + Path.DirectorySeparatorChar;
    }
}
