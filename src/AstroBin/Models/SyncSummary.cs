using System;
using System.Globalization;

namespace AstroBin
{
    /// <summary>
    /// What one Sync-AstroBinImage run did, counted: written once at its end to the Information stream (tag
    /// AstroBinSyncSummary), so that a nightly log taken with <c>*&gt;</c> ends with one line that says it all.
    /// </summary>
    public sealed class SyncSummary
    {
        public SyncSummary(string path, int added, int updated, int repaired, int unchanged, int gone, int pruned, int failed, int notChecked, long requests, long bytes, TimeSpan elapsed)
        {
            Path = path;
            Added = added;
            Updated = updated;
            Repaired = repaired;
            Unchanged = unchanged;
            Gone = gone;
            Pruned = pruned;
            Failed = failed;
            NotChecked = notChecked;
            Requests = requests;
            Bytes = bytes;
            Elapsed = elapsed;
        }

        /// <summary>The synced folder.</summary>
        public string Path { get; }

        public int Added { get; }

        public int Updated { get; }

        public int Repaired { get; }

        public int Unchanged { get; }

        /// <summary>No longer in the set, kept in place.</summary>
        public int Gone { get; }

        /// <summary>No longer in the set, moved to the attic.</summary>
        public int Pruned { get; }

        public int Failed { get; }

        /// <summary>
        /// Images of the folder this run could not tell about: not in what it read of the set, and not reported gone because
        /// the set was not believed (a list cut short by an error, an empty set, more missing than -MaxPrune).
        /// </summary>
        public int NotChecked { get; }

        /// <summary>Requests sent: list pages, records and file hops, retries included (answers from the session cache are not).</summary>
        public long Requests { get; }

        /// <summary>Bytes downloaded (image files).</summary>
        public long Bytes { get; }

        public TimeSpan Elapsed { get; }

        public override string ToString() => string.Format(CultureInfo.InvariantCulture,
            "Sync of '{0}': {1} added, {2} updated, {3} repaired, {4} unchanged, {5} gone, {6} pruned, {7} failed{8}; {9} {10}, {11:0.0} MB downloaded in {12:0.0} s",
            Path, Added, Updated, Repaired, Unchanged, Gone, Pruned, Failed, NotChecked > 0 ? ", " + NotChecked + " not checked" : string.Empty,
            Requests, Requests == 1 ? "request" : "requests", Bytes / 1e6, Elapsed.TotalSeconds);
    }
}
