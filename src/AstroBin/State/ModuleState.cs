using System;
using AstroBin.Api;
using AstroBin.Api.Http;

namespace AstroBin.State
{
    /// <summary>
    /// Everything the module keeps in a PowerShell process from one command to the next, in one object: the key
    /// pairs and settings (the process's and each runspace's), the one fair-use throttle that every request of the
    /// process counts against, the lookup cache, and the HTTP handlers. <see cref="Current"/> is the process's;
    /// each part is safe to use from several runspaces at once.
    /// </summary>
    internal sealed class ModuleState
    {
        /// <summary>How long a detail lookup is reused by the commands of the process.</summary>
        public static readonly TimeSpan CacheLifetime = TimeSpan.FromMinutes(1);

        private readonly object _throttleGate = new object();
        private RequestThrottle? _throttle;

        public ModuleState()
        {
            var scopes = new ScopeStates();
            Scopes = scopes;
            Keys = new ApiKeyStore(scopes);
            Configuration = new ConfigurationStore(scopes);
        }

        /// <summary>The process's state, shared by every runspace that imports the module.</summary>
        public static ModuleState Current { get; } = new ModuleState();

        /// <summary>What the process and each runspace set: key pair and settings.</summary>
        public ScopeStates Scopes { get; }

        /// <summary>The key pair in force, where it comes from, and Set/Remove-AstroBinApiKey's changes.</summary>
        public ApiKeyStore Keys { get; }

        /// <summary>The base URI and client settings in force, and Set/Reset-AstroBinConfiguration's changes.</summary>
        public ConfigurationStore Configuration { get; }

        /// <summary>Detail lookups, shared by every command; it hands each caller its own copy.</summary>
        public ResponseCache Cache { get; } = new ResponseCache(CacheLifetime);

        /// <summary>The pooled HTTP handlers: API calls and file downloads, per proxy.</summary>
        public HttpClients Http { get; } = new HttpClients();

        /// <summary>
        /// The one fair-use limiter for <paramref name="settings"/>' rate and concurrency. A changed limit takes a
        /// new limiter; requests already queued on the old one finish under it.
        /// </summary>
        public RequestThrottle Throttle(ClientSettings settings)
        {
            lock (_throttleGate)
            {
                if (_throttle == null || _throttle.RequestsPerSecond != settings.MaxRequestsPerSecond || _throttle.MaxConcurrency != settings.MaxConcurrency)
                {
                    _throttle = new RequestThrottle(settings.MaxRequestsPerSecond, settings.MaxConcurrency);
                }
                return _throttle;
            }
        }
    }
}
