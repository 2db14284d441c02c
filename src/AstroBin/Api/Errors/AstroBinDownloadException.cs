namespace AstroBin.Api.Errors
{
    /// <summary>Why a file download failed after the server answered.</summary>
    [Newtonsoft.Json.JsonConverter(typeof(Newtonsoft.Json.Converters.StringEnumConverter))]
    public enum DownloadFailure
    {
        /// <summary>A redirect (or the address itself) leaves https for plain http off the loopback.</summary>
        InsecureAddress,

        /// <summary>More redirects than a file address needs: a loop.</summary>
        TooManyRedirects,

        /// <summary>The answer is not an image (an HTML page, say).</summary>
        NotAnImage,

        /// <summary>The body ended before the announced length.</summary>
        Incomplete,
    }

    /// <summary>A file download that failed; no file was left behind.</summary>
    public sealed class AstroBinDownloadException : AstroBinException
    {
        public AstroBinDownloadException(DownloadFailure failure, string message, string? requestUri)
            : base(message, requestUri)
        {
            Failure = failure;
        }

        public DownloadFailure Failure { get; }
    }
}
