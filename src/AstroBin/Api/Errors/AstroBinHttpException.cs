using System.Net;

namespace AstroBin.Api.Errors
{
    /// <summary>The server answered with an HTTP status the client cannot use.</summary>
    public class AstroBinHttpException : AstroBinException
    {
        public AstroBinHttpException(HttpStatusCode statusCode, string message, string? requestUri)
            : base(message, requestUri)
        {
            StatusCode = statusCode;
        }

        public HttpStatusCode StatusCode { get; }
    }
}
