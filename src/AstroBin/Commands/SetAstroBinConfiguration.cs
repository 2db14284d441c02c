using System;
using System.Management.Automation;
using System.Net.Http;
using AstroBin.Api;
using AstroBin.Session;

namespace AstroBin.Commands
{
    /// <summary>Sets the module's settings for this session: base URI, timeout, retries, fair-use limits, proxy, User-Agent.</summary>
    [Cmdlet(VerbsCommon.Set, "AstroBinConfiguration", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Low, HelpUri = HelpLinks.Configuration)]
    [OutputType(typeof(Configuration))]
    public sealed class SetAstroBinConfiguration : PSCmdlet
    {
        /// <summary>The API's base URI, such as https://www.astrobin.com/api/v1/ (http only for loopback addresses).</summary>
        [Parameter(Position = 0)]
        [AllowEmptyString]
        public string? BaseUri { get; set; }

        /// <summary>Seconds one attempt may take, headers and body together (default 30).</summary>
        [Parameter]
        [ValidateRange(0.1, 3600)]
        public double? TimeoutSec { get; set; }

        /// <summary>Retries after a transient failure (default 4; 0 turns retrying off).</summary>
        [Parameter]
        [ValidateRange(0, 10)]
        public int? MaxRetry { get; set; }

        /// <summary>The first back-off delay in seconds (default 1); it doubles with jitter unless the server sends Retry-After.</summary>
        [Parameter]
        [ValidateRange(0, 60)]
        public double? RetryDelaySec { get; set; }

        /// <summary>
        /// Requests per second for the whole session (default 4). AstroBin revokes keys that abuse the API:
        /// more than the default is for a mirror or the emulator (benchmarks), not for www.astrobin.com.
        /// </summary>
        [Parameter]
        [ValidateRange(0.1, 1000)]
        public double? MaxRequestsPerSecond { get; set; }

        /// <summary>Requests in flight at once for the whole session (default 4).</summary>
        [Parameter]
        [ValidateRange(1, 8)]
        public int? MaxConcurrency { get; set; }

        /// <summary>An http or https proxy such as http://proxy.example:3128 (its user is the current login).</summary>
        [Parameter]
        public Uri? Proxy { get; set; }

        /// <summary>The User-Agent header, such as 'MyScript/1.0' (default AstroBin-PowerShell/&lt;version&gt;).</summary>
        [Parameter]
        public string? UserAgent { get; set; }

        /// <summary>Write the configuration in force to the pipeline.</summary>
        [Parameter]
        public SwitchParameter PassThru { get; set; }

        protected override void EndProcessing()
        {
            if (BaseUri == null && TimeoutSec == null && MaxRetry == null && RetryDelaySec == null && MaxRequestsPerSecond == null && MaxConcurrency == null && Proxy == null && UserAgent == null)
            {
                ThrowTerminatingError(ErrorRecords.Create("AstroBinInvalidValue", ErrorCategory.InvalidArgument,
                    "Give at least one setting, such as -BaseUri, -TimeoutSec or -MaxRequestsPerSecond. Reset-AstroBinConfiguration restores the defaults.", null));
            }
            Uri? uri = null;
            if (BaseUri != null && !BaseUriRules.TryNormalise(BaseUri, out uri, out var problem))
            {
                ThrowTerminatingError(ErrorRecords.Create("AstroBinInvalidBaseUri", ErrorCategory.InvalidArgument, problem, BaseUri));
            }
            if (Proxy != null && !IsUsableProxy(Proxy))
            {
                ThrowTerminatingError(ErrorRecords.Create("AstroBinInvalidProxy", ErrorCategory.InvalidArgument,
                    "'" + Proxy.GetLeftPart(UriPartial.Scheme) + "…' is not a usable proxy. Give an absolute http or https URI without a user name, such as http://proxy.example:3128.", Proxy));
            }
            if (UserAgent != null && !IsUsableUserAgent(UserAgent))
            {
                ThrowTerminatingError(ErrorRecords.Create("AstroBinInvalidValue", ErrorCategory.InvalidArgument,
                    "'" + UserAgent + "' is not a valid User-Agent. Give product tokens such as 'MyScript/1.0 (contact@example.org)'.", UserAgent));
            }
            var settings = ConfigurationStore.Settings.With(TimeoutSec, MaxRetry, RetryDelaySec, MaxRequestsPerSecond, MaxConcurrency, Proxy, UserAgent);
            if (!ShouldProcess(uri?.AbsoluteUri ?? "AstroBin client settings", "Set the AstroBin configuration")) return;
            if (uri != null) ConfigurationStore.SetBaseUri(uri);
            ConfigurationStore.SetSettings(settings);
            if (PassThru) WriteObject(new Configuration(ConfigurationStore.ResolveBaseUri(out var source), source, settings));
        }

        private static bool IsUsableProxy(Uri proxy) =>
            proxy.IsAbsoluteUri && (proxy.Scheme == Uri.UriSchemeHttp || proxy.Scheme == Uri.UriSchemeHttps) && string.IsNullOrEmpty(proxy.UserInfo);

        private static bool IsUsableUserAgent(string userAgent)
        {
            using var probe = new HttpRequestMessage();
            return userAgent.Trim().Length > 0 && probe.Headers.UserAgent.TryParseAdd(userAgent);
        }
    }
}
