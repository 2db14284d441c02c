using System;
using AstroBin.Session;

namespace AstroBin
{
    /// <summary>The module's settings in force and where the base URI comes from.</summary>
    public sealed class Configuration
    {
        public Configuration(Uri baseUri, SettingSource baseUriSource, ClientSettings settings)
        {
            BaseUri = baseUri;
            BaseUriSource = baseUriSource;
            TimeoutSec = settings.TimeoutSec;
            MaxRetry = settings.MaxRetry;
            RetryDelaySec = settings.RetryDelaySec;
            MaxRequestsPerSecond = settings.MaxRequestsPerSecond;
            MaxConcurrency = settings.MaxConcurrency;
            Proxy = settings.Proxy;
            UserAgent = settings.UserAgent ?? Api.AstroBinClientOptions.DefaultUserAgent;
        }

        public Uri BaseUri { get; }

        public SettingSource BaseUriSource { get; }

        /// <summary>Seconds one attempt may take, headers and body.</summary>
        public double TimeoutSec { get; }

        /// <summary>Retries of a request after a transient failure (429, 5xx, reset, timeout, garbled body).</summary>
        public int MaxRetry { get; }

        /// <summary>The first back-off delay in seconds; it doubles, with jitter, at each retry.</summary>
        public double RetryDelaySec { get; }

        /// <summary>The fair-use request rate shared by the whole session.</summary>
        public double MaxRequestsPerSecond { get; }

        /// <summary>Requests in flight at once, across the whole session.</summary>
        public int MaxConcurrency { get; }

        /// <summary>The proxy, or null for the system's proxy settings.</summary>
        public Uri? Proxy { get; }

        public string UserAgent { get; }
    }
}
