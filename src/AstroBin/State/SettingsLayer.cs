using System;

namespace AstroBin.State
{
    /// <summary>
    /// The settings one scope sets (the process's, or one runspace's); null means "not set here", so the
    /// layer below shows through: a runspace's over the process's, the process's over the defaults and
    /// the environment. Never changed once published: <see cref="Copy"/> it to change it.
    /// </summary>
    public sealed class SettingsLayer
    {
        public Uri? BaseUri { get; set; }

        public double? TimeoutSec { get; set; }

        public int? MaxRetry { get; set; }

        public double? RetryDelaySec { get; set; }

        /// <summary>Process scope only: the fair-use limiter is one per process.</summary>
        public double? MaxRequestsPerSecond { get; set; }

        /// <summary>Process scope only: the fair-use limiter is one per process.</summary>
        public int? MaxConcurrency { get; set; }

        public Uri? Proxy { get; set; }

        public string? UserAgent { get; set; }

        /// <summary>True when this layer sets nothing.</summary>
        public bool IsEmpty => BaseUri == null && TimeoutSec == null && MaxRetry == null && RetryDelaySec == null
            && MaxRequestsPerSecond == null && MaxConcurrency == null && Proxy == null && UserAgent == null;

        public SettingsLayer Copy() => (SettingsLayer)MemberwiseClone();

        /// <summary>The settings in force with this layer over <paramref name="below"/>.</summary>
        public ClientSettings Over(ClientSettings below) => new ClientSettings(
            TimeoutSec ?? below.TimeoutSec,
            MaxRetry ?? below.MaxRetry,
            RetryDelaySec ?? below.RetryDelaySec,
            MaxRequestsPerSecond ?? below.MaxRequestsPerSecond,
            MaxConcurrency ?? below.MaxConcurrency,
            Proxy ?? below.Proxy,
            UserAgent ?? below.UserAgent);
    }
}
