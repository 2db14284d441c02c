using System.Net;

namespace AstroBin.Api.Errors
{
    /// <summary>HTTP 400: the server refused a filter, an ordering, a limit or an offset, and said why.</summary>
    public sealed class AstroBinBadRequestException : AstroBinHttpException
    {
        public AstroBinBadRequestException(string serverMessage, string? requestUri)
            : base(HttpStatusCode.BadRequest, "AstroBin refused the request: " + serverMessage, requestUri)
        {
            ServerMessage = serverMessage;
        }

        /// <summary>The server's own text from <c>{"error": ...}</c>, HTML entities decoded.</summary>
        public string ServerMessage { get; }
    }
}
