using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using AstroBin.Api;
using AstroBin.Api.Json;
using AstroBin.Sync.Gallery;

namespace AstroBin.Sync
{
    /// <summary>
    /// The one place a sync hands its folder to the offline gallery (<see cref="GalleryPage"/>): the manifest says
    /// which files there are, the records on disk (image.json, revisions/&lt;label&gt;/revision.json) say what they
    /// show. A record that cannot be read leaves a card with what the manifest knows.
    /// </summary>
    internal static class SyncGallery
    {
        /// <summary>The card's fallback thumbnail: the smallest square first.</summary>
        private static readonly ImageSize[] ThumbnailOrder = { ImageSize.Gallery, ImageSize.Thumb, ImageSize.DuckDuckGoSmall, ImageSize.DuckDuckGo, ImageSize.Regular, ImageSize.Hd, ImageSize.Real };

        /// <summary>Writes index.html and the gallery's pages from the images the manifest holds.</summary>
        public static void Write(string root, SyncManifest manifest) => GalleryPage.Write(root, Set(root, manifest));

        internal static GallerySet Set(string root, SyncManifest manifest)
        {
            var images = manifest.Images;
            var loaded = images.Select(image => Load(root, image)).ToList();
            var owners = loaded.Select(item => item.Record?.User).Where(user => !string.IsNullOrWhiteSpace(user)).Distinct(StringComparer.Ordinal).ToList();
            return new GallerySet(loaded.Select(item => item.Entry).ToList())
            {
                Owner = owners.Count == 1 ? owners[0] : null,
                LastSync = LastChange(root),
                BytesOnDisk = images.SelectMany(image => image.Files).Where(file => !file.Damaged).Sum(file => file.Bytes),
                // Pruned images, from the attic: shown apart, with a "removed" badge, until -EmptyAttic deletes them.
                Removed = manifest.Attic.Select(moved => Load(root, new ManifestImage(moved.ImageId, moved.Title, null, moved.Folder,
                    new string[0], new ImageSize[0], false, moved.Files)).Entry).ToList(),
            };
        }

        /// <summary>
        /// When a sync last changed the folder: the later of the manifest's and the journal's times. Every change a sync
        /// makes is a journal line (folded into the manifest at the end), and the gallery is written only after a
        /// change, so the page's bytes do not change when nothing else did.
        /// </summary>
        private static DateTime? LastChange(string root)
        {
            var times = new[] { SyncLayout.ManifestName, SyncLayout.JournalName }
                .Select(name => Path.Combine(root, name)).Where(File.Exists).Select(File.GetLastWriteTimeUtc).ToList();
            return times.Count == 0 ? (DateTime?)null : times.Max();
        }

        private sealed class Loaded
        {
            public Loaded(GalleryEntry entry, Image? record)
            {
                Entry = entry;
                Record = record;
            }

            public GalleryEntry Entry { get; }

            public Image? Record { get; }
        }

        private static Loaded Load(string root, ManifestImage image)
        {
            var folder = image.Folder.TrimEnd('/');
            var pictures = image.Files.Where(file => file.Size != null && !file.Damaged).ToList();
            var original = pictures.Where(file => Parent(file.Path) == folder).Select(file => new GalleryFile(file.Size!.Value, file.Path)).ToList();
            var record = Read(root, folder + "/" + SyncLayout.ImageRecordName, AstroBinJsonContext.Default.Image);
            var revisions = Revisions(root, image, folder, pictures);

            // The published version: the final revision's files when the original is not final and they are on disk.
            var finalRevision = record != null && !record.IsFinal ? revisions.FirstOrDefault(revision => revision.Gallery.IsFinal && revision.Gallery.Files.Count > 0) : null;
            var shown = finalRevision?.Gallery.Files ?? original;
            var thumbnail = ThumbnailOrder.Select(size => shown.FirstOrDefault(file => file.Size == size)).FirstOrDefault(file => file != null);
            var fullSize = Renditions.Largest(shown);
            var solution = Solution(finalRevision?.Record) ?? Solution(record);

            var telescopes = record?.ImagingTelescopes.ToList() ?? new List<string>();
            var cameras = record?.ImagingCameras.ToList() ?? new List<string>();
            var entry = new GalleryEntry(image.ImageId, record?.Title ?? image.Title ?? image.ImageId, record?.Uploaded, record?.Subjects.ToList() ?? new List<string>(),
                telescopes.Concat(cameras).ToList(), thumbnail?.Path ?? string.Empty, fullSize?.Path ?? string.Empty, PublicPage.ForImage(image.ImageId))
            {
                Pictures = shown,
                FinalRevision = finalRevision?.Gallery.Label,
                Description = record?.Description,
                Published = record?.Published,
                Width = record?.Width ?? 0,
                Height = record?.Height ?? 0,
                Telescopes = telescopes,
                Cameras = cameras,
                Solution = solution,
                License = record?.LicenseName,
                Locations = record?.Locations.ToList() ?? new List<string>(),
                Likes = record?.Likes,
                Views = record?.Views,
                Comments = record?.Comments,
                Revisions = revisions.Select(revision => revision.Gallery).ToList(),
                OriginalFiles = original,
            };
            return new Loaded(entry, record);
        }

        private sealed class LoadedRevision
        {
            public LoadedRevision(GalleryRevision gallery, ImageRevision? record)
            {
                Gallery = gallery;
                Record = record;
            }

            public GalleryRevision Gallery { get; }

            public ImageRevision? Record { get; }
        }

        /// <summary>Each revision folder the manifest lists (revisions/&lt;label&gt;/), with its record when it can be read; oldest first.</summary>
        private static List<LoadedRevision> Revisions(string root, ManifestImage image, string folder, IReadOnlyList<ManifestFile> pictures)
        {
            var prefix = folder + "/" + SyncLayout.RevisionsFolder + "/";
            var folders = image.Files.Select(file => file.Path).Where(path => path.StartsWith(prefix, StringComparison.Ordinal))
                .Select(path => path.Substring(prefix.Length)).Where(rest => rest.IndexOf('/') > 0)
                .Select(rest => rest.Substring(0, rest.IndexOf('/'))).Distinct(StringComparer.Ordinal);
            return folders.Select(name =>
            {
                var revisionFolder = prefix + name;
                var record = image.Files.Any(file => file.Path == revisionFolder + "/" + SyncLayout.RevisionRecordName)
                    ? Read(root, revisionFolder + "/" + SyncLayout.RevisionRecordName, AstroBinJsonContext.Default.ImageRevision)
                    : null;
                var files = pictures.Where(file => Parent(file.Path) == revisionFolder).Select(file => new GalleryFile(file.Size!.Value, file.Path)).ToList();
                var label = string.IsNullOrWhiteSpace(record?.Label) ? name : record!.Label!;
                return new LoadedRevision(new GalleryRevision(label, record?.Uploaded, record?.Title, record?.Description, record?.IsFinal == true, files), record);
            })
            .OrderBy(revision => revision.Gallery.Uploaded ?? DateTime.MaxValue)
            .ThenBy(revision => revision.Gallery.Label, StringComparer.Ordinal)
            .ToList();
        }

        private static GallerySolution? Solution(ImageVersion? version)
        {
            if (version == null) return null;
            if (!version.IsSolved && (version.SolutionStatus == null || version.SolutionStatus == "MISSING")) return null;
            return new GallerySolution(version.SolutionStatus, version.IsSolved, version.Ra, version.Dec, version.Radius, version.PixScale, version.Orientation);
        }

        /// <summary>A record on disk, or null when it is missing, unreadable or not JSON of that shape.</summary>
        private static T? Read<T>(string root, string relativePath, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> type) where T : class
        {
            try
            {
                var path = SyncLayout.Full(root, relativePath);
                return File.Exists(path) ? JsonSerializer.Deserialize(File.ReadAllBytes(path), type) : null;
            }
            catch (Exception unreadable) when (unreadable is JsonException || unreadable is IOException || unreadable is UnauthorizedAccessException
                || unreadable is ArgumentException || unreadable is NotSupportedException || unreadable is InvalidOperationException)
            {
                // A damaged or hand-edited record (or a path a hand-edited manifest points outside the folder): the
                // card keeps what the manifest knows.
                return null;
            }
        }

        private static string Parent(string path)
        {
            var slash = path.LastIndexOf('/');
            return slash < 0 ? string.Empty : path.Substring(0, slash);
        }
    }
}
