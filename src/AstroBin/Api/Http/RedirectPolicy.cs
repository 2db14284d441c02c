using System;
using AstroBin.Api.Errors;

namespace AstroBin.Api.Http
{
    /// <summary>
    /// Which addresses one request may reach, the first and each redirect after it. No handler follows a redirect
    /// itself: <see cref="RequestSender"/> asks here before anything is sent to a hop, so a refused target
    /// receives nothing.
    /// </summary>
    public abstract class RedirectPolicy
    {
        protected RedirectPolicy(int maxRedirects)
        {
            MaxRedirects = maxRedirects;
        }

        /// <summary>How many redirects one request follows before it is refused as a loop.</summary>
        public int MaxRedirects { get; }

        /// <summary>The failure that stops a request to <paramref name="target"/>, or null to send it.</summary>
        /// <param name="hop">0 for the address asked for, 1 for the first redirect, and so on.</param>
        /// <param name="shownTarget">The target with the key pair masked, for messages.</param>
        /// <param name="shownFrom">The address that redirected (masked); the target itself for hop 0.</param>
        internal abstract AstroBinException? Refuse(Uri target, int hop, string shownTarget, string shownFrom);

        /// <summary>The failure when <paramref name="shownTarget"/> gave no HTTP answer (DNS, connection, TLS, reset).</summary>
        /// <param name="detail">What the network layer said (masked).</param>
        internal virtual AstroBinException Unreachable(string detail, int hop, string shownTarget, string shownFrom) =>
            new AstroBinNetworkException(detail, shownTarget, null);
    }
}
