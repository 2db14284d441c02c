using System;
using AstroBin.State;

namespace AstroBin
{
    /// <summary>The module's settings in force and where the base URI comes from.</summary>
    public sealed class Configuration
    {
        public Configuration(BaseUriLookup baseUri, ClientSettings settings)
        {
            BaseUri = baseUri.Uri;
            BaseUriSource = baseUri.Source;
            BaseUriProblem = baseUri.Problem;
            TimeoutSec = settings.TimeoutSec;
            MaxRetry = settings.MaxRetry;
            RetryDelaySec = settings.RetryDelaySec;
            MaxRequestsPerSecond = settings.MaxRequestsPerSecond;
            MaxConcurrency = settings.MaxConcurrency;
            Proxy = settings.Proxy;
            UserAgent = settings.UserAgent ?? Api.AstroBinClientOptions.DefaultUserAgent;
        }

        /// <summary>Null when the one set (ASTROBIN_BASE_URI) is unusable: then <see cref="BaseUriProblem"/> says why.</summary>
        public Uri? BaseUri { get; }

        /// <summary>Runspace, Process, Environment or Default.</summary>
        public SettingSource BaseUriSource { get; }

        public string? BaseUriProblem { get; }

        /// <summary>Seconds one attempt may take, headers and body.</summary>
        public double TimeoutSec { get; }

        /// <summary>Retries of a request after a transient failure (429, 5xx, reset, timeout, garbled body).</summary>
        public int MaxRetry { get; }

        /// <summary>The first back-off delay in seconds; it doubles, with jitter, at each retry.</summary>
        public double RetryDelaySec { get; }

        /// <summary>The fair-use request rate shared by the whole process.</summary>
        public double MaxRequestsPerSecond { get; }

        /// <summary>Requests in flight at once, across the whole process.</summary>
        public int MaxConcurrency { get; }

        /// <summary>The proxy, or null for the system's proxy settings.</summary>
        public Uri? Proxy { get; }

        public string UserAgent { get; }
    }
}
