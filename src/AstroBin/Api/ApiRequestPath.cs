using System;
using System.Linq;

namespace AstroBin.Api
{
    /// <summary>
    /// Turns what a user calls an API path (<c>image/abc123</c>, <c>/api/v1/image/abc123</c>, a full URL, the
    /// IOTD's slash-less <c>image</c> value) into the path below the base URI, with the trailing slash the
    /// server insists on (without it, it answers 301).
    /// </summary>
    public static class ApiRequestPath
    {
        private const string Prefix = "/api/v1/";

        /// <exception cref="ArgumentException">The path carries a query string or a '..' segment.</exception>
        public static string Normalize(string? path)
        {
            var text = (path ?? string.Empty).Trim();
            if (text.IndexOf('?') >= 0 || text.IndexOf('#') >= 0)
            {
                throw new ArgumentException("The path '" + text + "' has a query string. Give the parameters in -Query instead, for example -Query @{ limit = 5 }.", nameof(path));
            }
            var prefix = text.IndexOf(Prefix, StringComparison.OrdinalIgnoreCase);
            if (prefix >= 0) text = text.Substring(prefix + Prefix.Length);
            else if (text.StartsWith("api/v1/", StringComparison.OrdinalIgnoreCase)) text = text.Substring("api/v1/".Length);
            var segments = text.Split(new[] { '/' }, StringSplitOptions.RemoveEmptyEntries);
            if (segments.Any(segment => segment == ".." || segment == "."))
            {
                throw new ArgumentException("The path '" + path + "' has a '.' or '..' segment; give a path below /api/v1/, such as 'image/abc123'.", nameof(path));
            }
            // ';' separates the ids of set/1;2;3/ and must stay as it is.
            var escaped = segments.Select(segment => Uri.EscapeDataString(Uri.UnescapeDataString(segment)).Replace("%3B", ";"));
            return segments.Length == 0 ? string.Empty : string.Join("/", escaped) + "/";
        }
    }
}
