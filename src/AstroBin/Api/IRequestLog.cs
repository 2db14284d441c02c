namespace AstroBin.Api
{
    /// <summary>
    /// Where the client reports what it does. Messages are already redacted. Calls may come from
    /// any thread; the PowerShell side queues them for the pipeline thread.
    /// </summary>
    public interface IRequestLog
    {
        /// <summary>One line per request: method, URL, status, time (PowerShell -Verbose).</summary>
        void Request(string message);

        /// <summary>Sizes, paging state (PowerShell -Debug).</summary>
        void Detail(string message);

        /// <summary>A request is going out (API call or file hop, retries included; answers from the cache are not): for counts.</summary>
        void Sent();
    }
}
