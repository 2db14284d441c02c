using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;
using AstroBin.Files;

namespace AstroBin.Sync
{
    /// <summary>
    /// The state of a synced folder (<see cref="SyncLayout.ManifestName"/>): each image's <c>updated</c> and
    /// revisions when fetched, and each file's path, length, SHA-256 and source. It is rewritten atomically
    /// after each image, and an image's entry is dropped before its files are replaced, so that it never
    /// claims more than is on disk. The same folder always gives the same bytes (sorted, no timestamps of its own).
    /// Safe for concurrent use.
    /// </summary>
    public sealed class SyncManifest
    {
        /// <summary>The layout version; a later one is refused rather than misread.</summary>
        public const int FormatVersion = 1;

        private readonly object _gate = new object();
        private readonly Dictionary<string, ManifestImage> _images = new Dictionary<string, ManifestImage>(StringComparer.Ordinal);
        private readonly Dictionary<string, UnsafePathException> _refused = new Dictionary<string, UnsafePathException>(StringComparer.Ordinal);
        private readonly string _path;

        private SyncManifest(string root)
        {
            _path = Path.Combine(root, SyncLayout.ManifestName);
        }

        /// <summary>The manifest of <paramref name="root"/>; an empty one when the folder was never synced.</summary>
        /// <exception cref="InvalidDataException">The file is not a manifest this version can read.</exception>
        public static SyncManifest Load(string root)
        {
            var manifest = new SyncManifest(root);
            if (!File.Exists(manifest._path)) return manifest;
            try
            {
                using var json = JsonDocument.Parse(File.ReadAllBytes(manifest._path));
                var top = json.RootElement;
                var format = top.GetProperty("format").GetInt32();
                if (format != FormatVersion) throw new InvalidDataException("it has format " + format + ", and this version reads format " + FormatVersion);
                foreach (var image in top.GetProperty("images").EnumerateArray())
                {
                    var entry = ReadImage(image);
                    // An image's folder is a top-level folder named by its id, and its files are below it: anything else
                    // could make a later prune or repair reach another image's folder, or the user's own.
                    var outside = SyncLayout.ImageIdOfFolder(entry.Folder) != entry.ImageId || !SyncLayout.IsContained(root, entry.Folder)
                        ? entry.Folder
                        : entry.Files.Select(file => file.Path).FirstOrDefault(path => !path.StartsWith(entry.Folder + "/", StringComparison.Ordinal) || !SyncLayout.IsContained(root, path));
                    if (outside == null)
                    {
                        manifest._images[entry.ImageId] = entry;
                        continue;
                    }
                    // Never followed: the entry is left out (the image is fetched anew) and nothing at that path is touched.
                    manifest._refused[entry.ImageId] = new UnsafePathException(UnsafePathKind.ManifestPath,
                        "The entry of image '" + entry.ImageId + "' in the sync manifest '" + manifest._path + "' names '" + outside + "', which is not inside the image's own folder there (the manifest was edited). "
                        + "The entry is ignored and nothing there is read, written or deleted; the image is fetched anew by the next sync. Restore the manifest if that is not what you want.", outside);
                }
            }
            catch (Exception ex) when (ex is JsonException || ex is KeyNotFoundException || ex is InvalidOperationException || ex is FormatException || ex is ArgumentException)
            {
                throw new InvalidDataException(ex.Message, ex);
            }
            return manifest;
        }

        /// <summary>
        /// The entries left out when the manifest was read, by image id, because a path in them is not inside the image's
        /// folder: never followed, and their images' folders are never pruned.
        /// </summary>
        public IReadOnlyDictionary<string, UnsafePathException> Refused => _refused;

        public IReadOnlyList<ManifestImage> Images
        {
            get
            {
                lock (_gate) return _images.Values.OrderBy(image => image.ImageId, StringComparer.Ordinal).ToList();
            }
        }

        public ManifestImage? Find(string imageId)
        {
            lock (_gate) return _images.TryGetValue(imageId, out var image) ? image : null;
        }

        /// <summary>Records an image (replacing its entry) and writes the manifest.</summary>
        public void Save(ManifestImage image) => Change(images => images[image.ImageId] = image);

        /// <summary>Forgets an image and writes the manifest; nothing happens when it is not there.</summary>
        public void Forget(string imageId) => Change(images => images.Remove(imageId));

        /// <summary>Records several images at once and writes the manifest once.</summary>
        public void SaveAll(IEnumerable<ManifestImage> images) => Change(all =>
        {
            foreach (var image in images) all[image.ImageId] = image;
        });

        private void Change(Action<Dictionary<string, ManifestImage>> change)
        {
            // One writer at a time: an older snapshot never overwrites a newer one.
            lock (_gate)
            {
                change(_images);
                AtomicFile.Write(_path, Serialize(_images.Values));
            }
        }

        private static byte[] Serialize(IEnumerable<ManifestImage> images)
        {
            using var buffer = new MemoryStream();
            using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
            {
                json.WriteStartObject();
                json.WriteNumber("format", FormatVersion);
                json.WriteStartArray("images");
                foreach (var image in images.OrderBy(image => image.ImageId, StringComparer.Ordinal))
                {
                    json.WriteStartObject();
                    json.WriteString("id", image.ImageId);
                    json.WriteString("title", image.Title);
                    if (image.Updated.HasValue) json.WriteString("updated", image.Updated.Value.ToString("o", CultureInfo.InvariantCulture));
                    else json.WriteNull("updated");
                    json.WriteString("folder", image.Folder);
                    json.WriteStartArray("sizes");
                    foreach (var size in image.Sizes) json.WriteStringValue(size.ToString());
                    json.WriteEndArray();
                    json.WriteBoolean("includesRevisions", image.IncludesRevisions);
                    json.WriteStartArray("revisions");
                    foreach (var revision in image.Revisions) json.WriteStringValue(revision);
                    json.WriteEndArray();
                    json.WriteStartArray("files");
                    foreach (var file in image.Files)
                    {
                        json.WriteStartObject();
                        json.WriteString("path", file.Path);
                        json.WriteNumber("bytes", file.Bytes);
                        json.WriteString("sha256", file.Sha256);
                        json.WriteString("source", file.Source);
                        if (file.Size.HasValue) json.WriteString("size", file.Size.Value.ToString());
                        if (file.Damaged) json.WriteBoolean("damaged", true);
                        json.WriteEndObject();
                    }
                    json.WriteEndArray();
                    json.WriteEndObject();
                }
                json.WriteEndArray();
                json.WriteEndObject();
            }
            buffer.WriteByte((byte)'\n');
            return buffer.ToArray();
        }

        private static ManifestImage ReadImage(JsonElement image)
        {
            var updated = image.GetProperty("updated");
            var files = image.GetProperty("files").EnumerateArray().Select(file => new ManifestFile(
                file.GetProperty("path").GetString()!,
                file.GetProperty("bytes").GetInt64(),
                file.GetProperty("sha256").GetString()!,
                file.GetProperty("source").GetString()!,
                file.TryGetProperty("size", out var size) ? ParseSize(size.GetString()) : (ImageSize?)null,
                file.TryGetProperty("damaged", out var damaged) && damaged.GetBoolean())).ToList();
            return new ManifestImage(
                image.GetProperty("id").GetString()!,
                image.GetProperty("title").GetString(),
                updated.ValueKind == JsonValueKind.Null ? (DateTime?)null : DateTime.Parse(updated.GetString()!, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind),
                image.GetProperty("folder").GetString()!,
                image.GetProperty("revisions").EnumerateArray().Select(revision => revision.GetString()!).ToList(),
                image.GetProperty("sizes").EnumerateArray().Select(size => ParseSize(size.GetString())).ToList(),
                image.GetProperty("includesRevisions").GetBoolean(),
                files);
        }

        private static ImageSize ParseSize(string? text) => (ImageSize)Enum.Parse(typeof(ImageSize), text ?? string.Empty, ignoreCase: false);
    }
}
