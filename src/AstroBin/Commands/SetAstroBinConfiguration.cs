using System;
using System.Linq;
using System.Management.Automation;
using System.Net.Http;
using AstroBin.Api;
using AstroBin.State;

namespace AstroBin.Commands
{
    /// <summary>
    /// Sets the module's settings for this PowerShell process (or, with -Scope Runspace, this runspace only): base URI,
    /// timeout, retries, fair-use limits, proxy, User-Agent. Only the parameters given change; $null clears one.
    /// </summary>
    [Cmdlet(VerbsCommon.Set, "AstroBinConfiguration", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Low, HelpUri = HelpLinks.Pages + "Set-AstroBinConfiguration.md")]
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
        /// Requests per second for the whole process (default 4; process scope only). AstroBin revokes keys that abuse the API:
        /// more than the default is for a mirror or the emulator (benchmarks), not for www.astrobin.com.
        /// </summary>
        [Parameter]
        [ValidateRange(0.1, 1000)]
        public double? MaxRequestsPerSecond { get; set; }

        /// <summary>Requests in flight at once for the whole process (default 4; process scope only).</summary>
        [Parameter]
        [ValidateRange(1, 8)]
        public int? MaxConcurrency { get; set; }

        /// <summary>An http or https proxy such as http://proxy.example:3128 (its user is the current login).</summary>
        [Parameter]
        public Uri? Proxy { get; set; }

        /// <summary>The User-Agent header, such as 'MyScript/1.0' (default AstroBin-PowerShell/&lt;version&gt;).</summary>
        [Parameter]
        public string? UserAgent { get; set; }

        /// <summary>Process (default: every runspace of this process) or Runspace (this runspace only, over the process's settings).</summary>
        [Parameter]
        public SettingScope Scope { get; set; } = SettingScope.Process;

        /// <summary>Write the configuration in force to the pipeline.</summary>
        [Parameter]
        public SwitchParameter PassThru { get; set; }

        protected override void EndProcessing()
        {
            var bound = MyInvocation.BoundParameters;
            if (!Settings.Any(bound.ContainsKey))
            {
                ThrowTerminatingError(ErrorRecords.Create("AstroBinInvalidValue", ErrorCategory.InvalidArgument,
                    "Give at least one setting, such as -BaseUri, -TimeoutSec or -MaxRequestsPerSecond. Reset-AstroBinConfiguration restores the defaults.", null));
            }
            if (Scope == SettingScope.Runspace && (bound.ContainsKey(nameof(MaxRequestsPerSecond)) || bound.ContainsKey(nameof(MaxConcurrency))))
            {
                // AstroBin sees one client per process: two runspaces with limits of their own would be two limiters.
                ThrowTerminatingError(ErrorRecords.Create("AstroBinInvalidValue", ErrorCategory.InvalidArgument,
                    "-MaxRequestsPerSecond and -MaxConcurrency hold for the whole PowerShell process (one fair-use limit, whatever the runspace); set them without -Scope Runspace.", null));
            }
            Uri? uri = null;
            if (bound.ContainsKey(nameof(BaseUri)) && BaseUri != null && !BaseUriRules.TryNormalise(BaseUri, out uri, out var problem))
            {
                ThrowTerminatingError(ErrorRecords.InvalidBaseUri(problem, BaseUri));
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
            var target = "AstroBin settings of this " + (Scope == SettingScope.Runspace ? "runspace" : "PowerShell process") + (uri == null ? string.Empty : " (base URI " + uri.AbsoluteUri + ")");
            if (!ShouldProcess(target, "Set the AstroBin configuration")) return;
            ModuleState.Current.Configuration.Update(Scope, layer =>
            {
                // Only what was given changes; a parameter given as $null clears that setting in this scope.
                if (bound.ContainsKey(nameof(BaseUri))) layer.BaseUri = uri;
                if (bound.ContainsKey(nameof(TimeoutSec))) layer.TimeoutSec = TimeoutSec;
                if (bound.ContainsKey(nameof(MaxRetry))) layer.MaxRetry = MaxRetry;
                if (bound.ContainsKey(nameof(RetryDelaySec))) layer.RetryDelaySec = RetryDelaySec;
                if (bound.ContainsKey(nameof(MaxRequestsPerSecond))) layer.MaxRequestsPerSecond = MaxRequestsPerSecond;
                if (bound.ContainsKey(nameof(MaxConcurrency))) layer.MaxConcurrency = MaxConcurrency;
                if (bound.ContainsKey(nameof(Proxy))) layer.Proxy = Proxy;
                if (bound.ContainsKey(nameof(UserAgent))) layer.UserAgent = UserAgent;
            });
            if (PassThru) WriteObject(GetAstroBinConfiguration.Current(this));
        }

        private static readonly string[] Settings =
        {
            nameof(BaseUri), nameof(TimeoutSec), nameof(MaxRetry), nameof(RetryDelaySec), nameof(MaxRequestsPerSecond), nameof(MaxConcurrency), nameof(Proxy), nameof(UserAgent),
        };

        private static bool IsUsableProxy(Uri proxy) =>
            proxy.IsAbsoluteUri && (proxy.Scheme == Uri.UriSchemeHttp || proxy.Scheme == Uri.UriSchemeHttps) && string.IsNullOrEmpty(proxy.UserInfo);

        private static bool IsUsableUserAgent(string userAgent)
        {
            using var probe = new HttpRequestMessage();
            return userAgent.Trim().Length > 0 && probe.Headers.UserAgent.TryParseAdd(userAgent);
        }
    }
}
