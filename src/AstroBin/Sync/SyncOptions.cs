using System;
using System.Collections.Generic;
using System.Linq;

namespace AstroBin.Sync
{
    /// <summary>What a sync fetches for each image.</summary>
    public sealed class SyncOptions
    {
        /// <summary>
        /// The full upload (the backup), and the gallery's pictures: Regular (620 pixels wide) is what keeps a card sharp
        /// on 1x and 2x screens and is the image page's large picture; the 130-pixel Gallery square is the small srcset
        /// candidate. Regular costs one more file (two requests: the redirect and the file) an image and a revision.
        /// </summary>
        public static readonly IReadOnlyList<ImageSize> DefaultSizes = new[] { ImageSize.Real, ImageSize.Regular, ImageSize.Gallery };

        public SyncOptions(IEnumerable<ImageSize> sizes, bool includeRevisions)
        {
            Sizes = sizes.Distinct().OrderBy(size => size).ToList();
            if (Sizes.Count == 0) throw new ArgumentException("At least one size is needed.", nameof(sizes));
            IncludeRevisions = includeRevisions;
        }

        /// <summary>Distinct, in the enumeration's order.</summary>
        public IReadOnlyList<ImageSize> Sizes { get; }

        /// <summary>Fetch each revision's record and files too.</summary>
        public bool IncludeRevisions { get; }
    }
}
