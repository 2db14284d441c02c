using AstroBin.Api;

namespace AstroBin.State
{
    /// <summary>
    /// The key pair in force. Lookup order: the runspace's (Set-AstroBinApiKey -Scope Runspace), the
    /// process's (Set-AstroBinApiKey), the environment variables ASTROBIN_API_KEY and ASTROBIN_API_SECRET,
    /// then the file saved by Set-AstroBinApiKey -Persist (<see cref="SavedApiKeyFile"/>). The first
    /// place that holds anything decides: an unusable pair there is reported, not skipped. Part of <see cref="ModuleState"/>.
    /// </summary>
    internal sealed class ApiKeyStore
    {
        public const string KeyVariable = "ASTROBIN_API_KEY";
        public const string SecretVariable = "ASTROBIN_API_SECRET";

        private readonly ScopeStates _scopes;

        public ApiKeyStore(ScopeStates scopes) => _scopes = scopes;

        public void Set(SettingScope scope, ApiCredentials credentials) =>
            _scopes.Update(scope, state => state.WithCredentials(credentials ?? throw new System.ArgumentNullException(nameof(credentials))));

        /// <summary>Forgets <paramref name="scope"/>'s pair; returns whether there was one.</summary>
        public bool Clear(SettingScope scope)
        {
            var had = false;
            _scopes.Update(scope, state =>
            {
                had = state.Credentials != null;
                return state.WithCredentials(null);
            });
            return had;
        }

        public ApiKeyLookup Lookup()
        {
            var (runspace, process) = _scopes.Read();
            if (runspace?.Credentials is ApiCredentials own) return ApiKeyLookup.Found(own, SettingSource.Runspace);
            if (process.Credentials is ApiCredentials shared) return ApiKeyLookup.Found(shared, SettingSource.Process);
            var key = System.Environment.GetEnvironmentVariable(KeyVariable);
            var secret = System.Environment.GetEnvironmentVariable(SecretVariable);
            var hasKey = !string.IsNullOrWhiteSpace(key);
            var hasSecret = !string.IsNullOrWhiteSpace(secret);
            if (hasKey != hasSecret)
            {
                var (set, missing) = hasKey ? (KeyVariable, SecretVariable) : (SecretVariable, KeyVariable);
                return ApiKeyLookup.Unusable(SettingSource.Environment, ApiKeyLookup.MissingErrorId,
                    "The environment variable " + set + " is set but " + missing + " is not: set both (the key and the secret), or neither.");
            }
            if (hasKey)
            {
                var credentials = ApiCredentials.TryCreate(key, secret, out var problem);
                return credentials != null
                    ? ApiKeyLookup.Found(credentials, SettingSource.Environment)
                    : ApiKeyLookup.Unusable(SettingSource.Environment, ApiKeyLookup.InvalidErrorId,
                        "The environment variables " + KeyVariable + " and " + SecretVariable + " do not hold a usable key: " + problem);
            }
            return SavedApiKeyFile.Lookup();
        }
    }
}
