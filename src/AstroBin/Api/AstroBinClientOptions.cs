using System;
using AstroBin.Api.Http;

namespace AstroBin.Api
{
    /// <summary>What one client talks to and how. One HttpClient serves one set of options.</summary>
    public sealed class AstroBinClientOptions
    {
        public static readonly Uri DefaultBaseUri = new Uri("https://www.astrobin.com/api/v1/");

        public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(30);

        /// <summary>A list page holds at most 25 objects; a body far beyond that is not the API.</summary>
        public const long DefaultMaxResponseBytes = 16 * 1024 * 1024;

        /// <summary>Four retries with a 1 s base delay wait about 1 + 2 + 4 + 8 s, jittered.</summary>
        public const int DefaultMaxRetry = 4;

        public static readonly TimeSpan DefaultRetryDelay = TimeSpan.FromSeconds(1);

        /// <summary>No request keeps retrying past this, whatever MaxRetry allows.</summary>
        public static readonly TimeSpan DefaultRetryBudget = TimeSpan.FromMinutes(2);

        public AstroBinClientOptions(Uri baseUri, ApiCredentials credentials)
        {
            BaseUri = BaseUriRules.Normalise(baseUri);
            Credentials = credentials ?? throw new ArgumentNullException(nameof(credentials));
        }

        public Uri BaseUri { get; }

        public ApiCredentials Credentials { get; }

        public TimeSpan Timeout { get; set; } = DefaultTimeout;

        public long MaxResponseBytes { get; set; } = DefaultMaxResponseBytes;

        /// <summary>How many requests one command may have in flight (pages of a list, piped ids).</summary>
        public int MaxConcurrency { get; set; } = DefaultMaxConcurrency;

        public const int DefaultMaxConcurrency = 4;

        /// <summary>Where detail lookups are remembered; null turns caching off.</summary>
        public ResponseCache? Cache { get; set; }

        /// <summary>Retries of one request after a transient failure; 0 turns retrying off.</summary>
        public int MaxRetry { get; set; } = DefaultMaxRetry;

        /// <summary>The first back-off delay; each next one doubles (with jitter) unless the server sends Retry-After.</summary>
        public TimeSpan RetryDelay { get; set; } = DefaultRetryDelay;

        /// <summary>The total time one request may spend, attempts and waits together, before it is no longer retried.</summary>
        public TimeSpan RetryBudget { get; set; } = DefaultRetryBudget;

        /// <summary>The fair-use limiter to share; null: no client-side limit (a client on its own, as in tests).</summary>
        public RequestThrottle? Throttle { get; set; }

        public static readonly string DefaultUserAgent = "AstroBin-PowerShell/" + typeof(AstroBinClientOptions).Assembly.GetName().Version?.ToString(3);

        public string UserAgent { get; set; } = DefaultUserAgent;
    }
}
