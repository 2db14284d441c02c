namespace AstroBin.Session
{
    /// <summary>Where a setting in force came from, in lookup order.</summary>
    public enum SettingSource
    {
        /// <summary>Set in this session (Set-AstroBinApiKey, Set-AstroBinConfiguration).</summary>
        Session,

        /// <summary>An environment variable (ASTROBIN_API_KEY and ASTROBIN_API_SECRET, ASTROBIN_BASE_URI).</summary>
        Environment,

        /// <summary>The file Set-AstroBinApiKey -Persist saved for the current user.</summary>
        SavedFile,

        /// <summary>The built-in default.</summary>
        Default,

        /// <summary>Nowhere: the setting is missing.</summary>
        None,
    }
}
