using System;
using AstroBin.Api;

namespace AstroBin.Session
{
    /// <summary>
    /// Holds the key pair for the PowerShell session. Lookup order: the session, then the
    /// environment variables ASTROBIN_API_KEY and ASTROBIN_API_SECRET, then the file saved by
    /// Set-AstroBinApiKey -Persist (<see cref="SavedApiKeyFile"/>).
    /// </summary>
    public static class ApiKeyStore
    {
        public const string KeyVariable = "ASTROBIN_API_KEY";
        public const string SecretVariable = "ASTROBIN_API_SECRET";

        private static readonly object Gate = new object();
        private static ApiCredentials? _session;

        public static void Set(ApiCredentials credentials)
        {
            lock (Gate) _session = credentials ?? throw new ArgumentNullException(nameof(credentials));
        }

        /// <summary>Forgets the session's pair; returns whether there was one.</summary>
        public static bool Clear()
        {
            lock (Gate)
            {
                var had = _session != null;
                _session = null;
                return had;
            }
        }

        public static ApiCredentials? Resolve(out SettingSource source)
        {
            lock (Gate)
            {
                if (_session != null)
                {
                    source = SettingSource.Session;
                    return _session;
                }
            }
            var key = System.Environment.GetEnvironmentVariable(KeyVariable);
            var secret = System.Environment.GetEnvironmentVariable(SecretVariable);
            if (!string.IsNullOrWhiteSpace(key) && !string.IsNullOrWhiteSpace(secret))
            {
                source = SettingSource.Environment;
                return new ApiCredentials(key!, secret!);
            }
            var saved = SavedApiKeyFile.Read();
            source = saved == null ? SettingSource.None : SettingSource.SavedFile;
            return saved;
        }
    }
}
