using System.Collections.Generic;
using System.Linq;

namespace AstroBin.Sync.Gallery
{
    /// <summary>
    /// Which synced rendering the gallery shows where. AstroBin's renderings have fixed widths
    /// (settings/components/thumbnail.py): thumb 80, duckduckgo_small 113, gallery 130, duckduckgo 250, regular 620,
    /// hd 1824; real is the upload itself.
    /// </summary>
    internal static class Renditions
    {
        /// <summary>A file with the width it is at most, in pixels: a srcset candidate.</summary>
        internal sealed class Candidate
        {
            public Candidate(GalleryFile file, int width)
            {
                File = file;
                Width = width;
            }

            public GalleryFile File { get; }

            public int Width { get; }
        }

        private static readonly ImageSize[] CardSizes = { ImageSize.Thumb, ImageSize.DuckDuckGoSmall, ImageSize.Gallery, ImageSize.DuckDuckGo, ImageSize.Regular };

        /// <summary>The large picture of an image's page: Hd first (sharp on a screen, a fraction of the upload's bytes).</summary>
        private static readonly ImageSize[] LargeOrder = { ImageSize.Hd, ImageSize.Regular, ImageSize.Real, ImageSize.DuckDuckGo, ImageSize.Gallery, ImageSize.DuckDuckGoSmall, ImageSize.Thumb };

        /// <summary>
        /// The card's candidates, narrowest first: the small renderings and Regular; Hd only without Regular, the upload
        /// only when nothing smaller was synced (a browser would otherwise fetch a 60-megapixel file for a 300-pixel card).
        /// </summary>
        public static IReadOnlyList<Candidate> ForCard(GalleryEntry entry)
        {
            var pictures = entry.Pictures.Where(file => CardSizes.Contains(file.Size)).ToList();
            if (pictures.All(file => file.Size != ImageSize.Regular)) pictures.AddRange(entry.Pictures.Where(file => file.Size == ImageSize.Hd));
            if (pictures.Count == 0) pictures.AddRange(entry.Pictures.Where(file => file.Size == ImageSize.Real));
            return pictures
                .Select(file => new Candidate(file, Width(file.Size, entry.Width)))
                .GroupBy(candidate => candidate.Width)
                .Select(same => same.OrderBy(candidate => candidate.File.Size).First())
                .OrderBy(candidate => candidate.Width)
                .ToList();
        }

        /// <summary>The page's large picture, or null when the version shown has no file.</summary>
        public static GalleryFile? Large(IReadOnlyList<GalleryFile> files) =>
            LargeOrder.Select(size => files.FirstOrDefault(file => file.Size == size)).FirstOrDefault(file => file != null);

        /// <summary>The largest file: what "full size" opens.</summary>
        public static GalleryFile? Largest(IReadOnlyList<GalleryFile> files) =>
            new[] { ImageSize.Real, ImageSize.Hd }.Concat(LargeOrder).Select(size => files.FirstOrDefault(file => file.Size == size)).FirstOrDefault(file => file != null);

        private static int Width(ImageSize size, int uploadWidth)
        {
            switch (size)
            {
                case ImageSize.Thumb: return 80;
                case ImageSize.DuckDuckGoSmall: return 113;
                case ImageSize.Gallery: return 130;
                case ImageSize.DuckDuckGo: return 250;
                case ImageSize.Regular: return 620;
                case ImageSize.Hd: return 1824;
                default: return uploadWidth > 0 ? uploadWidth : 4000;
            }
        }
    }
}
