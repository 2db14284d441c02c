namespace AstroBin.State
{
    /// <summary>Where a setting in force came from, in lookup order.</summary>
    [Newtonsoft.Json.JsonConverter(typeof(Newtonsoft.Json.Converters.StringEnumConverter))]
    public enum SettingSource
    {
        /// <summary>Set for this runspace only (-Scope Runspace): wins over everything else.</summary>
        Runspace,

        /// <summary>Set for the whole PowerShell process (Set-AstroBinApiKey, Set-AstroBinConfiguration; every runspace sees it).</summary>
        Process,

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
