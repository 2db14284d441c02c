using System;
using System.Collections.Generic;

namespace AstroBin.Sync
{
    /// <summary>One image as the offline gallery (index.html of a synced folder) shows it.</summary>
    public sealed class GalleryEntry
    {
        public GalleryEntry(string imageId, string title, DateTime? uploaded, IReadOnlyList<string> subjects,
            IReadOnlyList<string> equipment, string thumbnailPath, string fullSizePath, string pageUrl)
        {
            ImageId = imageId;
            Title = title;
            Uploaded = uploaded;
            Subjects = subjects;
            Equipment = equipment;
            ThumbnailPath = thumbnailPath;
            FullSizePath = fullSizePath;
            PageUrl = pageUrl;
        }

        public string ImageId { get; }

        /// <summary>As the API gave it: the page escapes it.</summary>
        public string Title { get; }

        public DateTime? Uploaded { get; }

        public IReadOnlyList<string> Subjects { get; }

        /// <summary>Imaging telescopes, then imaging cameras.</summary>
        public IReadOnlyList<string> Equipment { get; }

        /// <summary>Relative to the synced folder, with '/' separators.</summary>
        public string ThumbnailPath { get; }

        /// <summary>Relative to the synced folder, with '/' separators.</summary>
        public string FullSizePath { get; }

        /// <summary>The image's page on AstroBin.</summary>
        public string PageUrl { get; }
    }
}
