using System;
using AstroBin.Api;
using AstroBin.Api.Downloads;
using AstroBin.Api.Http;

namespace AstroBin.State
{
    /// <summary>
    /// How clients send requests: timeout, retries, fair-use limits, proxy and User-Agent, as in force
    /// (the defaults under the process's <see cref="SettingsLayer"/> under the runspace's). Immutable.
    /// </summary>
    public sealed class ClientSettings
    {
        public static readonly ClientSettings Default = new ClientSettings(
            AstroBinClientOptions.DefaultTimeout.TotalSeconds,
            AstroBinClientOptions.DefaultMaxRetry,
            AstroBinClientOptions.DefaultRetryDelay.TotalSeconds,
            RequestThrottle.DefaultRequestsPerSecond,
            RequestThrottle.DefaultMaxConcurrency,
            null,
            null);

        public ClientSettings(double timeoutSec, int maxRetry, double retryDelaySec, double maxRequestsPerSecond, int maxConcurrency, Uri? proxy, string? userAgent)
        {
            TimeoutSec = timeoutSec;
            MaxRetry = maxRetry;
            RetryDelaySec = retryDelaySec;
            MaxRequestsPerSecond = maxRequestsPerSecond;
            MaxConcurrency = maxConcurrency;
            Proxy = proxy;
            UserAgent = userAgent;
        }

        public double TimeoutSec { get; }

        public int MaxRetry { get; }

        public double RetryDelaySec { get; }

        public double MaxRequestsPerSecond { get; }

        public int MaxConcurrency { get; }

        /// <summary>Null: the system's proxy settings.</summary>
        public Uri? Proxy { get; }

        /// <summary>Null: AstroBin-PowerShell/&lt;version&gt;.</summary>
        public string? UserAgent { get; }

        /// <summary>Client options for <paramref name="baseUri"/> with these settings and the process's one fair-use limiter (<see cref="ModuleState.Throttle"/>).</summary>
        public AstroBinClientOptions ToOptions(Uri baseUri, ApiCredentials credentials, RequestThrottle throttle)
        {
            var options = new AstroBinClientOptions(baseUri, credentials)
            {
                Timeout = TimeSpan.FromSeconds(TimeoutSec),
                MaxRetry = MaxRetry,
                RetryDelay = TimeSpan.FromSeconds(RetryDelaySec),
                MaxConcurrency = MaxConcurrency,
                Throttle = throttle,
            };
            if (UserAgent != null) options.UserAgent = UserAgent;
            return options;
        }

        /// <summary>Download options with these settings: the same timeout, retries and shared throttle as API calls.</summary>
        public DownloadOptions ToDownloadOptions(RequestThrottle throttle) => new DownloadOptions
        {
            StallTimeout = TimeSpan.FromSeconds(TimeoutSec),
            MaxRetry = MaxRetry,
            RetryDelay = TimeSpan.FromSeconds(RetryDelaySec),
            Throttle = throttle,
        };
    }
}
