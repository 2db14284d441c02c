using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using AstroBin.Api;
using AstroBin.Api.Downloads;
using AstroBin.Api.Errors;
using AstroBin.Files;

namespace AstroBin.Sync
{
    /// <summary>
    /// Keeps one folder in the state of a set of AstroBin images (see <see cref="SyncLayout"/>): plans each
    /// image from its list record without a request, fetches what is new or changed through the client and
    /// the image downloader (so through the process-wide limiter and the retries), and records every file
    /// in the <see cref="SyncManifest"/>. Plain .NET: the cmdlet decides what to confirm and what to write.
    /// </summary>
    public sealed class FolderSync : IDisposable
    {
        private readonly AstroBinClient? _client;
        private readonly SyncLock _lock;
        private readonly ImageDownloader? _downloader;
        private int _changes;

        private AstroBinClient Client => _client ?? throw new InvalidOperationException("This folder was opened to verify it only.");

        private ImageDownloader Downloader => _downloader ?? throw new InvalidOperationException("This folder was opened to verify it only.");

        private FolderSync(string root, SyncOptions options, AstroBinClient? client, ImageDownloader? downloader, SyncManifest manifest, SyncLock held)
        {
            _lock = held;
            Root = root;
            Options = options;
            _client = client;
            _downloader = downloader;
            Manifest = manifest;
        }

        /// <summary>The synced folder (full path).</summary>
        public string Root { get; }

        public SyncOptions Options { get; }

        public SyncManifest Manifest { get; }

        /// <summary>Whether this run added, changed, repaired or deleted anything (the gallery is then rewritten).</summary>
        public bool Changed => Volatile.Read(ref _changes) > 0;

        /// <summary>Called with the byte count of each chunk downloaded, from any thread.</summary>
        public Action<long>? OnBytes { get; set; }

        /// <summary>
        /// Opens <paramref name="root"/>: takes its lock, reads its manifest (folding a killed run's journal) and
        /// deletes the temporary files a killed run left; the lock comes first, so that a run never deletes another's.
        /// Without a client and a downloader it can only verify. Dispose it to end the run (the lock is then free).
        /// </summary>
        /// <exception cref="SyncLockedException">Another run is using the folder.</exception>
        /// <exception cref="InvalidDataException">The manifest cannot be read.</exception>
        public static FolderSync Open(string root, SyncOptions options, AstroBinClient? client, ImageDownloader? downloader)
        {
            var full = Path.GetFullPath(root);
            var held = SyncLock.Take(full);
            try
            {
                var manifest = SyncManifest.Load(full);
                AtomicFile.DeleteLeftovers(full);
                return new FolderSync(full, options, client, downloader, manifest, held);
            }
            catch
            {
                held.Dispose();
                throw;
            }
        }

        /// <summary>Folds this run's journal into the manifest and frees the folder.</summary>
        public void Dispose()
        {
            try
            {
                Manifest.Dispose();
            }
            finally
            {
                _lock.Dispose();
            }
        }

        /// <summary>What <paramref name="listed"/> needs, from its list record and the manifest: no request.</summary>
        /// <exception cref="UnsafePathException">The listed id cannot name a folder (nothing is requested for it).</exception>
        public SyncPlan Plan(Image listed)
        {
            SyncLayout.CheckImageId(listed.ImageId);
            return SyncPlan.Decide(Root, listed, Manifest.Find(listed.ImageId), Options);
        }

        /// <summary>Fetches an image's record by id, for callers that have an id and no list record.</summary>
        public Task<ApiRecord<Image>> FetchRecordAsync(string imageId, CancellationToken cancellationToken) =>
            Client.GetImageRecordAsync(imageId, cancellationToken);

        /// <summary>The result of a plan with no work (nothing is fetched nor written).</summary>
        public SyncResult Unchanged(SyncPlan plan) => ResultOf(plan.Action, plan.Existing!);

        /// <summary>Carries out <paramref name="plan"/>.</summary>
        /// <param name="record">The image's record, when the caller fetches it (through a multi-get); else it is fetched here (Full work only).</param>
        /// <param name="revision">Fetches a revision's record by number (through a multi-get); else each is fetched alone.</param>
        public async Task<SyncResult> RunAsync(SyncPlan plan, Task<ApiRecord<Image>>? record, Func<int, Task<ApiRecord<ImageRevision>>>? revision, CancellationToken cancellationToken)
        {
            switch (plan.Work)
            {
                case SyncWork.None:
                    return Unchanged(plan);
                case SyncWork.Repair:
                    return ResultOf(plan.Action, await RepairAsync(plan.Existing!, plan.Damaged, cancellationToken).ConfigureAwait(false));
                default:
                    var fetched = await (record ?? Client.GetImageRecordAsync(plan.ImageId, cancellationToken)).ConfigureAwait(false);
                    // The folder is the plan's (the list's) image: a record of another image is never written as this one.
                    if (!IsRecordOf(fetched.Value, plan.ImageId)) throw new AstroBinRecordMismatchException(plan.ImageId, fetched.Value.ImageId, fetched.Source);
                    revision ??= number => Client.GetImageRevisionRecordAsync(number, cancellationToken);
                    return ResultOf(plan.Action, await FetchAllAsync(plan.ImageId, fetched, plan.Existing, revision, cancellationToken).ConfigureAwait(false));
            }
        }

        /// <summary>
        /// The images gone from the set: those of the manifest not in <paramref name="seen"/>, and image folders
        /// the manifest does not know (left by a run killed while adding or pruning an image) of images not in it either.
        /// </summary>
        public IReadOnlyList<ManifestImage> NotIn(ICollection<string> seen)
        {
            var known = Manifest.Images;
            var gone = known.Where(image => !seen.Contains(image.ImageId)).ToList();
            foreach (var folder in SyncLayout.OrphanFolders(Root, known.Select(image => image.Folder)))
            {
                var id = SyncLayout.ImageIdOfFolder(Path.GetFileName(folder));
                // A folder whose manifest entry was refused (edited by hand) is the user's to sort out: never pruned.
                if (id != null && !seen.Contains(id) && !Manifest.Refused.ContainsKey(id)) gone.Add(new ManifestImage(id, null, null, Path.GetFileName(folder), new string[0], new ImageSize[0], false, new ManifestFile[0]));
            }
            return gone;
        }

        /// <summary>
        /// Moves a gone image's folder into the attic (<c>.attic/&lt;yyyy-MM-dd&gt;/&lt;folder&gt;</c>, dated
        /// <paramref name="now"/>): first the manifest forgets it (so it claims nothing of it while it moves), then
        /// the folder moves in one rename, then the attic lists it. Nothing is deleted.
        /// </summary>
        public SyncResult Prune(ManifestImage image, DateTime now)
        {
            var folder = SyncLayout.Full(Root, image.Folder);
            var link = FileLinks.FirstLinkIn(folder);
            if (link != null) throw ContainedPath.Linked(link);
            var day = Path.Combine(Root, SyncLayout.AtticFolder, now.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
            // The attic, or its day, a link to elsewhere would move the image out of the backup.
            ContainedPath.RefuseLinks(Root, day);
            Directory.CreateDirectory(day);
            var name = Path.GetFileName(folder);
            var target = Path.Combine(day, name);
            // The same image pruned twice on one day (it came back in between): the earlier copy stays too.
            for (var n = 2; Directory.Exists(target) || File.Exists(target); n++) target = Path.Combine(day, name + " (" + n + ")");
            Manifest.Forget(image.ImageId);
            Interlocked.Increment(ref _changes);
            if (!Directory.Exists(folder))
            {
                return new SyncResult(SyncAction.Pruned, image.ImageId, image.Title, null, SyncResult.None, new[] { image.Folder + ": not on disk, nothing to move" });
            }
            Directory.Move(folder, target);
            var atticFolder = SyncLayout.Relative(Root, target);
            var oldPrefix = image.Folder + "/";
            // The manifest's own record of each file, at its new path; a folder it never knew is read from disk.
            var files = image.Files.Count > 0
                ? image.Files.Where(file => file.Path.StartsWith(oldPrefix, StringComparison.Ordinal))
                    .Select(file => file.At(atticFolder + "/" + file.Path.Substring(oldPrefix.Length))).ToList()
                : Directory.EnumerateFiles(target, "*", SearchOption.AllDirectories).Select(path => ManifestFile.Read(Root, path, string.Empty, null)).ToList();
            var moved = new AtticImage(image.ImageId, image.Title, atticFolder, image.Folder, now.ToUniversalTime(), files);
            Manifest.AddToAttic(moved);
            return new SyncResult(SyncAction.Pruned, image.ImageId, image.Title, target, moved.Files.Select(file => SyncLayout.Full(Root, file.Path)).ToList(), SyncResult.None);
        }

        /// <summary>
        /// A failed image: the file or folder first, then what is on disk for it now (the files of its last good sync,
        /// or files of this attempt that the manifest does not claim and the next sync replaces), then the error.
        /// </summary>
        public SyncResult Failed(string imageId, string? title, string error)
        {
            var existing = Manifest.Find(imageId);
            if (existing != null)
            {
                var kept = ResultOf(SyncAction.Failed, existing);
                return new SyncResult(SyncAction.Failed, imageId, title ?? existing.Title, kept.Folder, kept.Files,
                    new[] { existing.Folder + ": " + error, existing.Folder + ": on disk, the " + existing.Files.Count + " file(s) of its last good sync" });
            }
            var folder = SyncLayout.FoldersOf(Root, imageId).FirstOrDefault();
            if (folder == null) return new SyncResult(SyncAction.Failed, imageId, title, null, SyncResult.None, new[] { imageId + ": " + error, imageId + ": nothing on disk" });
            var name = Path.GetFileName(folder);
            var files = Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).ToList();
            return new SyncResult(SyncAction.Failed, imageId, title, folder, files,
                new[] { name + ": " + error, name + ": on disk, " + files.Count + " file(s) the manifest does not vouch for (the next sync fetches them again)" });
        }

        /// <summary>A gone image reported and left where it is.</summary>
        public SyncResult Keep(ManifestImage image) => ResultOf(SyncAction.Gone, image);

        /// <summary>
        /// Deletes the attic's images moved before <paramref name="before"/> (all with null), each after
        /// <paramref name="confirm"/> says yes: first from the manifest, then its folder; empty dated folders go too.
        /// Attic entries whose folder the user took back are forgotten.
        /// </summary>
        /// <returns>The images deleted.</returns>
        public IReadOnlyList<AtticImage> EmptyAttic(DateTime? before, Func<AtticImage, bool> confirm)
        {
            ForgetRestored();
            var deleted = new List<AtticImage>();
            foreach (var image in Manifest.Attic)
            {
                if (before.HasValue && image.Moved >= before.Value.ToUniversalTime()) continue;
                if (!confirm(image)) continue;
                var folder = SyncLayout.Full(Root, image.Folder);
                ContainedPath.RefuseLinks(Root, folder);
                var link = FileLinks.FirstLinkIn(folder);
                if (link != null) throw ContainedPath.Linked(link);
                Manifest.RemoveFromAttic(image.Folder);
                if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
                deleted.Add(image);
            }
            var attic = Path.Combine(Root, SyncLayout.AtticFolder);
            if (Directory.Exists(attic))
            {
                foreach (var day in Directory.EnumerateDirectories(attic).ToList())
                {
                    if (!Directory.EnumerateFileSystemEntries(day).Any()) Directory.Delete(day);
                }
                if (!Directory.EnumerateFileSystemEntries(attic).Any()) Directory.Delete(attic);
            }
            if (deleted.Count > 0) Interlocked.Increment(ref _changes);
            return deleted;
        }

        /// <summary>Forgets the attic entries whose folder is no longer there: the user moved it back (or deleted it).</summary>
        public void ForgetRestored()
        {
            foreach (var image in Manifest.Attic)
            {
                if (Directory.Exists(SyncLayout.Full(Root, image.Folder))) continue;
                Manifest.RemoveFromAttic(image.Folder);
                Interlocked.Increment(ref _changes);
            }
        }

        /// <summary>Bytes the manifest and its journal wrote in this run.</summary>
        public long ManifestBytesWritten => Manifest.BytesWritten;

        /// <summary>
        /// Hashes every file against the manifest. Files found missing or changed are marked damaged in the
        /// manifest (it stops vouching for them), so that the next sync fetches them again; when any is found,
        /// <paramref name="confirmMarking"/> is asked first (-WhatIf says no).
        /// </summary>
        public IReadOnlyList<SyncResult> Verify(Func<bool> confirmMarking, CancellationToken cancellationToken)
        {
            var results = new List<SyncResult>();
            var marked = new List<ManifestImage>();
            foreach (var image in Manifest.Images)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var problems = new List<string>();
                var files = image.Files.Select(file =>
                {
                    var check = file.Check(Root, hash: true);
                    if (check == FileCheck.Intact && !file.Damaged) return file;
                    // The file first, so that a table or a log line that is cut keeps it.
                    problems.Add(file.Path + (check == FileCheck.Missing ? ": missing" : check == FileCheck.Changed ? ": changed on disk" : ": marked damaged by an earlier -Verify"));
                    return file.AsDamaged();
                }).ToList();
                if (problems.Count > 0) marked.Add(image.WithFiles(files));
                results.Add(ResultOf(problems.Count == 0 ? SyncAction.Verified : SyncAction.Damaged, image, problems));
            }
            if (marked.Count > 0 && confirmMarking()) Manifest.SaveAll(marked);
            return results;
        }

        /// <summary>
        /// Whether the gallery is to be written: this run changed the folder, or it has none yet (nor its pages: a
        /// folder synced by 0.2.0 gets the image pages and the sky map at its next sync).
        /// </summary>
        public bool GalleryDue => Changed || !File.Exists(Path.Combine(Root, GalleryPage.FileName)) || !Directory.Exists(Path.Combine(Root, GalleryPage.PagesFolder));

        /// <summary>Writes the gallery (index.html) from the manifest's images.</summary>
        public void WriteGallery() => SyncGallery.Write(Root, Manifest);

        /// <summary>Whether <paramref name="record"/> is the image asked for as <paramref name="imageId"/> (its hash, or its number).</summary>
        public static bool IsRecordOf(Image record, string imageId) =>
            record.ImageId == imageId || (record.Id != 0 && record.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) == imageId);

        /// <param name="id">The id the list (or the caller) gave: the image's folder and files are named by it, never by the record's.</param>
        private async Task<ManifestImage> FetchAllAsync(string id, ApiRecord<Image> record, ManifestImage? existing, Func<int, Task<ApiRecord<ImageRevision>>> fetchRevision, CancellationToken cancellationToken)
        {
            var image = record.Value;
            // Every check before any change: a refused image leaves the folder and the manifest as they were.
            var folder = CheckedFolder(id, image.Title);
            // The manifest stops claiming the old files before any of them is replaced.
            if (existing != null) Manifest.Forget(id);
            Interlocked.Increment(ref _changes);
            PrepareFolder(id, folder);
            var kept = Keepable(existing, image);
            var files = new List<ManifestFile> { WriteRecord(Path.Combine(folder, SyncLayout.ImageRecordName), record.Body, record.Source) };
            files.AddRange(await DownloadSizesAsync(image, folder, id, kept, cancellationToken).ConfigureAwait(false));
            if (Options.IncludeRevisions)
            {
                foreach (var path in image.Revisions)
                {
                    var number = ApiPath.LastNumber(path);
                    if (number == null) continue;
                    var revision = await fetchRevision(number.Value).ConfigureAwait(false);
                    var revisionFolder = ContainedPath.Child(Path.Combine(folder, SyncLayout.RevisionsFolder), SyncLayout.RevisionFolderName(revision.Value.Label, number.Value),
                        "the folder name of revision " + number.Value + " of image '" + id + "'");
                    ContainedPath.RefuseLinks(Root, revisionFolder);
                    Directory.CreateDirectory(revisionFolder);
                    files.Add(WriteRecord(Path.Combine(revisionFolder, SyncLayout.RevisionRecordName), revision.Body, revision.Source));
                    files.AddRange(await DownloadSizesAsync(revision.Value, revisionFolder, id, kept, cancellationToken).ConfigureAwait(false));
                }
            }
            DeleteOthers(id, folder, files, existing);
            var entry = new ManifestImage(id, image.Title, image.Updated, SyncLayout.Relative(Root, folder), image.Revisions.ToList(),
                Options.Sizes, Options.IncludeRevisions, files);
            Manifest.Save(entry);
            return entry;
        }

        private async Task<ManifestImage> RepairAsync(ManifestImage existing, IReadOnlyList<ManifestFile> damaged, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref _changes);
            var files = existing.Files.ToDictionary(file => file.Path, StringComparer.Ordinal);
            foreach (var file in damaged)
            {
                var folder = Path.GetDirectoryName(SyncLayout.Full(Root, file.Path))!;
                ContainedPath.RefuseLinks(Root, folder);
                Directory.CreateDirectory(folder);
                var fetched = await DownloadAsync(new Uri(file.Source), folder, existing.ImageId, file.Size!.Value, cancellationToken).ConfigureAwait(false);
                files.Remove(file.Path);
                files[fetched.Path] = fetched;
            }
            var entry = existing.WithFiles(files.Values);
            Manifest.Save(entry);
            return entry;
        }

        /// <summary>
        /// The image's folder (full path), refused when its name would leave the synced folder, or when it or an
        /// earlier folder of the image holds a link (or is one): those are moved or emptied by <see cref="PrepareFolder"/>.
        /// </summary>
        private string CheckedFolder(string imageId, string? title)
        {
            var target = ContainedPath.Child(Root, SyncLayout.ImageFolderName(imageId, title), "the folder name of image '" + imageId + "'");
            foreach (var folder in SyncLayout.FoldersOf(Root, imageId).Append(target))
            {
                var link = FileLinks.FirstLinkIn(folder);
                if (link != null) throw ContainedPath.Linked(link);
            }
            return target;
        }

        /// <summary>
        /// Makes the image's folder, or renames it from an earlier name (a changed title, a killed run). When both are
        /// there, the earlier one's files of the module's go, and what the user put in it moves to the new one (or, when
        /// the new one has a file of that name already, stays where it is).
        /// </summary>
        private void PrepareFolder(string imageId, string target)
        {
            foreach (var other in SyncLayout.FoldersOf(Root, imageId))
            {
                if (other == target) continue;
                if (!Directory.Exists(target))
                {
                    Directory.Move(other, target);
                    continue;
                }
                foreach (var file in FileLinks.Below(other).OfType<FileInfo>().ToList())
                {
                    if (IsOwnFile(imageId, file, null)) file.Delete();
                    else
                    {
                        var moved = Path.Combine(target, file.FullName.Substring(other.Length).TrimStart(Path.DirectorySeparatorChar));
                        if (File.Exists(moved) || Directory.Exists(moved)) continue;
                        Directory.CreateDirectory(Path.GetDirectoryName(moved)!);
                        file.MoveTo(moved);
                    }
                }
                DeleteEmptyFolders(other);
            }
            Directory.CreateDirectory(target);
        }

        private ManifestFile WriteRecord(string path, byte[] body, string source)
        {
            AtomicFile.Write(path, body);
            return ManifestFile.Read(Root, path, source, null);
        }

        /// <summary>
        /// The picture files of an image AstroBin has not changed since they were fetched (same updated date), that are
        /// still whole on disk: a sync that only adds a size or the revisions keeps them instead of fetching them again.
        /// Keyed by full path and address.
        /// </summary>
        private Dictionary<string, ManifestFile> Keepable(ManifestImage? existing, Image image)
        {
            var kept = new Dictionary<string, ManifestFile>(StringComparer.Ordinal);
            if (existing == null || existing.Updated != image.Updated) return kept;
            foreach (var file in existing.Files)
            {
                if (file.Size == null || file.Damaged || file.Check(Root, hash: false) != FileCheck.Intact) continue;
                kept[SyncLayout.Full(Root, file.Path) + " " + file.Source] = file;
            }
            return kept;
        }

        private async Task<List<ManifestFile>> DownloadSizesAsync(ImageVersion version, string folder, string imageId,
            IReadOnlyDictionary<string, ManifestFile> kept, CancellationToken cancellationToken)
        {
            var files = new List<ManifestFile>();
            foreach (var size in Options.Sizes)
            {
                // An image without this size (no url_*) has no such file; nothing to fetch.
                if (!(ImageFiles.AddressOf(version, size) is Uri url)) continue;
                var there = ImageFileName.Existing(folder, imageId, size);
                if (there != null && kept.TryGetValue(there + " " + url.AbsoluteUri, out var keep))
                {
                    files.Add(keep);
                    continue;
                }
                files.Add(await DownloadAsync(url, folder, imageId, size, cancellationToken).ConfigureAwait(false));
            }
            return files;
        }

        private async Task<ManifestFile> DownloadAsync(Uri url, string folder, string imageId, ImageSize size, CancellationToken cancellationToken)
        {
            var result = await Downloader.DownloadAsync(url, folder, imageId, size, overwrite: true, null, OnBytes, cancellationToken).ConfigureAwait(false);
            return ManifestFile.Read(Root, result.Path, url.AbsoluteUri, size);
        }

        /// <summary>
        /// The module's files of an earlier version (another extension, a revision gone) go, and the revision folders
        /// left empty; what the user put in the image's folder stays. A link is never followed.
        /// </summary>
        private void DeleteOthers(string imageId, string folder, IReadOnlyCollection<ManifestFile> keep, ManifestImage? earlier)
        {
            var wanted = new HashSet<string>(keep.Select(file => file.Path), StringComparer.Ordinal);
            var entries = FileLinks.Below(folder).ToList();
            var link = entries.FirstOrDefault(FileLinks.IsLink);
            if (link != null) throw ContainedPath.Linked(link.FullName);
            foreach (var file in entries.OfType<FileInfo>())
            {
                if (!wanted.Contains(SyncLayout.Relative(Root, file.FullName)) && IsOwnFile(imageId, file, earlier)) file.Delete();
            }
            var revisions = Path.Combine(folder, SyncLayout.RevisionsFolder);
            if (Directory.Exists(revisions)) DeleteEmptyFolders(revisions);
        }

        /// <summary>
        /// Whether the module wrote <paramref name="file"/>: the manifest claimed it for the image, or it has a name the
        /// module gives (a record, a file of the image's). Anything else in an image's folder is the user's.
        /// </summary>
        private bool IsOwnFile(string imageId, FileInfo file, ManifestImage? earlier) =>
            earlier?.Files.Any(claimed => claimed.Path == SyncLayout.Relative(Root, file.FullName)) == true
            || file.Name == SyncLayout.ImageRecordName || file.Name == SyncLayout.RevisionRecordName
            || ImageFileName.IsFileOf(file.Name, imageId) || AtomicFile.IsTemporaryName(file.Name);

        /// <summary>Deletes the empty folders below <paramref name="top"/>, deepest first, and <paramref name="top"/> when it is left empty.</summary>
        private static void DeleteEmptyFolders(string top)
        {
            foreach (var directory in FileLinks.Below(top).OfType<DirectoryInfo>().OrderByDescending(entry => entry.FullName.Length))
            {
                if (!FileLinks.IsLink(directory) && !directory.EnumerateFileSystemInfos().Any()) directory.Delete();
            }
            if (Directory.Exists(top) && !Directory.EnumerateFileSystemEntries(top).Any()) Directory.Delete(top);
        }

        private SyncResult ResultOf(SyncAction action, ManifestImage image, IReadOnlyList<string>? problems = null) =>
            new SyncResult(action, image.ImageId, image.Title, SyncLayout.Full(Root, image.Folder),
                image.Files.Select(file => SyncLayout.Full(Root, file.Path)).ToList(), problems ?? SyncResult.None);
    }
}
