using System;
using System.Net;

namespace AstroBin.Api
{
    /// <summary>
    /// Which base URIs the client accepts: absolute https, or http only on the loopback address
    /// (the emulator), so the key and secret never cross a network in clear text.
    /// </summary>
    public static class BaseUriRules
    {
        public static bool TryNormalise(string? text, out Uri? uri, out string problem)
        {
            uri = null;
            if (string.IsNullOrWhiteSpace(text) || !Uri.TryCreate(text!.Trim(), UriKind.Absolute, out var parsed))
            {
                problem = "'" + text + "' is not an absolute URI. Give one such as https://www.astrobin.com/api/v1/.";
                return false;
            }
            return TryNormalise(parsed, out uri, out problem);
        }

        public static bool TryNormalise(Uri candidate, out Uri? uri, out string problem)
        {
            uri = null;
            if (!candidate.IsAbsoluteUri)
            {
                problem = "'" + candidate + "' is not an absolute URI. Give one such as https://www.astrobin.com/api/v1/.";
                return false;
            }
            if (!IsSecureOrLoopback(candidate))
            {
                problem = candidate.Scheme == Uri.UriSchemeHttp
                    ? "'" + candidate.GetLeftPart(UriPartial.Authority) + "' uses http on a non-loopback host, which would send the API key and secret in clear text. Use https (http is accepted only for 127.0.0.1, ::1 or localhost)."
                    : "'" + candidate.Scheme + "' is not a supported scheme. Use an https URI such as https://www.astrobin.com/api/v1/.";
                return false;
            }
            if (!string.IsNullOrEmpty(candidate.Query) || !string.IsNullOrEmpty(candidate.Fragment) || !string.IsNullOrEmpty(candidate.UserInfo))
            {
                problem = "'" + candidate.GetLeftPart(UriPartial.Path) + "…' carries a query, fragment or user name. Give only scheme, host, port and path.";
                return false;
            }
            var builder = new UriBuilder(candidate);
            if (!builder.Path.EndsWith("/", StringComparison.Ordinal)) builder.Path += "/";
            uri = builder.Uri;
            problem = string.Empty;
            return true;
        }

        public static Uri Normalise(Uri candidate)
        {
            if (candidate == null) throw new ArgumentNullException(nameof(candidate));
            if (!TryNormalise(candidate, out var uri, out var problem)) throw new ArgumentException(problem, nameof(candidate));
            return uri!;
        }

        /// <summary>https anywhere, or http on the loopback address: the rule for every address the module fetches, downloads included.</summary>
        public static bool IsSecureOrLoopback(Uri uri) =>
            uri.IsAbsoluteUri && (uri.Scheme == Uri.UriSchemeHttps || (uri.Scheme == Uri.UriSchemeHttp && IsLoopback(uri)));

        private static bool IsLoopback(Uri uri)
        {
            if (uri.IsLoopback) return true;
            return IPAddress.TryParse(uri.DnsSafeHost, out var address) && IPAddress.IsLoopback(address);
        }
    }
}
