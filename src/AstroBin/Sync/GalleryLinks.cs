using System;
using System.Text;

namespace AstroBin.Sync
{
    /// <summary>
    /// The two kinds of link a gallery card has: a relative one to a file inside the synced folder, and one to
    /// the image's page on AstroBin. Both come from data a server chose, so neither is written as given.
    /// </summary>
    internal static class GalleryLinks
    {
        /// <summary>
        /// A path relative to the gallery's folder ('/' separators) as a relative URL: each segment percent-encoded
        /// as UTF-8 (so a space, '#', '?', ':' or 'é' in a name stays part of the name), or null when
        /// <paramref name="relativePath"/> is null or empty.
        /// </summary>
        /// <exception cref="ArgumentException">The path is absolute or leaves the folder ('..').</exception>
        public static string? LocalFile(string? relativePath, string imageId)
        {
            if (string.IsNullOrEmpty(relativePath)) return null;
            var path = relativePath!;
            if (path[0] == '/' || path.IndexOf('\\') >= 0 || (path.Length >= 2 && path[1] == ':' && IsAsciiLetter(path[0])))
                throw Refused(path, imageId, "is absolute");
            var url = new StringBuilder(path.Length * 2);
            foreach (var segment in path.Split('/'))
            {
                if (segment.Length == 0 || segment == "." || segment == "..")
                    throw Refused(path, imageId, "has an empty, '.' or '..' segment");
                if (url.Length > 0) url.Append('/');
                AppendPercentEncoded(url, segment);
            }
            return url.ToString();
        }

        /// <summary>The page URL when it is an absolute http(s) URL, else null (shown without a link).</summary>
        public static string? WebPage(string? pageUrl)
        {
            if (string.IsNullOrWhiteSpace(pageUrl)
                || !Uri.TryCreate(pageUrl!.Trim(), UriKind.Absolute, out var uri)
                || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
                return null;
            return uri.AbsoluteUri;
        }

        private static void AppendPercentEncoded(StringBuilder url, string segment)
        {
            foreach (var b in Encoding.UTF8.GetBytes(segment))
            {
                var c = (char)b;
                if (IsAsciiLetter(c) || (c >= '0' && c <= '9') || c == '-' || c == '.' || c == '_' || c == '~')
                    url.Append(c);
                else
                    url.Append('%').Append(b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        private static bool IsAsciiLetter(char c) => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');

        private static ArgumentException Refused(string path, string imageId, string reason) =>
            new ArgumentException(
                $"The gallery entry of image '{imageId}' names the local file '{path}', which {reason}: " +
                "gallery links must stay inside the synced folder, as a relative path with '/' separators.",
                "entries");
    }
}
