namespace AstroBin.State
{
    /// <summary>Who a key or a setting is set for (Set-AstroBinApiKey -Scope, Set-AstroBinConfiguration -Scope).</summary>
    [Newtonsoft.Json.JsonConverter(typeof(Newtonsoft.Json.Converters.StringEnumConverter))]
    public enum SettingScope
    {
        /// <summary>
        /// Every runspace of this PowerShell process (the default): what ForEach-Object -Parallel and
        /// thread jobs need, since each runs in a runspace of its own.
        /// </summary>
        Process,

        /// <summary>
        /// This runspace only, over the process's: for a host that serves several people from one process,
        /// each in a runspace of their own.
        /// </summary>
        Runspace,
    }
}
