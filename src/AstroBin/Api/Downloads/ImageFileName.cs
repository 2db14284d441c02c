using System;
using System.IO;
using System.Text.RegularExpressions;

namespace AstroBin.Api.Downloads
{
    /// <summary>
    /// Names a downloaded file <c>&lt;hash or id&gt;_&lt;size&gt;.&lt;extension of its <see cref="ImageFileType"/>&gt;</c>
    /// and keeps it inside the target folder whatever the server sends.
    /// </summary>
    public static class ImageFileName
    {
        private static readonly Regex SafePart = new Regex("^[a-z0-9]{1,32}$", RegexOptions.CultureInvariant);

        // A revision's files are named by its image's id and its label ('yx76x9-b'); still no dot or separator.
        private static readonly Regex SafeName = new Regex("^[a-z0-9]{1,32}(-[a-z0-9]{1,8})?$", RegexOptions.CultureInvariant);

        /// <summary>
        /// The file of <paramref name="imageId"/> and <paramref name="size"/> already in <paramref name="folder"/>, with
        /// any extension a content type can give (<see cref="ExtensionOf"/>); null when there is none.
        /// </summary>
        public static string? Existing(string folder, string imageId, ImageSize size)
        {
            var sample = PathFor(folder, imageId, size, "jpg");
            var directory = Path.GetDirectoryName(sample)!;
            if (!Directory.Exists(directory)) return null;
            var stem = Path.GetFileNameWithoutExtension(sample);
            foreach (var path in Directory.EnumerateFiles(directory, stem + ".*"))
            {
                var name = Path.GetFileName(path);
                if (name.Length > stem.Length + 1 && SafePart.IsMatch(name.Substring(stem.Length + 1))) return path;
            }
            return null;
        }

        /// <summary>Whether <paramref name="fileName"/> is a name this module gives a file of <paramref name="imageId"/> (any size, any image extension).</summary>
        public static bool IsFileOf(string fileName, string imageId)
        {
            foreach (ImageSize size in Enum.GetValues(typeof(ImageSize)))
            {
                var stem = imageId + "_" + size.ToString().ToLowerInvariant() + ".";
                if (fileName.StartsWith(stem, StringComparison.Ordinal) && SafePart.IsMatch(fileName.Substring(stem.Length))) return true;
            }
            return false;
        }

        /// <summary>
        /// The full path of the file for <paramref name="imageId"/> in <paramref name="folder"/>.
        /// Throws <see cref="ArgumentException"/> when the id or extension could name a file elsewhere.
        /// </summary>
        public static string PathFor(string folder, string imageId, ImageSize size, string extension)
        {
            if (!SafeName.IsMatch(imageId ?? string.Empty)) throw new ArgumentException("'" + imageId + "' is not an image id that can name a file.", nameof(imageId));
            if (!SafePart.IsMatch(extension ?? string.Empty)) throw new ArgumentException("'" + extension + "' is not a file extension.", nameof(extension));
            var root = Path.GetFullPath(folder);
            var path = Path.GetFullPath(Path.Combine(root, imageId + "_" + size.ToString().ToLowerInvariant() + "." + extension));
            var prefix = root.EndsWith(Path.DirectorySeparatorChar.ToString(), StringComparison.Ordinal) ? root : root + Path.DirectorySeparatorChar;
            // Belt and braces: the checks above already rule out separators and dots.
            if (!path.StartsWith(prefix, StringComparison.Ordinal)) throw new ArgumentException("The file name would leave the folder '" + root + "'.", nameof(imageId));
            return path;
        }
    }
}
