using System;
using AstroBin.Api;

namespace AstroBin.Session
{
    /// <summary>
    /// The session's client settings. Base URI lookup order: the session, then the environment
    /// variable ASTROBIN_BASE_URI, then https://www.astrobin.com/api/v1/.
    /// </summary>
    public static class ConfigurationStore
    {
        public const string BaseUriVariable = "ASTROBIN_BASE_URI";

        private static readonly object Gate = new object();
        private static Uri? _baseUri;
        private static ClientSettings _settings = ClientSettings.Default;

        /// <summary>Timeout, retries, limits, proxy and User-Agent in force (no environment variable sets them).</summary>
        public static ClientSettings Settings
        {
            get { lock (Gate) return _settings; }
        }

        public static void SetSettings(ClientSettings settings)
        {
            lock (Gate) _settings = settings ?? throw new System.ArgumentNullException(nameof(settings));
        }

        public static void SetBaseUri(Uri baseUri)
        {
            var normalised = BaseUriRules.Normalise(baseUri);
            lock (Gate) _baseUri = normalised;
        }

        /// <summary>Back to the defaults: the base URI from the environment or the real site, and the default client settings.</summary>
        public static void Reset()
        {
            lock (Gate)
            {
                _baseUri = null;
                _settings = ClientSettings.Default;
            }
        }

        /// <summary>The base URI in force; throws <see cref="ArgumentException"/> when the environment variable holds an unusable one.</summary>
        public static Uri ResolveBaseUri(out SettingSource source)
        {
            lock (Gate)
            {
                if (_baseUri != null)
                {
                    source = SettingSource.Session;
                    return _baseUri;
                }
            }
            var fromEnvironment = System.Environment.GetEnvironmentVariable(BaseUriVariable);
            if (!string.IsNullOrWhiteSpace(fromEnvironment))
            {
                if (!BaseUriRules.TryNormalise(fromEnvironment, out var uri, out var problem))
                {
                    throw new ArgumentException("The environment variable " + BaseUriVariable + " is not usable: " + problem, BaseUriVariable);
                }
                source = SettingSource.Environment;
                return uri!;
            }
            source = SettingSource.Default;
            return AstroBinClientOptions.DefaultBaseUri;
        }
    }
}
