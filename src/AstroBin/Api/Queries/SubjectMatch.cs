namespace AstroBin.Api.Queries
{
    /// <summary>Where a subject search is matched.</summary>
    [Newtonsoft.Json.JsonConverter(typeof(Newtonsoft.Json.Converters.StringEnumConverter))]
    public enum SubjectMatch
    {
        /// <summary>
        /// By AstroBin (<c>subjects=</c>): one request, but the server takes its first 100 plate solutions that
        /// list the subject BEFORE any other criterion, so with other criteria or past 100 images it misses some.
        /// </summary>
        Server,

        /// <summary>
        /// By the module: the search the other criteria bound is read in full and each image's own Subjects
        /// are compared. No cap; costs one request a page of the bounded search.
        /// </summary>
        Client,
    }
}
