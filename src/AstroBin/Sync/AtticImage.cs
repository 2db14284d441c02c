using System;
using System.Collections.Generic;
using System.Linq;

namespace AstroBin.Sync
{
    /// <summary>
    /// An image that -Prune moved out of the set's folders into the attic (<see cref="SyncLayout.AtticFolder"/>):
    /// kept with its files until the user empties the attic, and shown by the gallery as removed.
    /// </summary>
    public sealed class AtticImage
    {
        public AtticImage(string imageId, string? title, string folder, string formerFolder, DateTime moved, IReadOnlyList<ManifestFile> files)
        {
            ImageId = imageId;
            Title = title;
            Folder = folder;
            FormerFolder = formerFolder;
            Moved = moved;
            Files = files.OrderBy(file => file.Path, StringComparer.Ordinal).ToList();
        }

        public string ImageId { get; }

        public string? Title { get; }

        /// <summary>Where it is now, relative to the synced folder (".attic/2026-12-02/abc123 - M 31").</summary>
        public string Folder { get; }

        /// <summary>Where it was, relative to the synced folder: moving it back there (and syncing) restores it.</summary>
        public string FormerFolder { get; }

        /// <summary>When it was moved (UTC).</summary>
        public DateTime Moved { get; }

        /// <summary>
        /// Its files as the manifest knew them (length, SHA-256, source, size) at their paths in the attic, in path order;
        /// a folder the manifest did not know (left by a killed run) has its files read from disk, with no source.
        /// </summary>
        public IReadOnlyList<ManifestFile> Files { get; }
    }
}
