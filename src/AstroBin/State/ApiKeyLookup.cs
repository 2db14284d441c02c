using AstroBin.Api;

namespace AstroBin.State
{
    /// <summary>
    /// The outcome of looking for a key pair: the pair and where it comes from, or where an unusable one
    /// is and what is wrong with it (with the error id a command stops with), and a warning worth showing
    /// either way (a saved file that cannot be read).
    /// </summary>
    public sealed class ApiKeyLookup
    {
        public const string MissingErrorId = "AstroBinApiKeyMissing";
        public const string InvalidErrorId = "AstroBinInvalidApiKey";
        public const string InsecureFileErrorId = "AstroBinApiKeyFileInsecure";

        private ApiKeyLookup(ApiCredentials? credentials, SettingSource source, string? errorId, string? problem, string? warning)
        {
            Credentials = credentials;
            Source = source;
            ErrorId = errorId;
            Problem = problem;
            Warning = warning;
        }

        public ApiCredentials? Credentials { get; }

        public SettingSource Source { get; }

        /// <summary>Null unless the pair found is unusable.</summary>
        public string? ErrorId { get; }

        /// <summary>What is wrong and what to do; null unless the pair found is unusable.</summary>
        public string? Problem { get; }

        /// <summary>Something to tell the user even though the lookup went on (a damaged saved file).</summary>
        public string? Warning { get; }

        public static ApiKeyLookup Found(ApiCredentials credentials, SettingSource source) => new ApiKeyLookup(credentials, source, null, null, null);

        public static ApiKeyLookup Unusable(SettingSource source, string errorId, string problem) => new ApiKeyLookup(null, source, errorId, problem, null);

        public static ApiKeyLookup None(string? warning = null) => new ApiKeyLookup(null, SettingSource.None, null, null, warning);
    }
}
