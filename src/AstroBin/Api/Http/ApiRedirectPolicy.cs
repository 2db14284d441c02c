using System;
using AstroBin.Api.Errors;

namespace AstroBin.Api.Http
{
    /// <summary>
    /// API requests carry the key pair in their query, and a redirect's Location usually repeats it: they follow a
    /// redirect only within the base URI (same scheme, host and port, below its path), a few times at most. The
    /// real server redirects only to add a missing trailing slash.
    /// </summary>
    public sealed class ApiRedirectPolicy : RedirectPolicy
    {
        public const int DefaultMaxRedirects = 3;

        private readonly Uri _baseUri;

        public ApiRedirectPolicy(Uri baseUri, int maxRedirects = DefaultMaxRedirects)
            : base(maxRedirects)
        {
            _baseUri = baseUri ?? throw new ArgumentNullException(nameof(baseUri));
        }

        internal override AstroBinException? Refuse(Uri target, int hop, string shownTarget, string shownFrom)
        {
            var what = hop == 0 ? "The request to '" + shownTarget + "'" : "AstroBin redirected '" + shownFrom + "' to '" + shownTarget + "', which";
            if (hop > MaxRedirects)
            {
                return new AstroBinRedirectRefusedException(
                    "AstroBin redirected more than " + MaxRedirects + " times, last to '" + shownTarget + "': the address loops. Nothing was sent there. "
                    + "Check the base URI (Get-AstroBinConfiguration) and the path.",
                    shownTarget, shownFrom);
            }
            if (!IsWithinBaseUri(target))
            {
                return new AstroBinRedirectRefusedException(
                    what + " leaves the base URI '" + _baseUri.AbsoluteUri + "' (another scheme, host, port or path). The key pair is sent only there, "
                    + "so nothing was sent. If the API has moved, point the module at its new address with Set-AstroBinConfiguration -BaseUri.",
                    shownTarget, shownFrom);
            }
            return null;
        }

        private bool IsWithinBaseUri(Uri target) =>
            target.IsAbsoluteUri
            && string.Equals(target.Scheme, _baseUri.Scheme, StringComparison.OrdinalIgnoreCase)
            && string.Equals(target.IdnHost, _baseUri.IdnHost, StringComparison.OrdinalIgnoreCase)
            && target.Port == _baseUri.Port
            && string.IsNullOrEmpty(target.UserInfo)
            && BaseUriRules.IsSecureOrLoopback(target)
            // Uri has removed dot segments and decoded nothing: the path compared is the one sent.
            && target.AbsolutePath.StartsWith(_baseUri.AbsolutePath, StringComparison.Ordinal);
    }
}
