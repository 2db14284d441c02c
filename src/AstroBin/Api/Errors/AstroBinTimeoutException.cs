using System;

namespace AstroBin.Api.Errors
{
    /// <summary>The server did not answer within the configured timeout.</summary>
    public sealed class AstroBinTimeoutException : AstroBinException
    {
        public AstroBinTimeoutException(TimeSpan timeout, string? requestUri)
            : base("AstroBin did not answer within " + timeout.TotalSeconds + " s. Try again later, or raise the timeout with Set-AstroBinConfiguration.", requestUri)
        {
        }
    }
}
