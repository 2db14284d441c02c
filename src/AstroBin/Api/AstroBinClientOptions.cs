using System;

namespace AstroBin.Api
{
    /// <summary>What one client talks to and how. One HttpClient serves one set of options.</summary>
    public sealed class AstroBinClientOptions
    {
        public static readonly Uri DefaultBaseUri = new Uri("https://www.astrobin.com/api/v1/");

        public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(30);

        /// <summary>A list page holds at most 25 objects; a body far beyond that is not the API.</summary>
        public const long DefaultMaxResponseBytes = 16 * 1024 * 1024;

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

        public static readonly string DefaultUserAgent = "AstroBin-PowerShell/" + typeof(AstroBinClientOptions).Assembly.GetName().Version?.ToString(3);

        public string UserAgent { get; set; } = DefaultUserAgent;
    }
}
