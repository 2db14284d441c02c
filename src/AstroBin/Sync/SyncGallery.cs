using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using AstroBin.Api;
using AstroBin.Api.Json;

namespace AstroBin.Sync
{
    /// <summary>The one place a sync hands its folder to the offline gallery (<see cref="GalleryPage"/>).</summary>
    internal static class SyncGallery
    {
        /// <summary>The gallery's thumbnail: the smallest square first.</summary>
        private static readonly ImageSize[] ThumbnailOrder = { ImageSize.Gallery, ImageSize.Thumb, ImageSize.DuckDuckGoSmall, ImageSize.DuckDuckGo, ImageSize.Regular, ImageSize.Hd, ImageSize.Real };

        /// <summary>What a click opens: the largest file.</summary>
        private static readonly ImageSize[] FullSizeOrder = { ImageSize.Real, ImageSize.Hd, ImageSize.Regular, ImageSize.DuckDuckGo, ImageSize.Gallery, ImageSize.DuckDuckGoSmall, ImageSize.Thumb };

        /// <summary>Writes index.html at the top of <paramref name="root"/> from the images the manifest holds.</summary>
        public static void Write(string root, SyncManifest manifest) => GalleryPage.Write(root, Entries(root, manifest));

        /// <summary>The gallery's entries: each image with a thumbnail and a full-size file of its original upload on disk.</summary>
        internal static IReadOnlyList<GalleryEntry> Entries(string root, SyncManifest manifest) =>
            manifest.Images.Select(image => EntryOf(root, image)).Where(entry => entry != null).Select(entry => entry!).ToList();

        private static GalleryEntry? EntryOf(string root, ManifestImage image)
        {
            var original = image.Files.Where(file => file.Size != null && !file.Damaged && Path.GetDirectoryName(file.Path.Replace('/', Path.DirectorySeparatorChar)) == image.Folder.Replace('/', Path.DirectorySeparatorChar)).ToList();
            var thumbnail = ThumbnailOrder.Select(size => original.FirstOrDefault(file => file.Size == size)).FirstOrDefault(file => file != null);
            var fullSize = FullSizeOrder.Select(size => original.FirstOrDefault(file => file.Size == size)).FirstOrDefault(file => file != null);
            var recordPath = SyncLayout.Full(root, image.Folder + "/" + SyncLayout.ImageRecordName);
            if (thumbnail == null || fullSize == null || !File.Exists(recordPath)) return null;
            Image record;
            try
            {
                record = JsonSerializer.Deserialize(File.ReadAllBytes(recordPath), AstroBinJsonContext.Default.Image) ?? new Image();
            }
            catch (JsonException)
            {
                // A damaged record: the image is shown from what the manifest knows.
                record = new Image { Title = image.Title };
            }
            return new GalleryEntry(image.ImageId, record.Title ?? image.Title ?? image.ImageId, record.Uploaded, record.Subjects.ToList(),
                record.ImagingTelescopes.Concat(record.ImagingCameras).ToList(), thumbnail.Path, fullSize.Path, PublicPage.ForImage(image.ImageId));
        }
    }
}
