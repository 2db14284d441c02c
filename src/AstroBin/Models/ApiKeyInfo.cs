using AstroBin.Session;

namespace AstroBin
{
    /// <summary>Which key pair is in force and where it comes from; never the secret.</summary>
    public sealed class ApiKeyInfo
    {
        public ApiKeyInfo(SettingSource source, string? maskedApiKey)
        {
            Source = source;
            ApiKey = maskedApiKey;
        }

        public SettingSource Source { get; }

        /// <summary>The key's first and last four characters; null when no key is set.</summary>
        public string? ApiKey { get; }

        public bool HasApiSecret => ApiKey != null;
    }
}
