using System;
using System.Collections.Generic;
using System.Linq;

namespace AstroBin.Sync
{
    /// <summary>One image of a synced folder as the manifest records it.</summary>
    public sealed class ManifestImage
    {
        public ManifestImage(string imageId, string? title, DateTime? updated, string folder, IReadOnlyList<string> revisions,
            IReadOnlyList<ImageSize> sizes, bool includesRevisions, IReadOnlyList<ManifestFile> files)
        {
            ImageId = imageId;
            Title = title;
            Updated = updated;
            Folder = folder;
            Revisions = revisions;
            Sizes = sizes;
            IncludesRevisions = includesRevisions;
            Files = files.OrderBy(file => file.Path, StringComparer.Ordinal).ToList();
        }

        public string ImageId { get; }

        public string? Title { get; }

        /// <summary>The record's <c>updated</c> when it was fetched: a later one in a list means the image changed.</summary>
        public DateTime? Updated { get; }

        /// <summary>The image's folder, relative to the synced folder.</summary>
        public string Folder { get; }

        /// <summary>The record's <c>revisions</c> paths when it was fetched.</summary>
        public IReadOnlyList<string> Revisions { get; }

        /// <summary>The sizes fetched.</summary>
        public IReadOnlyList<ImageSize> Sizes { get; }

        /// <summary>Whether the revisions' records and files were fetched too.</summary>
        public bool IncludesRevisions { get; }

        /// <summary>In path order, so that the manifest is the same bytes for the same folder.</summary>
        public IReadOnlyList<ManifestFile> Files { get; }

        public ManifestImage WithFiles(IEnumerable<ManifestFile> files) =>
            new ManifestImage(ImageId, Title, Updated, Folder, Revisions, Sizes, IncludesRevisions, files.ToList());
    }
}
