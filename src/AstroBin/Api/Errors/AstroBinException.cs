using System;

namespace AstroBin.Api.Errors
{
    /// <summary>
    /// Base of every failure the client reports. <see cref="RequestUri"/> is always redacted:
    /// messages and properties never carry the API key or secret.
    /// </summary>
    public abstract class AstroBinException : Exception
    {
        protected AstroBinException(string message, string? requestUri, Exception? innerException = null)
            : base(message, innerException)
        {
            RequestUri = requestUri;
        }

        /// <summary>The request URL with the credentials masked, or null when no request was made.</summary>
        public string? RequestUri { get; }
    }
}
