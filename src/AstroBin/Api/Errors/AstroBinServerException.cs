using System.Net;

namespace AstroBin.Api.Errors
{
    /// <summary>HTTP 5xx: the server (or a proxy in front of it) failed.</summary>
    public sealed class AstroBinServerException : AstroBinHttpException
    {
        public AstroBinServerException(HttpStatusCode statusCode, string? requestUri)
            : base(statusCode, "AstroBin failed to answer (HTTP " + (int)statusCode + "). Try again later.", requestUri)
        {
        }
    }
}
