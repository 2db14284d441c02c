using System;
using System.Collections.Generic;
using AstroBin.Sync.Gallery;

namespace AstroBin.Sync
{
    /// <summary>
    /// One image as the offline gallery shows it: its card in index.html and its own page. The constructor takes
    /// what a card needs; the settable details (all optional) fill the image's page, the sky map and the filters.
    /// </summary>
    public sealed class GalleryEntry
    {
        private static readonly IReadOnlyList<string> NoTexts = new string[0];

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

        /// <summary>Imaging telescopes, then imaging cameras: what the card shows and the search box searches.</summary>
        public IReadOnlyList<string> Equipment { get; }

        /// <summary>Relative to the synced folder, with '/' separators: the card's picture when <see cref="Pictures"/> is empty.</summary>
        public string ThumbnailPath { get; }

        /// <summary>Relative to the synced folder, with '/' separators: the largest file of the version shown.</summary>
        public string FullSizePath { get; }

        /// <summary>The image's page on AstroBin.</summary>
        public string PageUrl { get; }

        /// <summary>The version shown (the final one) in every size on disk: the card's srcset and the page's large picture.</summary>
        public IReadOnlyList<GalleryFile> Pictures { get; set; } = new GalleryFile[0];

        /// <summary>The final revision's label, or null when the original upload is the final version.</summary>
        public string? FinalRevision { get; set; }

        /// <summary>BBCode or legacy HTML, as the API gave it: the page shows it as text.</summary>
        public string? Description { get; set; }

        public DateTime? Published { get; set; }

        /// <summary>The original upload's pixel size (0 when AstroBin does not know it).</summary>
        public int Width { get; set; }

        public int Height { get; set; }

        public IReadOnlyList<string> Telescopes { get; set; } = NoTexts;

        public IReadOnlyList<string> Cameras { get; set; } = NoTexts;

        /// <summary>The final version's plate solution (the image's when the final revision has none); null when never submitted.</summary>
        public GallerySolution? Solution { get; set; }

        /// <summary>license_name, e.g. ATTRIBUTION_NON_COMMERCIAL.</summary>
        public string? License { get; set; }

        /// <summary>The record's location addresses (AstroBin keeps the places; the sync does not fetch them).</summary>
        public IReadOnlyList<string> Locations { get; set; } = NoTexts;

        /// <summary>As of the last sync.</summary>
        public int? Likes { get; set; }

        public int? Views { get; set; }

        public int? Comments { get; set; }

        /// <summary>Every revision on disk, oldest first.</summary>
        public IReadOnlyList<GalleryRevision> Revisions { get; set; } = new GalleryRevision[0];

        /// <summary>The original upload's files, whatever the final version.</summary>
        public IReadOnlyList<GalleryFile> OriginalFiles { get; set; } = new GalleryFile[0];
    }
}
