namespace AstroBin.Api.Errors
{
    /// <summary>
    /// The API answered with a redirect the client will not follow: to another scheme, host or port, out of the
    /// base URI's path, or one hop too many. Nothing was sent to the redirect's target.
    /// </summary>
    public sealed class AstroBinRedirectRefusedException : AstroBinException
    {
        /// <param name="target">The redirect's target, redacted.</param>
        public AstroBinRedirectRefusedException(string message, string target, string? requestUri)
            : base(message, requestUri)
        {
            Target = target;
        }

        /// <summary>Where the server sent the client (redacted); never requested.</summary>
        public string Target { get; }
    }
}
