namespace AstroBin
{
    /// <summary>What Sync-AstroBinImage did to one image of the folder.</summary>
    [Newtonsoft.Json.JsonConverter(typeof(Newtonsoft.Json.Converters.StringEnumConverter))]
    public enum SyncAction
    {
        /// <summary>New in the set: its record and files were fetched.</summary>
        Added,

        /// <summary>Changed on AstroBin (a later <c>updated</c>, new revisions, other sizes asked), or repaired on disk.</summary>
        Updated,

        /// <summary>Nothing to do: no request was made for it.</summary>
        Unchanged,

        /// <summary>No longer in the set; its folder was deleted only with -Prune.</summary>
        Removed,

        /// <summary>Something failed; the error says what, and the next sync tries again.</summary>
        Failed,

        /// <summary>-Verify: every file matches the manifest.</summary>
        Verified,

        /// <summary>-Verify: a file is missing or changed; the next sync fetches it again.</summary>
        Damaged,
    }
}
