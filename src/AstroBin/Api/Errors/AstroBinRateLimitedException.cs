using System;
using System.Net;

namespace AstroBin.Api.Errors
{
    /// <summary>HTTP 429: too many requests.</summary>
    public sealed class AstroBinRateLimitedException : AstroBinHttpException
    {
        public AstroBinRateLimitedException(TimeSpan? retryAfter, string? requestUri)
            : base((HttpStatusCode)429,
                "AstroBin is limiting the request rate (HTTP 429)" + (retryAfter.HasValue ? "; it asked to wait " + Math.Ceiling(retryAfter.Value.TotalSeconds) + " s" : string.Empty) + ". Wait, then try again with fewer requests.",
                requestUri)
        {
            RetryAfter = retryAfter;
        }

        public TimeSpan? RetryAfter { get; }
    }
}
