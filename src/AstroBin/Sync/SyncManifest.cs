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
    /// The state of a synced folder (<see cref="SyncLayout.ManifestName"/>): which set it holds, each image's
    /// <c>updated</c> and revisions when fetched, each file's path, length, SHA-256 and source, and the attic.
    /// A run appends each change as one line to the journal (<see cref="SyncLayout.JournalName"/>, flushed to disk)
    /// and folds the journal into the manifest once, at its end, so that a run writes bytes in proportion to what
    /// it changes rather than the whole manifest per image; a run that was killed leaves its journal, and the
    /// next open folds it. An image is forgotten (a line) before its files are replaced and saved (a line) after,
    /// so that manifest and journal together never claim more than is on disk. The same folder always gives the
    /// same manifest bytes (sorted, no timestamps of its own). Safe for concurrent use.
    /// </summary>
    public sealed class SyncManifest : IDisposable
    {
        /// <summary>The layout version; a later one is refused rather than misread.</summary>
        public const int FormatVersion = 1;

        private readonly object _gate = new object();
        private readonly Dictionary<string, ManifestImage> _images = new Dictionary<string, ManifestImage>(StringComparer.Ordinal);
        private readonly Dictionary<string, UnsafePathException> _refused = new Dictionary<string, UnsafePathException>(StringComparer.Ordinal);
        private readonly Dictionary<string, AtticImage> _attic = new Dictionary<string, AtticImage>(StringComparer.Ordinal);
        private readonly string _root;
        private readonly string _path;
        private readonly string _journalPath;
        private FileStream? _journal;
        private long _bytesWritten;

        private SyncManifest(string root)
        {
            _root = root;
            _path = Path.Combine(root, SyncLayout.ManifestName);
            _journalPath = Path.Combine(root, SyncLayout.JournalName);
        }

        /// <summary>
        /// The manifest of <paramref name="root"/> with the journal a killed run left folded in; an empty one when the
        /// folder was never synced. Call it only while holding the folder's <see cref="SyncLock"/>.
        /// </summary>
        /// <exception cref="InvalidDataException">The file is not a manifest this version can read.</exception>
        public static SyncManifest Load(string root)
        {
            var manifest = new SyncManifest(root);
            try
            {
                if (File.Exists(manifest._path)) manifest.Read(File.ReadAllBytes(manifest._path));
                if (File.Exists(manifest._journalPath))
                {
                    manifest.Replay(File.ReadAllLines(manifest._journalPath));
                    manifest.Fold();
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

        /// <summary>
        /// The set the folder holds ("user:&lt;name&gt;" or "piped"), as the last complete run recorded it; null for a
        /// folder never synced, or last synced by a version that did not record it.
        /// </summary>
        public string? Set
        {
            get
            {
                lock (_gate) return _set;
            }
        }

        /// <summary>How many images the set had at the last complete run (0 when not known).</summary>
        public int SetSize
        {
            get
            {
                lock (_gate) return _setSize;
            }
        }

        private string? _set;
        private int _setSize;

        /// <summary>Bytes this manifest wrote to disk (journal lines and folds): what a run costs the disk besides its files.</summary>
        public long BytesWritten => System.Threading.Interlocked.Read(ref _bytesWritten);

        public IReadOnlyList<ManifestImage> Images
        {
            get
            {
                lock (_gate) return _images.Values.OrderBy(image => image.ImageId, StringComparer.Ordinal).ToList();
            }
        }

        /// <summary>The images -Prune moved to the attic, in folder order (dated folders, so oldest first).</summary>
        public IReadOnlyList<AtticImage> Attic
        {
            get
            {
                lock (_gate) return _attic.Values.OrderBy(image => image.Folder, StringComparer.Ordinal).ToList();
            }
        }

        public ManifestImage? Find(string imageId)
        {
            lock (_gate) return _images.TryGetValue(imageId, out var image) ? image : null;
        }

        /// <summary>Records an image (replacing its entry): one journal line, on disk before this returns.</summary>
        public void Save(ManifestImage image) => SaveAll(new[] { image });

        /// <summary>Forgets an image (nothing happens when it is not there): one journal line, on disk before this returns.</summary>
        public void Forget(string imageId) => Append(json =>
        {
            json.WriteString("op", "forget");
            json.WriteString("id", imageId);
        });

        /// <summary>Records several images, one journal line each, flushed once.</summary>
        public void SaveAll(IEnumerable<ManifestImage> images)
        {
            foreach (var image in images)
            {
                Append(json =>
                {
                    json.WriteString("op", "save");
                    json.WritePropertyName("image");
                    WriteImage(json, image);
                });
            }
        }

        /// <summary>Records an image moved to the attic (after its folder moved there).</summary>
        public void AddToAttic(AtticImage image) => Append(json =>
        {
            json.WriteString("op", "attic");
            json.WritePropertyName("entry");
            WriteAttic(json, image);
        });

        /// <summary>Forgets an attic entry (its folder was emptied, or the user took it back).</summary>
        public void RemoveFromAttic(string folder) => Append(json =>
        {
            json.WriteString("op", "unattic");
            json.WriteString("folder", folder);
        });

        /// <summary>A run over the whole set ended: records the set and its size, and folds the journal.</summary>
        public void Complete(string set, int setSize)
        {
            lock (_gate)
            {
                _set = set;
                _setSize = setSize;
                Fold();
            }
        }

        /// <summary>Writes the manifest with every journal line applied, then deletes the journal (the lines are idempotent, so a kill between the two is harmless).</summary>
        public void Fold()
        {
            lock (_gate)
            {
                _journal?.Dispose();
                _journal = null;
                var bytes = Serialize();
                if (!File.Exists(_path) || !File.ReadAllBytes(_path).AsSpan().SequenceEqual(bytes))
                {
                    AtomicFile.Write(_path, bytes);
                    _bytesWritten += bytes.Length;
                }
                if (File.Exists(_journalPath)) File.Delete(_journalPath);
            }
        }

        /// <summary>Folds what this run journaled.</summary>
        public void Dispose()
        {
            lock (_gate)
            {
                if (_journal != null) Fold();
            }
        }

        private void Append(Action<Utf8JsonWriter> writeOperation)
        {
            using var buffer = new MemoryStream();
            using (var json = new Utf8JsonWriter(buffer))
            {
                json.WriteStartObject();
                writeOperation(json);
                json.WriteEndObject();
            }
            buffer.WriteByte((byte)'\n');
            var line = buffer.ToArray();
            // One writer at a time: lines are whole and in the order the changes were made.
            lock (_gate)
            {
                _journal ??= new FileStream(_journalPath, FileMode.Append, FileAccess.Write, FileShare.Read);
                _journal.Write(line, 0, line.Length);
                _journal.Flush(flushToDisk: true);
                _bytesWritten += line.Length;
                // The same code as a replay after a kill: what this run believes is what the next would read.
                using (var document = JsonDocument.Parse(line)) Apply(document.RootElement);
            }
        }

        private void Read(byte[] bytes)
        {
            using var json = JsonDocument.Parse(bytes);
            var top = json.RootElement;
            var format = top.GetProperty("format").GetInt32();
            if (format != FormatVersion) throw new InvalidDataException("it has format " + format + ", and this version reads format " + FormatVersion);
            if (top.TryGetProperty("set", out var set) && set.ValueKind == JsonValueKind.String) _set = set.GetString();
            if (top.TryGetProperty("setSize", out var size)) _setSize = size.GetInt32();
            foreach (var image in top.GetProperty("images").EnumerateArray()) Admit(ReadImage(image));
            if (!top.TryGetProperty("attic", out var attic)) return;
            foreach (var image in attic.EnumerateArray())
            {
                var entry = ReadAttic(image);
                _attic[entry.Folder] = entry;
            }
        }

        /// <summary>Takes an entry read from the manifest or the journal, unless a path in it leaves the image's own folder.</summary>
        private void Admit(ManifestImage entry)
        {
            // An image's folder is a top-level folder named by its id, and its files are below it: anything else
            // could make a later prune or repair reach another image's folder, or the user's own.
            var outside = SyncLayout.ImageIdOfFolder(entry.Folder) != entry.ImageId || !SyncLayout.IsContained(_root, entry.Folder)
                ? entry.Folder
                : entry.Files.Select(file => file.Path).FirstOrDefault(path => !path.StartsWith(entry.Folder + "/", StringComparison.Ordinal) || !SyncLayout.IsContained(_root, path));
            if (outside == null)
            {
                _refused.Remove(entry.ImageId);
                _images[entry.ImageId] = entry;
                return;
            }
            // Never followed: the entry is left out (the image is fetched anew) and nothing at that path is touched.
            _images.Remove(entry.ImageId);
            _refused[entry.ImageId] = new UnsafePathException(UnsafePathKind.ManifestPath,
                "The entry of image '" + entry.ImageId + "' in the sync manifest '" + _path + "' names '" + outside + "', which is not inside the image's own folder there (the manifest was edited). "
                + "The entry is ignored and nothing there is read, written or deleted; the image is fetched anew by the next sync. Restore the manifest if that is not what you want.", outside);
        }

        /// <summary>Applies a killed run's journal; its last line may be cut short (the kill came while writing it), and that change never happened.</summary>
        private void Replay(string[] lines)
        {
            var last = Array.FindLastIndex(lines, line => line.Trim().Length > 0);
            for (var i = 0; i <= last; i++)
            {
                if (lines[i].Trim().Length == 0) continue;
                JsonDocument document;
                try
                {
                    document = JsonDocument.Parse(lines[i]);
                }
                catch (JsonException) when (i == last)
                {
                    return;
                }
                using (document) Apply(document.RootElement);
            }
        }

        private void Apply(JsonElement operation)
        {
            switch (operation.GetProperty("op").GetString())
            {
                case "save":
                    Admit(ReadImage(operation.GetProperty("image")));
                    break;
                case "forget":
                    _images.Remove(operation.GetProperty("id").GetString()!);
                    break;
                case "attic":
                    var moved = ReadAttic(operation.GetProperty("entry"));
                    _attic[moved.Folder] = moved;
                    break;
                case "unattic":
                    _attic.Remove(operation.GetProperty("folder").GetString()!);
                    break;
                default:
                    throw new FormatException("the journal has an operation this version does not know");
            }
        }

        private byte[] Serialize()
        {
            using var buffer = new MemoryStream();
            using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
            {
                json.WriteStartObject();
                json.WriteNumber("format", FormatVersion);
                if (_set != null) json.WriteString("set", _set);
                else json.WriteNull("set");
                json.WriteNumber("setSize", _setSize);
                json.WriteStartArray("images");
                foreach (var image in _images.Values.OrderBy(image => image.ImageId, StringComparer.Ordinal)) WriteImage(json, image);
                json.WriteEndArray();
                json.WriteStartArray("attic");
                foreach (var image in _attic.Values.OrderBy(image => image.Folder, StringComparer.Ordinal)) WriteAttic(json, image);
                json.WriteEndArray();
                json.WriteEndObject();
            }
            buffer.WriteByte((byte)'\n');
            return buffer.ToArray();
        }

        private static void WriteImage(Utf8JsonWriter json, ManifestImage image)
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
            WriteFiles(json, image.Files);
            json.WriteEndObject();
        }

        private static void WriteFiles(Utf8JsonWriter json, IEnumerable<ManifestFile> files)
        {
            json.WriteStartArray("files");
            foreach (var file in files)
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
        }

        private static void WriteAttic(Utf8JsonWriter json, AtticImage image)
        {
            json.WriteStartObject();
            json.WriteString("id", image.ImageId);
            json.WriteString("title", image.Title);
            json.WriteString("folder", image.Folder);
            json.WriteString("formerFolder", image.FormerFolder);
            json.WriteString("moved", image.Moved.ToString("o", CultureInfo.InvariantCulture));
            WriteFiles(json, image.Files);
            json.WriteEndObject();
        }

        private static ManifestImage ReadImage(JsonElement image)
        {
            var updated = image.GetProperty("updated");
            var files = ReadFiles(image);
            return new ManifestImage(
                image.GetProperty("id").GetString()!,
                image.GetProperty("title").GetString(),
                updated.ValueKind == JsonValueKind.Null ? (DateTime?)null : ParseDate(updated.GetString()),
                image.GetProperty("folder").GetString()!,
                image.GetProperty("revisions").EnumerateArray().Select(revision => revision.GetString()!).ToList(),
                image.GetProperty("sizes").EnumerateArray().Select(size => ParseSize(size.GetString())).ToList(),
                image.GetProperty("includesRevisions").GetBoolean(),
                files);
        }

        private static List<ManifestFile> ReadFiles(JsonElement owner) => owner.GetProperty("files").EnumerateArray().Select(file => new ManifestFile(
            file.GetProperty("path").GetString()!,
            file.GetProperty("bytes").GetInt64(),
            file.GetProperty("sha256").GetString()!,
            file.GetProperty("source").GetString()!,
            file.TryGetProperty("size", out var size) ? ParseSize(size.GetString()) : (ImageSize?)null,
            file.TryGetProperty("damaged", out var damaged) && damaged.GetBoolean())).ToList();

        private static AtticImage ReadAttic(JsonElement image) => new AtticImage(
            image.GetProperty("id").GetString()!,
            image.GetProperty("title").GetString(),
            image.GetProperty("folder").GetString()!,
            image.GetProperty("formerFolder").GetString()!,
            ParseDate(image.GetProperty("moved").GetString()),
            ReadFiles(image));

        private static DateTime ParseDate(string? text) => DateTime.Parse(text ?? string.Empty, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind);

        private static ImageSize ParseSize(string? text) => (ImageSize)Enum.Parse(typeof(ImageSize), text ?? string.Empty, ignoreCase: false);
    }
}
