namespace AstroBin.Api.Errors
{
    /// <summary>
    /// A list page that contradicts the request it answers: another offset than the one asked for, more objects
    /// than the limit, or the same records as the page before. Paging stops here rather than repeat records or
    /// loop forever; not retried, since the server answers the same way again.
    /// </summary>
    public sealed class AstroBinPagingBrokenException : AstroBinException
    {
        public AstroBinPagingBrokenException(string detail, string? requestUri)
            : base("AstroBin's paging is broken: " + detail + ". The list was read up to this page and no further, so that no record repeats; "
                + "check that the base URI points at the AstroBin API v1 (Get-AstroBinConfiguration) or read the list again later.", requestUri)
        {
        }
    }
}
