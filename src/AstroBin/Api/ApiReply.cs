namespace AstroBin.Api
{
    /// <summary>A successful answer: the body bytes, its media type and the redacted request URL.</summary>
    internal sealed class ApiReply
    {
        public ApiReply(byte[] body, string? mediaType, string requestUri)
        {
            Body = body;
            MediaType = mediaType;
            RequestUri = requestUri;
        }

        public byte[] Body { get; }

        public string? MediaType { get; }

        public string RequestUri { get; }
    }
}
