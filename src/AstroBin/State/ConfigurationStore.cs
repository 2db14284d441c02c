using System;
using AstroBin.Api;

namespace AstroBin.State
{
    /// <summary>
    /// The client settings in force. Base URI lookup order: the runspace's (-Scope Runspace), the
    /// process's, the environment variable ASTROBIN_BASE_URI, then https://www.astrobin.com/api/v1/.
    /// Every other setting: the runspace's, the process's, the default. Part of <see cref="ModuleState"/>.
    /// </summary>
    internal sealed class ConfigurationStore
    {
        public const string BaseUriVariable = "ASTROBIN_BASE_URI";

        private readonly ScopeStates _scopes;

        public ConfigurationStore(ScopeStates scopes) => _scopes = scopes;

        /// <summary>Timeout, retries, limits, proxy and User-Agent in force (no environment variable sets them).</summary>
        public ClientSettings Settings
        {
            get
            {
                var (runspace, process) = _scopes.Read();
                var settings = process.Settings.Over(ClientSettings.Default);
                return runspace == null ? settings : runspace.Settings.Over(settings);
            }
        }

        /// <summary>Whether the current runspace set settings of its own (which win over the process's).</summary>
        public bool RunspaceHasSettings
        {
            get { return _scopes.Read().Runspace?.Settings.IsEmpty == false; }
        }

        /// <summary>Changes <paramref name="scope"/>'s settings: <paramref name="change"/> edits a copy of them.</summary>
        public void Update(SettingScope scope, Action<SettingsLayer> change) =>
            _scopes.Update(scope, state =>
            {
                var settings = state.Settings.Copy();
                change(settings);
                return state.WithSettings(settings);
            });

        /// <summary>Forgets every setting of <paramref name="scope"/>, so the layers below show through.</summary>
        public void Reset(SettingScope scope) => _scopes.Update(scope, state => state.WithSettings(new SettingsLayer()));

        /// <summary>The base URI in force, or where the unusable one comes from and what is wrong with it.</summary>
        public BaseUriLookup LookupBaseUri()
        {
            var (runspace, process) = _scopes.Read();
            if (runspace?.Settings.BaseUri is Uri own) return new BaseUriLookup(own, SettingSource.Runspace, null);
            if (process.Settings.BaseUri is Uri shared) return new BaseUriLookup(shared, SettingSource.Process, null);
            var fromEnvironment = System.Environment.GetEnvironmentVariable(BaseUriVariable);
            if (string.IsNullOrWhiteSpace(fromEnvironment)) return new BaseUriLookup(AstroBinClientOptions.DefaultBaseUri, SettingSource.Default, null);
            return BaseUriRules.TryNormalise(fromEnvironment, out var uri, out var problem)
                ? new BaseUriLookup(uri!, SettingSource.Environment, null)
                : new BaseUriLookup(null, SettingSource.Environment, "The environment variable " + BaseUriVariable + " is '" + fromEnvironment + "', which is not usable: " + problem);
        }
    }

    /// <summary>The base URI in force and where it comes from; or, when that is unusable, why (and no URI).</summary>
    public sealed class BaseUriLookup
    {
        public BaseUriLookup(Uri? uri, SettingSource source, string? problem)
        {
            Uri = uri;
            Source = source;
            Problem = problem;
        }

        public Uri? Uri { get; }

        public SettingSource Source { get; }

        public string? Problem { get; }
    }
}
