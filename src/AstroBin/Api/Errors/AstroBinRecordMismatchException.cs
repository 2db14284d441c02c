namespace AstroBin.Api.Errors
{
    /// <summary>
    /// The server answered a request for one image with the record of another (a proxy's cache, a bug, a hostile
    /// server): it is never written as the image asked for. Not retried.
    /// </summary>
    public sealed class AstroBinRecordMismatchException : AstroBinException
    {
        public AstroBinRecordMismatchException(string askedFor, string? received, string? requestUri)
            : base("AstroBin answered the request for image '" + askedFor + "' with the record of image '" + Shown(received)
                + "'; it was not saved, and nothing of the image was written. Sync again later; if it persists, check the base URI (Get-AstroBinConfiguration) or a proxy in between.",
                requestUri)
        {
            AskedFor = askedFor;
            Received = received;
        }

        public string AskedFor { get; }

        /// <summary>The id (hash or number) the record carried.</summary>
        public string? Received { get; }

        // A hostile id may be anything: the message shows at most its start.
        private static string Shown(string? id) => id == null ? string.Empty : id.Length > 64 ? id.Substring(0, 64) + "..." : id;
    }
}
