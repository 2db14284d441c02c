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

        /// <summary>The answer is not an image file as sent (an HTML page, say, or a compressed body nobody asked for).</summary>
        NotAnImage,

        /// <summary>The body ended before the announced length, or broke off.</summary>
        Incomplete,

        /// <summary>More bytes than announced, or than <see cref="Downloads.DownloadOptions.MaxFileBytes"/> when none is.</summary>
        TooLarge,
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
