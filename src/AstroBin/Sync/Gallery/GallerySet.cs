using System;
using System.Collections.Generic;

namespace AstroBin.Sync.Gallery
{
    /// <summary>Everything the gallery's pages show: the images, and what the header says about them.</summary>
    public sealed class GallerySet
    {
        public GallerySet(IReadOnlyList<GalleryEntry> entries)
        {
            Entries = entries;
        }

        public IReadOnlyList<GalleryEntry> Entries { get; }

        /// <summary>Whose images these are (the records' common uploader), or null for a set of several people's.</summary>
        public string? Owner { get; set; }

        /// <summary>When the last sync changed the folder (UTC): the manifest's own time, never the time of writing.</summary>
        public DateTime? LastSync { get; set; }

        /// <summary>The bytes of every file the manifest lists.</summary>
        public long? BytesOnDisk { get; set; }

        /// <summary>
        /// Images no longer in the set whose files -Prune moved to the attic (shown with a "removed" badge, not
        /// searched), until -EmptyAttic deletes them.
        /// </summary>
        public IReadOnlyList<GalleryEntry> Removed { get; set; } = new GalleryEntry[0];
    }
}
