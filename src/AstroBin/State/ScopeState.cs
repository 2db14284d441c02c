using AstroBin.Api;

namespace AstroBin.State
{
    /// <summary>What one scope holds: its key pair and its settings. Immutable: a change publishes a new one.</summary>
    public sealed class ScopeState
    {
        public static readonly ScopeState Empty = new ScopeState(null, new SettingsLayer());

        public ScopeState(ApiCredentials? credentials, SettingsLayer settings)
        {
            Credentials = credentials;
            Settings = settings;
        }

        public ApiCredentials? Credentials { get; }

        public SettingsLayer Settings { get; }

        public ScopeState WithCredentials(ApiCredentials? credentials) => new ScopeState(credentials, Settings);

        public ScopeState WithSettings(SettingsLayer settings) => new ScopeState(Credentials, settings);
    }
}
