using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;

namespace AstroBin.Input
{
    /// <summary>
    /// Reads every address a user can copy from AstroBin: an image page with or without its revision label
    /// (<c>/yx76x9/</c>, <c>/yx76x9/B/</c>), the full-size view (<c>/full/yx76x9/0/</c>), a file address
    /// (<c>/yx76x9/B/rawthumb/hd/</c>), a short link (<c>astrob.in/yx76x9</c>), a user's pages (<c>/users/crgood2/</c>
    /// and everything below it) and API addresses or resource_uri values (<c>/api/v1/imagerevision/7/</c>, with or
    /// without the trailing slash, on any host, since the API's base address is configurable).
    /// </summary>
    public static class SiteAddress
    {
        private const string ApiRoot = "api/v1/";

        private static readonly Regex ImageKey = new Regex("^[a-z0-9]{1,32}$", RegexOptions.CultureInvariant);

        private static readonly Regex RevisionLabel = new Regex("^([A-Z]{1,2}|0)$", RegexOptions.CultureInvariant);

        private static readonly Regex UserName = new Regex(@"^[\w.@+-]+$", RegexOptions.CultureInvariant);

        // First segments of site pages that are not images, though they read as a hash would.
        private static readonly HashSet<string> Sections = new HashSet<string>(StringComparer.Ordinal)
        {
            "search", "iotd", "explore", "forum", "forums", "users", "full", "api", "collections", "notifications", "subscriptions",
            "help", "faq", "about", "accounts", "account", "login", "logout", "upload", "uploader", "groups", "group", "equipment",
            "gear", "messages", "contact", "statistics", "premium", "tos", "privacy", "toppicks", "page", "pages", "rawdata",
        };

        /// <summary>
        /// Whether <paramref name="text"/> is an address at all (an http(s) URL, or a path below /api/v1/). When it is,
        /// <paramref name="reference"/> is the record it names, or null with <paramref name="problem"/> saying what the
        /// address was understood to be and why it names no record. Bare hashes, names and numbers are no address.
        /// </summary>
        public static bool TryRead(string? text, out ResourceRef? reference, out string problem)
        {
            reference = null;
            problem = string.Empty;
            var trimmed = text?.Trim() ?? string.Empty;
            if (trimmed.StartsWith("/" + ApiRoot, StringComparison.OrdinalIgnoreCase) || trimmed.StartsWith(ApiRoot, StringComparison.OrdinalIgnoreCase))
            {
                reference = FromApiPath(trimmed, trimmed.TrimStart('/').Substring(ApiRoot.Length), out problem);
                return true;
            }
            if (!Uri.TryCreate(trimmed, UriKind.Absolute, out var address) || (address.Scheme != Uri.UriSchemeHttps && address.Scheme != Uri.UriSchemeHttp))
            {
                return false;
            }
            var segments = address.AbsolutePath.Split(new[] { '/' }, StringSplitOptions.RemoveEmptyEntries).Select(Uri.UnescapeDataString).ToArray();
            var apiAt = IndexOfApi(segments);
            if (apiAt >= 0)
            {
                reference = FromApiPath(trimmed, string.Join("/", segments.Skip(apiAt + 2)), out problem);
                return true;
            }
            var host = address.Host.ToLowerInvariant();
            if (host == "astrob.in" || host.EndsWith(".astrob.in", StringComparison.Ordinal))
            {
                reference = segments.Length >= 1 && IsImageKey(segments[0]) ? Image(segments[0], null) : null;
                if (reference == null) problem = "'" + trimmed + "' is a short link that names no image.";
                return true;
            }
            if (host != "astrobin.com" && !host.EndsWith(".astrobin.com", StringComparison.Ordinal))
            {
                problem = "'" + trimmed + "' is a web address outside AstroBin.";
                return true;
            }
            reference = FromPage(segments);
            if (reference == null)
            {
                problem = "'" + trimmed + "' is " + (segments.Length == 0 ? "AstroBin's home page" : "an AstroBin page ('/" + segments[0] + "/')")
                    + ", which names no image or user.";
            }
            return true;
        }

        private static ResourceRef? FromPage(string[] segments)
        {
            if (segments.Length == 0) return null;
            if (segments[0] == "users")
            {
                return segments.Length >= 2 && UserName.IsMatch(segments[1])
                    ? new ResourceRef(ResourceKind.User, segments[1], false, "a user page (user '" + segments[1] + "')")
                    : null;
            }
            if (segments[0] == "full")
            {
                return segments.Length >= 2 && IsImageKey(segments[1]) ? Image(segments[1], segments.Length >= 3 ? Label(segments[2]) : null) : null;
            }
            if (Sections.Contains(segments[0]) || !IsImageKey(segments[0])) return null;
            return Image(segments[0], segments.Length >= 2 ? Label(segments[1]) : null);
        }

        private static ResourceRef? FromApiPath(string text, string rest, out string problem)
        {
            problem = string.Empty;
            var parts = rest.Split(new[] { '?' }, 2)[0].Split(new[] { '/' }, StringSplitOptions.RemoveEmptyEntries);
            var kind = parts.Length >= 1 ? ResourceRef.KindOfApiResource(parts[0]) : null;
            if (kind == null)
            {
                problem = "'" + text + "' is an API address of " + (parts.Length == 0 ? "the API's root" : "the '" + parts[0] + "' resource") + ", which no cmdlet reads as a record.";
                return null;
            }
            if (parts.Length < 2 || parts[1] == "schema" || parts[1] == "set")
            {
                problem = "'" + text + "' is the API address of the " + parts[0] + " list, not of one record.";
                return null;
            }
            var key = parts[1];
            var byNumber = key.All(c => c >= '0' && c <= '9');
            if (kind == ResourceKind.Image ? !IsImageKey(key) : !byNumber)
            {
                problem = "'" + text + "' is not a " + parts[0] + " address: '" + key + "' is no " + parts[0] + " " + (kind == ResourceKind.Image ? "hash or number" : "number") + ".";
                return null;
            }
            var described = kind == ResourceKind.Image
                ? "the API address of image '" + key + "'"
                : "the API address of " + ResourceRef.Noun(kind.Value) + " (" + parts[0] + " " + key + ")";
            return new ResourceRef(kind.Value, key, byNumber, described);
        }

        private static ResourceRef Image(string key, string? label) =>
            new ResourceRef(ResourceKind.Image, key, key.All(c => c >= '0' && c <= '9'),
                label == null ? "the page of image '" + key + "'" : "the page of image '" + key + "' revision '" + label + "'", label);

        private static string? Label(string segment) => RevisionLabel.IsMatch(segment) ? segment : null;

        private static bool IsImageKey(string segment) => ImageKey.IsMatch(segment);

        private static int IndexOfApi(string[] segments)
        {
            for (var i = 0; i + 1 < segments.Length; i++)
            {
                if (segments[i] == "api" && segments[i + 1] == "v1") return i;
            }
            return -1;
        }
    }
}
