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
        public string? RequestUri { get; private set; }

        public override string Message => _masked ?? base.Message;

        private string? _masked;

        /// <summary>
        /// Masks the message and URL once more before they are shown: a last line of defence for text a
        /// code path took from the server without the client's redactor (a file server's headers).
        /// </summary>
        internal void MaskWith(SecretRedactor redactor)
        {
            _masked = redactor.Redact(base.Message);
            RequestUri = RequestUri == null ? null : redactor.Redact(RequestUri);
        }
    }
}
