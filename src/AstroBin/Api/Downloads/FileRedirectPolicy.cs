using System;
using AstroBin.Api.Errors;
using AstroBin.Api.Http;

namespace AstroBin.Api.Downloads
{
    /// <summary>
    /// File addresses (url_*) redirect to the file itself, possibly on another host: any https address, or http on
    /// the loopback, a few hops at most. They carry no credentials.
    /// </summary>
    public sealed class FileRedirectPolicy : RedirectPolicy
    {
        public const int DefaultMaxRedirects = 5;

        public static readonly FileRedirectPolicy Default = new FileRedirectPolicy(DefaultMaxRedirects);

        public FileRedirectPolicy(int maxRedirects)
            : base(maxRedirects)
        {
        }

        internal override AstroBinException? Refuse(Uri target, int hop, string shownTarget, string shownFrom)
        {
            if (hop > MaxRedirects)
            {
                return new AstroBinDownloadException(DownloadFailure.TooManyRedirects, "More than " + MaxRedirects + " redirects: the address loops.", shownFrom);
            }
            if (!BaseUriRules.IsSecureOrLoopback(target))
            {
                return new AstroBinDownloadException(DownloadFailure.InsecureAddress,
                    "Refused to download from '" + target.GetLeftPart(UriPartial.Path) + "': only https addresses (or http on the loopback) are fetched.", shownTarget);
            }
            return null;
        }

        // A file host is not the API: its address came from an image record, so the base URI is not what to check.
        internal override AstroBinException Unreachable(string detail, int hop, string shownTarget, string shownFrom)
        {
            var target = new Uri(shownTarget);
            var from = new Uri(shownFrom);
            var how = hop == 0
                ? "Could not reach the file host at '" + shownTarget + "'"
                : "The file host redirected '" + shownFrom + "' to '" + shownTarget + "'"
                    + (from.Scheme != target.Scheme ? " (" + from.Scheme + " to " + target.Scheme + ")" : string.Empty)
                    + ", which could not be reached";
            return new AstroBinNetworkException(how + ": " + detail + ". The address is the image record's (url_*), not the module's: check the network or a proxy, "
                + "or whether that host serves " + target.Scheme + " at all; nothing was saved.", shownTarget, null, custom: true);
        }
    }
}
