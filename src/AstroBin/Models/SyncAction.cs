namespace AstroBin
{
    /// <summary>What Sync-AstroBinImage did to one image of the folder: one meaning a value.</summary>
    [Newtonsoft.Json.JsonConverter(typeof(Newtonsoft.Json.Converters.StringEnumConverter))]
    public enum SyncAction
    {
        /// <summary>New in the set: its record and files were fetched.</summary>
        Added,

        /// <summary>Changed on AstroBin (a later <c>updated</c>, new revisions) or more sizes asked: fetched anew.</summary>
        Updated,

        /// <summary>Unchanged on AstroBin, but files missing or changed on disk (or marked by -Verify) were fetched again.</summary>
        Repaired,

        /// <summary>Nothing to do: no request was made for it.</summary>
        Unchanged,

        /// <summary>No longer in the set; its folder is kept where it is (no -Prune, or the prune was refused).</summary>
        Gone,

        /// <summary>No longer in the set, and -Prune moved its folder to the attic (nothing is deleted).</summary>
        Pruned,

        /// <summary>Something failed; the error says what, and the next sync tries again.</summary>
        Failed,

        /// <summary>-Verify: every file matches the manifest.</summary>
        Verified,

        /// <summary>-Verify: a file is missing or changed; the next sync fetches it again.</summary>
        Damaged,
    }
}
