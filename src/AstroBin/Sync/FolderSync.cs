using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using AstroBin.Api;
using AstroBin.Api.Downloads;
using AstroBin.Api.Errors;

namespace AstroBin.Sync
{
    /// <summary>
    /// Keeps one folder in the state of a set of AstroBin images (see <see cref="SyncLayout"/>): plans each
    /// image from its list record without a request, fetches what is new or changed through the client and
    /// the image downloader (so through the process-wide limiter and the retries), and records every file
    /// in the <see cref="SyncManifest"/>. Plain .NET: the cmdlet decides what to confirm and what to write.
    /// </summary>
    public sealed class FolderSync
    {
        private readonly AstroBinClient? _client;
        private readonly ImageDownloader? _downloader;
        private int _changes;

        private AstroBinClient Client => _client ?? throw new InvalidOperationException("This folder was opened to verify it only.");

        private ImageDownloader Downloader => _downloader ?? throw new InvalidOperationException("This folder was opened to verify it only.");

        private FolderSync(string root, SyncOptions options, AstroBinClient? client, ImageDownloader? downloader, SyncManifest manifest)
        {
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
        /// Opens <paramref name="root"/>: reads its manifest and deletes the temporary files a killed run left.
        /// Without a client and a downloader it can only verify.
        /// </summary>
        /// <exception cref="InvalidDataException">The manifest cannot be read.</exception>
        public static FolderSync Open(string root, SyncOptions options, AstroBinClient? client, ImageDownloader? downloader)
        {
            var full = Path.GetFullPath(root);
            var manifest = SyncManifest.Load(full);
            AtomicFile.DeleteLeftovers(full);
            return new FolderSync(full, options, client, downloader, manifest);
        }

        /// <summary>What <paramref name="listed"/> needs, from its list record and the manifest: no request.</summary>
        public SyncPlan Plan(Image listed) => SyncPlan.Decide(Root, listed, Manifest.Find(listed.ImageId), Options);

        /// <summary>Fetches an image's record by id, for callers that have an id and no list record.</summary>
        public Task<ApiRecord<Image>> FetchRecordAsync(string imageId, CancellationToken cancellationToken) =>
            Client.GetImageRecordAsync(imageId, cancellationToken);

        /// <summary>The result of a plan with no work (nothing is fetched nor written).</summary>
        public SyncResult Unchanged(SyncPlan plan) => ResultOf(plan.Action, plan.Existing!);

                /// <summary>Carries out <paramref name="plan"/>.</summary>
        /// <param name="record">The image's record when the caller already fetched it; else it is fetched here (Full work only).</param>
        public async Task<SyncResult> RunAsync(SyncPlan plan, ApiRecord<Image>? record, CancellationToken cancellationToken)
        {
            switch (plan.Work)
            {
                case SyncWork.None:
                    return Unchanged(plan);
                case SyncWork.Repair:
                    return ResultOf(plan.Action, await RepairAsync(plan.Existing!, plan.Damaged, cancellationToken).ConfigureAwait(false));
                default:
                    record ??= await Client.GetImageRecordAsync(plan.ImageId, cancellationToken).ConfigureAwait(false);
                    return ResultOf(plan.Action, await FetchAllAsync(record, plan.Existing, cancellationToken).ConfigureAwait(false));
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
                if (id != null && !seen.Contains(id)) gone.Add(new ManifestImage(id, null, null, Path.GetFileName(folder), new string[0], new ImageSize[0], false, new ManifestFile[0]));
            }
            return gone;
        }

        /// <summary>Deletes a gone image: first from the manifest (which then claims nothing of it), then its folder.</summary>
        public SyncResult Prune(ManifestImage image)
        {
            Manifest.Forget(image.ImageId);
            var folder = SyncLayout.Full(Root, image.Folder);
            if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
            Interlocked.Increment(ref _changes);
            return new SyncResult(SyncAction.Removed, image.ImageId, image.Title, null, SyncResult.None, SyncResult.None);
        }

        /// <summary>A gone image reported but kept (no -Prune).</summary>
        public SyncResult Keep(ManifestImage image) => ResultOf(SyncAction.Removed, image);

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
                    problems.Add((check == FileCheck.Missing ? "Missing: " : "Changed: ") + file.Path);
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

        private async Task<ManifestImage> FetchAllAsync(ApiRecord<Image> record, ManifestImage? existing, CancellationToken cancellationToken)
        {
            var image = record.Value;
            var id = image.ImageId;
            // The manifest stops claiming the old files before any of them is replaced.
            if (existing != null) Manifest.Forget(id);
            Interlocked.Increment(ref _changes);
            var folder = PrepareFolder(id, SyncLayout.ImageFolderName(id, image.Title));
            var files = new List<ManifestFile> { WriteRecord(Path.Combine(folder, SyncLayout.ImageRecordName), record.Body, record.Source) };
            files.AddRange(await DownloadSizesAsync(image, folder, id, cancellationToken).ConfigureAwait(false));
            if (Options.IncludeRevisions)
            {
                foreach (var path in image.Revisions)
                {
                    var number = ApiPath.LastNumber(path);
                    if (number == null) continue;
                    var revision = await Client.GetImageRevisionRecordAsync(number.Value, cancellationToken).ConfigureAwait(false);
                    var revisionFolder = Path.Combine(folder, SyncLayout.RevisionsFolder, SyncLayout.RevisionFolderName(revision.Value.Label, number.Value));
                    Directory.CreateDirectory(revisionFolder);
                    files.Add(WriteRecord(Path.Combine(revisionFolder, SyncLayout.RevisionRecordName), revision.Body, revision.Source));
                    files.AddRange(await DownloadSizesAsync(revision.Value, revisionFolder, id, cancellationToken).ConfigureAwait(false));
                }
            }
            DeleteOthers(folder, files);
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
                Directory.CreateDirectory(folder);
                var fetched = await DownloadAsync(new Uri(file.Source), folder, existing.ImageId, file.Size!.Value, cancellationToken).ConfigureAwait(false);
                files.Remove(file.Path);
                files[fetched.Path] = fetched;
            }
            var entry = existing.WithFiles(files.Values);
            Manifest.Save(entry);
            return entry;
        }

        /// <summary>The image's folder, made or renamed from an earlier name (a changed title, a killed run).</summary>
        private string PrepareFolder(string imageId, string name)
        {
            var target = Path.Combine(Root, name);
            foreach (var other in SyncLayout.FoldersOf(Root, imageId))
            {
                if (other == target) continue;
                if (Directory.Exists(target)) Directory.Delete(other, recursive: true);
                else Directory.Move(other, target);
            }
            Directory.CreateDirectory(target);
            return target;
        }

        private ManifestFile WriteRecord(string path, byte[] body, string source)
        {
            AtomicFile.Write(path, body);
            return ManifestFile.Read(Root, path, source, null);
        }

        private async Task<List<ManifestFile>> DownloadSizesAsync(ImageVersion version, string folder, string imageId, CancellationToken cancellationToken)
        {
            var files = new List<ManifestFile>();
            foreach (var size in Options.Sizes)
            {
                var address = version.UrlOf(size);
                // An image without this size (no url_*) has no such file; nothing to fetch.
                if (string.IsNullOrEmpty(address) || !Uri.TryCreate(address, UriKind.Absolute, out var url)) continue;
                files.Add(await DownloadAsync(url, folder, imageId, size, cancellationToken).ConfigureAwait(false));
            }
            return files;
        }

        private async Task<ManifestFile> DownloadAsync(Uri url, string folder, string imageId, ImageSize size, CancellationToken cancellationToken)
        {
            var result = await Downloader.DownloadAsync(url, folder, imageId, size, overwrite: true, null, OnBytes, cancellationToken).ConfigureAwait(false);
            if (!ImageIntegrity.LooksWhole(result.Path))
            {
                File.Delete(result.Path);
                throw new AstroBinDownloadException(DownloadFailure.Incomplete, "The file is not a whole image (cut short, or something else sent as one); it was deleted.", url.AbsoluteUri);
            }
            return ManifestFile.Read(Root, result.Path, url.AbsoluteUri, size);
        }

        /// <summary>Files of an earlier version (another extension, a revision gone) and empty folders go.</summary>
        private void DeleteOthers(string folder, IReadOnlyCollection<ManifestFile> keep)
        {
            var wanted = new HashSet<string>(keep.Select(file => file.Path), StringComparer.Ordinal);
            foreach (var path in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).ToList())
            {
                if (!wanted.Contains(SyncLayout.Relative(Root, path))) File.Delete(path);
            }
            foreach (var directory in Directory.EnumerateDirectories(folder, "*", SearchOption.AllDirectories).OrderByDescending(path => path.Length).ToList())
            {
                if (!Directory.EnumerateFileSystemEntries(directory).Any()) Directory.Delete(directory);
            }
        }

        private SyncResult ResultOf(SyncAction action, ManifestImage image, IReadOnlyList<string>? problems = null) =>
            new SyncResult(action, image.ImageId, image.Title, SyncLayout.Full(Root, image.Folder),
                image.Files.Select(file => SyncLayout.Full(Root, file.Path)).ToList(), problems ?? SyncResult.None);
    }
}
