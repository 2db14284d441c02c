using System;
using System.Collections.Generic;

namespace AstroBin.Sync.Gallery
{
    /// <summary>One revision of an image as its gallery page lists it.</summary>
    public sealed class GalleryRevision
    {
        public GalleryRevision(string label, DateTime? uploaded, string? title, string? description, bool isFinal, IReadOnlyList<GalleryFile> files)
        {
            Label = label;
            Uploaded = uploaded;
            Title = title;
            Description = description;
            IsFinal = isFinal;
            Files = files;
        }

        /// <summary>"B", "C", ...</summary>
        public string Label { get; }

        public DateTime? Uploaded { get; }

        public string? Title { get; }

        public string? Description { get; }

        public bool IsFinal { get; }

        public IReadOnlyList<GalleryFile> Files { get; }
    }
}
