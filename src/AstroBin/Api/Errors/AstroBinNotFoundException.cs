using System.Net;

namespace AstroBin.Api.Errors
{
    /// <summary>HTTP 404: no such object (AstroBin answers with an empty body).</summary>
    public sealed class AstroBinNotFoundException : AstroBinHttpException
    {
        public AstroBinNotFoundException(string message, string? requestUri)
            : base(HttpStatusCode.NotFound, message, requestUri)
        {
        }
    }
}
