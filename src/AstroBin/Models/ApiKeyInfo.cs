using AstroBin.Api;
using AstroBin.State;

namespace AstroBin
{
    /// <summary>Which key pair is in force and where it comes from, or what is wrong with the one found; never the secret.</summary>
    public sealed class ApiKeyInfo
    {
        public ApiKeyInfo(SettingSource source, ApiCredentials? credentials, string? problem = null)
        {
            Source = source;
            ApiKey = credentials?.MaskedKey;
            HasApiSecret = credentials != null;
            Problem = problem;
        }

        internal ApiKeyInfo(ApiKeyLookup lookup)
            : this(lookup.Source, lookup.Credentials, lookup.Problem ?? lookup.Warning)
        {
        }

        /// <summary>Runspace, Process, Environment, SavedFile, or None.</summary>
        public SettingSource Source { get; }

        /// <summary>The key's first and last four characters; null when no usable key is set.</summary>
        public string? ApiKey { get; }

        public bool HasApiSecret { get; }

        /// <summary>Why the key found cannot be used (half a pair, a malformed key, an unsafe or unreadable file); null when it can.</summary>
        public string? Problem { get; }
    }
}
