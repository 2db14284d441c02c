using System.Net;

namespace AstroBin.Api.Errors
{
    /// <summary>HTTP 401: the key pair is missing, wrong, or was revoked.</summary>
    public sealed class AstroBinUnauthorizedException : AstroBinHttpException
    {
        public AstroBinUnauthorizedException(string? requestUri)
            : base(HttpStatusCode.Unauthorized,
                "AstroBin rejected the API key and secret (HTTP 401): the pair is wrong, incomplete, or was revoked. Check them at https://www.astrobin.com/api/request-key/ and set them again with Set-AstroBinApiKey.",
                requestUri)
        {
        }
    }
}
