using AstroBin.Api.Http;

namespace AstroBin.Session
{
    /// <summary>
    /// The one <see cref="RequestThrottle"/> of the process. Static, so every cmdlet in every
    /// runspace of this PowerShell process counts against the same fair-use limit.
    /// </summary>
    internal static class SessionThrottle
    {
        private static readonly object Gate = new object();
        private static RequestThrottle? _current;

        public static RequestThrottle Get(double requestsPerSecond, int maxConcurrency)
        {
            lock (Gate)
            {
                // A changed limit takes a new limiter; requests already queued on the old one finish under it.
                if (_current == null || _current.RequestsPerSecond != requestsPerSecond || _current.MaxConcurrency != maxConcurrency)
                {
                    _current = new RequestThrottle(requestsPerSecond, maxConcurrency);
                }
                return _current;
            }
        }
    }
}
