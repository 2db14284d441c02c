using System.Collections.Generic;
using System.Linq;

namespace AstroBin.Sync
{
    /// <summary>What a sync has to do for one image, decided from a list record and the manifest, before any request.</summary>
    public sealed class SyncPlan
    {
        private SyncPlan(string imageId, SyncAction action, SyncWork work, string reason, Image? listed, ManifestImage? existing, IReadOnlyList<ManifestFile> damaged)
        {
            ImageId = imageId;
            Action = action;
            Work = work;
            Reason = reason;
            Listed = listed;
            Existing = existing;
            Damaged = damaged;
        }

        public string ImageId { get; }

        /// <summary>Added, Updated, Repaired or Unchanged.</summary>
        public SyncAction Action { get; }

        public SyncWork Work { get; }

        /// <summary>Why, for -WhatIf and -Verbose.</summary>
        public string Reason { get; }

        /// <summary>The image as the list (or the caller) gave it.</summary>
        public Image? Listed { get; }

        public ManifestImage? Existing { get; }

        /// <summary>For <see cref="SyncWork.Repair"/>: the picture files to fetch again.</summary>
        public IReadOnlyList<ManifestFile> Damaged { get; }

        /// <summary>
        /// Decides from <paramref name="listed"/>'s <c>updated</c> and revisions, the manifest, and the lengths of
        /// the files on disk (no hashing: -Verify does that).
        /// </summary>
        public static SyncPlan Decide(string root, Image listed, ManifestImage? existing, SyncOptions options)
        {
            var id = listed.ImageId;
            SyncPlan Full(SyncAction action, string reason) => new SyncPlan(id, action, SyncWork.Full, reason, listed, existing, new ManifestFile[0]);

            if (existing == null) return Full(SyncAction.Added, "new in the set");
            if (existing.Updated != listed.Updated) return Full(SyncAction.Updated, "updated on AstroBin");
            if (options.Sizes.Except(existing.Sizes).Any()) return Full(SyncAction.Updated, "more sizes asked");
            if (options.IncludeRevisions && (!existing.IncludesRevisions || !existing.Revisions.SequenceEqual(listed.Revisions)))
            {
                return Full(SyncAction.Updated, "revisions changed");
            }
            var damaged = existing.Files.Where(file => file.Damaged || file.Check(root, hash: false) != FileCheck.Intact).ToList();
            if (damaged.Count == 0) return new SyncPlan(id, SyncAction.Unchanged, SyncWork.None, "unchanged", listed, existing, damaged);
            // A record is fetched with its image; a picture alone from its own address.
            return damaged.Any(file => file.Size == null)
                ? Full(SyncAction.Repaired, "a record is missing or changed on disk")
                : new SyncPlan(id, SyncAction.Repaired, SyncWork.Repair, damaged.Count + " file(s) missing or changed on disk", listed, existing, damaged);
        }
    }

    /// <summary>The work a plan needs.</summary>
    [Newtonsoft.Json.JsonConverter(typeof(Newtonsoft.Json.Converters.StringEnumConverter))]
    public enum SyncWork
    {
        /// <summary>Nothing: no request.</summary>
        None,

        /// <summary>The record, the revisions' records and every file, fetched anew.</summary>
        Full,

        /// <summary>Only the damaged picture files, from their recorded addresses (no API request).</summary>
        Repair,
    }
}
