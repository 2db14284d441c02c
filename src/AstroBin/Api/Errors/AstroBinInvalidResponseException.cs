using System;

namespace AstroBin.Api.Errors
{
    /// <summary>The server answered 200 with something that is not the JSON the API documents.</summary>
    public sealed class AstroBinInvalidResponseException : AstroBinException
    {
        public AstroBinInvalidResponseException(string detail, string? requestUri, Exception? innerException = null, bool mayBeTransient = true)
            : base("AstroBin sent a response the module cannot read: " + detail + ". Check that the base URI points at the AstroBin API v1 (Get-AstroBinConfiguration).", requestUri, innerException)
        {
            MayBeTransient = mayBeTransient;
        }

        /// <summary>
        /// False for a body over the size limit, which a retry would only download again; true for a
        /// cut or garbled body or a proxy's error page, which the next attempt may not repeat.
        /// </summary>
        public bool MayBeTransient { get; }
    }
}
