namespace AstroBin.Api.Errors
{
    /// <summary>
    /// One list record is valid JSON that does not fit the module's model. Not retried (the server would send
    /// the same record again) and never the whole page's failure: the other records are returned.
    /// </summary>
    public sealed class AstroBinRecordUnreadableException : AstroBinException
    {
        public AstroBinRecordUnreadableException(string message, string? requestUri)
            : base(message, requestUri)
        {
        }
    }
}
