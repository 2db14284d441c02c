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

        public static void SetBaseUri(Uri baseUri)
        {
            var normalised = BaseUriRules.Normalise(baseUri);
            lock (Gate) _baseUri = normalised;
        }

        public static void Reset()
        {
            lock (Gate) _baseUri = null;
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
