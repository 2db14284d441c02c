using System;

namespace AstroBin.Api.Errors
{
    /// <summary>The server answered 200 with something that is not the JSON the API documents.</summary>
    public sealed class AstroBinInvalidResponseException : AstroBinException
    {
        public AstroBinInvalidResponseException(string detail, string? requestUri, Exception? innerException = null)
            : base("AstroBin sent a response the module cannot read: " + detail + ". Check that the base URI points at the AstroBin API v1 (Get-AstroBinConfiguration).", requestUri, innerException)
        {
        }
    }
}
