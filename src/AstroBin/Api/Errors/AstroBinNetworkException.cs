using System;

namespace AstroBin.Api.Errors
{
    /// <summary>No HTTP answer: DNS, connection, TLS or a reset.</summary>
    public sealed class AstroBinNetworkException : AstroBinException
    {
        public AstroBinNetworkException(string detail, string? requestUri, Exception? innerException)
            : base("Could not reach AstroBin: " + detail + ". Check the network, a proxy, or the base URI (Get-AstroBinConfiguration).", requestUri, innerException)
        {
        }

        /// <param name="message">The whole message, for a host that is not the API (a file host).</param>
        internal AstroBinNetworkException(string message, string? requestUri, Exception? innerException, bool custom)
            : base(message, requestUri, innerException)
        {
        }
    }
}
