using System;
using AstroBin.Api.Http;

namespace AstroBin.Api.Downloads
{
    /// <summary>How files are fetched: the same limiter, retries and timeout as API calls, and a cap on what is written.</summary>
    public sealed class DownloadOptions
    {
        /// <summary>
        /// What one file may weigh when the server announces no length: AstroBin's largest rendition ("real", the
        /// full-size image) of the largest upload it accepts stays well below this, so only a lying server meets it.
        /// </summary>
        public const long DefaultMaxFileBytes = 512L * 1024 * 1024;

        /// <summary>How long the headers, or any one read of the body, may take.</summary>
        public TimeSpan StallTimeout { get; set; } = AstroBinClientOptions.DefaultTimeout;

        /// <summary>The process's fair-use limiter, shared with API calls; null: no limit (a downloader on its own, as in tests).</summary>
        public RequestThrottle? Throttle { get; set; }

        public int MaxRetry { get; set; } = AstroBinClientOptions.DefaultMaxRetry;

        public TimeSpan RetryDelay { get; set; } = AstroBinClientOptions.DefaultRetryDelay;

        public TimeSpan RetryBudget { get; set; } = AstroBinClientOptions.DefaultRetryBudget;

        /// <summary>The most written for one file; a file that announces more is refused before any byte is written.</summary>
        public long MaxFileBytes { get; set; } = DefaultMaxFileBytes;
    }
}
