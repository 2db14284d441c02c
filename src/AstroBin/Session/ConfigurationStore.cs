using System;
using AstroBin.Api;

namespace AstroBin.Session
{
    /// <summary>
    /// The client settings in force. Base URI lookup order: the runspace's (-Scope Runspace), the
    /// process's, the environment variable ASTROBIN_BASE_URI, then https://www.astrobin.com/api/v1/.
    /// Every other setting: the runspace's, the process's, the default.
    /// </summary>
    public static class ConfigurationStore
    {
        public const string BaseUriVariable = "ASTROBIN_BASE_URI";

        /// <summary>Timeout, retries, limits, proxy and User-Agent in force (no environment variable sets them).</summary>
        public static ClientSettings Settings
        {
            get
            {
                var (runspace, process) = ScopeStates.Read();
                var settings = process.Settings.Over(ClientSettings.Default);
                return runspace == null ? settings : runspace.Settings.Over(settings);
            }
        }

        /// <summary>Whether the current runspace set settings of its own (which win over the process's).</summary>
        public static bool RunspaceHasSettings
        {
            get { return ScopeStates.Read().Runspace?.Settings.IsEmpty == false; }
        }

        /// <summary>Changes <paramref name="scope"/>'s settings: <paramref name="change"/> edits a copy of them.</summary>
        public static void Update(SettingScope scope, Action<SettingsLayer> change) =>
            ScopeStates.Update(scope, state =>
            {
                var settings = state.Settings.Copy();
                change(settings);
                return state.WithSettings(settings);
            });

        /// <summary>Forgets every setting of <paramref name="scope"/>, so the layers below show through.</summary>
        public static void Reset(SettingScope scope) => ScopeStates.Update(scope, state => state.WithSettings(new SettingsLayer()));

        /// <summary>The base URI in force, or where the unusable one comes from and what is wrong with it.</summary>
        public static BaseUriLookup LookupBaseUri()
        {
            var (runspace, process) = ScopeStates.Read();
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
