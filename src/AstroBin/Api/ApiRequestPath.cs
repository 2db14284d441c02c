using System;
using System.Collections.Generic;
using System.Linq;

namespace AstroBin.Api
{
    /// <summary>
    /// Turns what a user calls an API path (<c>image/abc123</c>, <c>/api/v1/image/abc123</c>, a full URL below the
    /// base URI, the IOTD's slash-less <c>image</c> value) into the path below the base URI, with the trailing slash
    /// the server insists on (without it, it answers 301). Whatever it returns stays below the base URI: each
    /// segment is decoded until stable before it is checked, because the URI the request is built into decodes
    /// <c>%2e</c> and then removes dot segments, which would climb out of the API.
    /// </summary>
    public static class ApiRequestPath
    {
        private const string Prefix = "/api/v1/";

        /// <summary>More encoding layers than this is no path anybody typed.</summary>
        private const int MaxDecodings = 3;

        /// <param name="baseUri">The base URI a full URL must be below; without it, full URLs are refused.</param>
        /// <exception cref="ArgumentException">The path would leave the base URI, or carries a query string.</exception>
        public static string Normalize(string? path, Uri? baseUri = null)
        {
            var text = (path ?? string.Empty).Trim();
            var relative = StripBase(text, baseUri);
            var segments = new List<string>();
            foreach (var raw in relative.Split(new[] { '/' }, StringSplitOptions.RemoveEmptyEntries))
            {
                var segment = Decode(raw, text);
                if (segment.IndexOf('?') >= 0 || segment.IndexOf('#') >= 0)
                {
                    throw new ArgumentException("The path '" + text + "' has a query string. Give the parameters in -Query instead, for example -Query @{ limit = 5 }.", nameof(path));
                }
                if (segment == ".." || segment == "." || segment.IndexOf('/') >= 0 || segment.IndexOf('\\') >= 0 || segment.Any(char.IsControl))
                {
                    throw Outside(text, "has a '.' or '..' segment, a backslash, an encoded slash or a control character");
                }
                segments.Add(segment);
            }
            // ';' separates the ids of set/1;2;3/ and must stay as it is.
            var escaped = segments.Select(segment => Uri.EscapeDataString(segment).Replace("%3B", ";"));
            return segments.Count == 0 ? string.Empty : string.Join("/", escaped) + "/";
        }

        /// <summary>The part of <paramref name="text"/> below the API root: a full URL's path after the base, or the text without its /api/v1/ prefix.</summary>
        private static string StripBase(string text, Uri? baseUri)
        {
            var scheme = text.IndexOf("://", StringComparison.Ordinal);
            if (scheme >= 0 || text.StartsWith("//", StringComparison.Ordinal) || text.StartsWith("\\\\", StringComparison.Ordinal))
            {
                // The address as typed, not as Uri would normalise it (dot segments removed, %2e decoded).
                var pathStart = scheme < 0 ? -1 : text.IndexOf('/', scheme + 3);
                var authority = pathStart < 0 ? null : text.Substring(0, pathStart);
                if (baseUri == null || authority == null
                    || !string.Equals(authority, baseUri.GetLeftPart(UriPartial.Authority), StringComparison.OrdinalIgnoreCase)
                    || !text.Substring(pathStart).StartsWith(baseUri.AbsolutePath, StringComparison.OrdinalIgnoreCase))
                {
                    throw Outside(text, "is a full URL that is not below the base URI" + (baseUri == null ? string.Empty : " '" + baseUri.AbsoluteUri + "'"));
                }
                return text.Substring(pathStart + baseUri.AbsolutePath.Length);
            }
            if (text.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase)) return text.Substring(Prefix.Length);
            if (text.StartsWith(Prefix.Substring(1), StringComparison.OrdinalIgnoreCase)) return text.Substring(Prefix.Length - 1);
            return text;
        }

        private static string Decode(string segment, string text)
        {
            for (var round = 0; round <= MaxDecodings; round++)
            {
                var decoded = Uri.UnescapeDataString(segment);
                if (decoded == segment) return decoded;
                segment = decoded;
            }
            throw Outside(text, "is percent-encoded more than " + MaxDecodings + " times over");
        }

        private static ArgumentException Outside(string text, string problem) =>
            new ArgumentException("The path '" + text + "' " + problem + ". Give a path below the base URI, such as 'image/abc123' or '/api/v1/toppick/'.", "path");
    }
}
