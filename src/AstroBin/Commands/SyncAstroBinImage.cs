using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using AstroBin.Api;
using AstroBin.Api.Errors;
using AstroBin.Api.Queries;
using AstroBin.Commands.Binding;
using AstroBin.Files;
using AstroBin.Sync;

namespace AstroBin.Commands
{
    /// <summary>
    /// Keeps a folder in the state of a set of images (piped, or all of a user's): each image's record and
    /// files, fetched only when new or changed, written atomically and recorded in a manifest; -Verify
    /// checks the files against it. One run at a time a folder (a lock); a folder holds one set, and images
    /// gone from it are moved to the attic (-Prune) only when the list is believed; -EmptyAttic deletes them.
    /// </summary>
    [Cmdlet(VerbsData.Sync, "AstroBinImage", DefaultParameterSetName = ImageSet, SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium, HelpUri = HelpLinks.Pages + "Sync-AstroBinImage.md")]
    [OutputType(typeof(SyncResult))]
    public sealed class SyncAstroBinImage : AstroBinCmdlet
    {
        private const string ImageSet = "Image";
        private const string IdSet = "Id";
        private const string UserSet = "User";
        private const string VerifySet = "Verify";
        private const string EmptyAtticSet = "EmptyAttic";

        /// <summary>What the folder's manifest records for a piped set (ids or image objects).</summary>
        private const string PipedSetName = "piped";

        private readonly HashSet<string> _seen = new HashSet<string>(StringComparer.Ordinal);
        private readonly SyncProgress _progress = new SyncProgress();
        private FolderSync? _sync;

        // Whether every image of the set arrived: a failed list or an unreadable record means the images not
        // seen may still be there, so none is reported gone.
        private bool _setComplete = true;

        // This run's set differs from the one the folder recorded (or none was): gone images are not reported this time.
        private bool _newSet;

        /// <summary>Image objects (Search-AstroBinImage, Get-AstroBinImage): planned from their own updated date, no request when unchanged.</summary>
        [Parameter(Mandatory = true, ValueFromPipeline = true, ParameterSetName = ImageSet)]
        public Image[] Image { get; set; } = Array.Empty<Image>();

        /// <summary>Image ids (hashes, numbers, page URLs; Images of the Day and top picks bind as their images): numbers 100 a request, hashes one each, concurrently.</summary>
        [Parameter(Mandatory = true, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true, ParameterSetName = IdSet)]
        [Alias("ImageId", "Hash")]
        [AllowEmptyString]
        [ImageIdTransformation]
        public string[] Id { get; set; } = Array.Empty<string>();

        /// <summary>Every image of this user (the exact user name).</summary>
        [Parameter(Mandatory = true, ParameterSetName = UserSet)]
        [ValidateNotNullOrEmpty]
        [UsernameTransformation]
        public string User { get; set; } = string.Empty;

        /// <summary>Check every file against the manifest (lengths and SHA-256) without any request.</summary>
        [Parameter(Mandatory = true, ParameterSetName = VerifySet)]
        public SwitchParameter Verify { get; set; }

        /// <summary>The folder to keep in sync; made when missing (its parent must exist).</summary>
        [Parameter(Mandatory = true, Position = 0)]
        [ValidateNotNullOrEmpty]
        public string Path { get; set; } = string.Empty;

        [Parameter(ParameterSetName = ImageSet)]
        [Parameter(ParameterSetName = IdSet)]
        [Parameter(ParameterSetName = UserSet)]
        [ValidateNotNullOrEmpty]
        public ImageSize[] Size { get; set; } = SyncOptions.DefaultSizes.ToArray();

        [Parameter(ParameterSetName = ImageSet)]
        [Parameter(ParameterSetName = IdSet)]
        [Parameter(ParameterSetName = UserSet)]
        public SwitchParameter IncludeRevision { get; set; }

        /// <summary>Move the folders of images no longer in the set to the attic (asks, as -Confirm/-WhatIf say); nothing is deleted.</summary>
        [Parameter(ParameterSetName = ImageSet)]
        [Parameter(ParameterSetName = IdSet)]
        [Parameter(ParameterSetName = UserSet)]
        public SwitchParameter Prune { get; set; }

        /// <summary>How many images may be gone from the set in one run: a share of the folder's images ("10%") or a count ("25"); more is refused without -Force.</summary>
        [Parameter(ParameterSetName = ImageSet)]
        [Parameter(ParameterSetName = IdSet)]
        [Parameter(ParameterSetName = UserSet)]
        [ValidatePattern(PruneLimit.Pattern)]
        public string MaxPrune { get; set; } = PruneLimit.Default;

        /// <summary>Believe a set that shrank by more than -MaxPrune (and prune it); with -EmptyAttic, do not ask.</summary>
        [Parameter(ParameterSetName = ImageSet)]
        [Parameter(ParameterSetName = IdSet)]
        [Parameter(ParameterSetName = UserSet)]
        [Parameter(ParameterSetName = EmptyAtticSet)]
        public SwitchParameter Force { get; set; }

        /// <summary>Sync a set other than the one the folder holds into it; it becomes the folder's set, and this run reports nothing gone.</summary>
        [Parameter(ParameterSetName = ImageSet)]
        [Parameter(ParameterSetName = IdSet)]
        [Parameter(ParameterSetName = UserSet)]
        public SwitchParameter AllowSetChange { get; set; }

        /// <summary>Delete the images in the folder's attic (what -Prune moved there): the one step that deletes.</summary>
        [Parameter(Mandatory = true, ParameterSetName = EmptyAtticSet)]
        public SwitchParameter EmptyAttic { get; set; }

        /// <summary>With -EmptyAttic: only the images moved to the attic before this date.</summary>
        [Parameter(ParameterSetName = EmptyAtticSet)]
        public DateTime? OlderThan { get; set; }

        /// <summary>The set this run syncs, as the manifest records it.</summary>
        private string RunSet => ParameterSetName == UserSet ? "user:" + User : PipedSetName;

        private bool Syncing => ParameterSetName != VerifySet && ParameterSetName != EmptyAtticSet;

        protected override void BeginProcessing()
        {
            var folder = SessionState.Path.GetUnresolvedProviderPathFromPSPath(Path, out var provider, out _);
            var parent = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(folder));
            if (provider.ImplementingType != typeof(Microsoft.PowerShell.Commands.FileSystemProvider) || (!Directory.Exists(folder) && (parent == null || !Directory.Exists(parent))))
            {
                ThrowTerminatingError(ErrorRecords.Create("AstroBinPathNotFound", ErrorCategory.ObjectNotFound,
                    "Neither the folder '" + Path + "' nor its parent exists. Give -Path a folder in an existing one (it is made when missing).", Path));
            }
            if (File.Exists(folder))
            {
                ThrowTerminatingError(ErrorRecords.Create("AstroBinPathNotFound", ErrorCategory.ObjectNotFound,
                    "'" + Path + "' is a file. Give -Path the folder to keep the backup in (it is made when missing).", Path));
            }
            if (ParameterSetName == UserSet) RefuseMissingUser();
            if (!Directory.Exists(folder) && Syncing && ShouldProcess(folder, "Create folder")) Directory.CreateDirectory(folder);
            var options = new SyncOptions(Size, IncludeRevision);
            try
            {
                _sync = Syncing
                    ? FolderSync.Open(folder, options, Client, CreateDownloader())
                    : FolderSync.Open(folder, options, null, null);
            }
            catch (SyncLockedException ex)
            {
                ThrowTerminatingError(ErrorRecords.Create("AstroBinSyncLocked", ErrorCategory.ResourceBusy,
                    ex.Message + " Wait for that run to end (or stop it), then run this again. The lock ends with the process that holds it, so it"
                    + " cannot outlive a killed run on a local disk; on a network share that kept it after its run ended, delete '" + ex.LockPath
                    + "' once you are sure no run is active.", folder, ex));
            }
            catch (UnsafePathException ex)
            {
                ThrowTerminatingError(ErrorRecords.FromUnsafePath(ex, folder));
            }
            catch (InvalidDataException ex)
            {
                ThrowTerminatingError(ErrorRecords.Create("AstroBinSyncManifestUnreadable", ErrorCategory.InvalidData,
                    "The sync manifest '" + System.IO.Path.Combine(folder, SyncLayout.ManifestName) + "' cannot be read (" + ex.Message
                    + "). Restore it from a backup, or delete it to sync the folder anew (every file is fetched again).", folder, ex));
            }
            catch (Exception ex) when (ex is IOException || ex is UnauthorizedAccessException)
            {
                ThrowTerminatingError(ErrorRecords.Create("AstroBinSyncFailed", ErrorCategory.WriteError,
                    "Could not open the folder '" + folder + "': " + ex.Message, folder, ex));
            }
            // Entries of a hand-edited manifest that leave their image's folder are left out, each with its error.
            foreach (var refused in _sync!.Manifest.Refused) WriteError(ErrorRecords.FromUnsafePath(refused.Value, refused.Key));
            _sync.OnBytes = _progress.AddBytes;
            if (Syncing) CheckSet();
        }

        /// <summary>A folder holds one set: another one into it would make the rest look gone (and pruned), so it is refused unless asked for.</summary>
        private void CheckSet()
        {
            var held = _sync!.Manifest.Set;
            if (held != null && string.Equals(held, RunSet, StringComparison.OrdinalIgnoreCase)) return;
            _newSet = true;
            if (held == null || AllowSetChange) return;
            var count = _sync.Manifest.Images.Count;
            var message = "'" + _sync.Root + "' holds " + Describe(held) + " (" + count + " image(s)), and this run syncs " + Describe(RunSet)
                + ". Syncing another set into it would make that set's images look gone, and -Prune would move them to the attic. Use another -Path for this set;"
                + " or, to make it the folder's set from now on, run again with -AllowSetChange (that run reports nothing gone; later runs of the new set do).";
            _sync.Dispose();
            _sync = null;
            ThrowTerminatingError(ErrorRecords.Create("AstroBinSyncSetMismatch", ErrorCategory.InvalidOperation, message, Path));
        }

        /// <summary>"the set 'user:x'", "a set of piped images".</summary>
        private static string Describe(string set) => set == PipedSetName ? "a set of piped images" : "the set '" + set + "'";

        /// <summary>A misspelt user would make an empty folder and gallery: ask first, one request, before anything is made.</summary>
        private void RefuseMissingUser()
        {
            RefuseUserWildcard(User, nameof(User));
            var missing = MissingUser(User);
            if (missing != null) ThrowTerminatingError(missing);
        }

        protected override void ProcessRecord()
        {
            switch (ParameterSetName)
            {
                case ImageSet:
                    foreach (var image in Image) Consider(image, null);
                    break;
                case IdSet:
                    foreach (var id in Id) ConsiderId(id);
                    break;
                case UserSet:
                    ReadUser();
                    break;
                case EmptyAtticSet:
                    EmptyTheAttic();
                    break;
                case VerifySet:
                    if (!File.Exists(System.IO.Path.Combine(_sync!.Root, SyncLayout.ManifestName)))
                    {
                        WriteWarning("'" + _sync.Root + "' has no " + SyncLayout.ManifestName + ": it was never synced, so there is nothing to verify.");
                    }
                    var manifest = System.IO.Path.Combine(_sync.Root, SyncLayout.ManifestName);
                    foreach (var result in _sync.Verify(() => ShouldProcess(manifest, "Mark the damaged files, for the next sync to fetch again"), StopToken)) WriteResult(result);
                    break;
            }
            WriteFinished(waitForAll: false);
        }

        protected override void EndProcessing()
        {
            WriteFinished(waitForAll: true);
            if (Syncing)
            {
                var believed = ReportGone();
                // A new set that was not believed (an empty one) does not take the folder over.
                if (!WhatIfRequested && (believed || !_newSet))
                {
                    _sync!.ForgetRestored();
                    // The size is remembered only from a whole set that was believed: the next run compares with it.
                    _sync.Manifest.Complete(RunSet, _setComplete && believed ? _seen.Count : _sync.Manifest.SetSize);
                }
            }
            // -EmptyAttic rewrites the gallery only when it deleted something (the folder may not even exist).
            if (Syncing || (ParameterSetName == EmptyAtticSet && _sync!.Changed)) WriteGallery();
            _progress.Complete(this);
            if (Syncing) WriteSummary();
            base.EndProcessing();
        }

        /// <summary>After the work (it may still write, in a stopped pipeline): the folder stays locked until it ends.</summary>
        private protected override void OnDisposed() => _sync?.Dispose();

        /// <summary>The folder's images not reported because the set was not believed (for the summary).</summary>
        private int _notChecked;

        private bool WhatIfRequested =>
            (MyInvocation.BoundParameters.TryGetValue("WhatIf", out var value) && value is SwitchParameter whatIf && whatIf.IsPresent)
            || (SessionState.PSVariable.GetValue("WhatIfPreference") is SwitchParameter preference && preference.IsPresent)
            || SessionState.PSVariable.GetValue("WhatIfPreference") is true;

        /// <summary>One line at the end of a run, in the Information stream (so that *&gt; keeps it), with the counts as its data.</summary>
        private void WriteSummary()
        {
            var summary = new SyncSummary(_sync!.Root, _progress.Count(SyncAction.Added), _progress.Count(SyncAction.Updated), _progress.Count(SyncAction.Repaired),
                _progress.Count(SyncAction.Unchanged), _progress.Count(SyncAction.Gone), _progress.Count(SyncAction.Pruned), _progress.Count(SyncAction.Failed), _notChecked,
                RequestsSent, _progress.Bytes, _progress.Elapsed);
            WriteInformation(summary, new[] { "AstroBinSyncSummary" });
        }

        private void EmptyTheAttic()
        {
            var yesToAll = false;
            var noToAll = false;
            IReadOnlyList<AtticImage> deleted;
            try
            {
                deleted = _sync!.EmptyAttic(OlderThan, image =>
                    ShouldProcess("image " + image.ImageId + " '" + image.Title + "': folder " + SyncLayout.Full(_sync.Root, image.Folder), "Delete from the attic (moved there " + image.Moved.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) + ")")
                    && (Force || ShouldContinue("Delete the image " + image.ImageId + " '" + image.Title + "' and its files from the attic of '" + _sync.Root + "'? This cannot be undone.",
                        "Empty the attic", ref yesToAll, ref noToAll)));
            }
            catch (UnsafePathException ex)
            {
                ThrowTerminatingError(ErrorRecords.FromUnsafePath(ex, _sync!.Root));
                return;
            }
            catch (Exception ex) when (ex is IOException || ex is UnauthorizedAccessException)
            {
                ThrowTerminatingError(ErrorRecords.Create("AstroBinSyncFailed", ErrorCategory.WriteError,
                    "Could not empty the attic of '" + _sync!.Root + "': " + ex.Message + " Close what holds its files open and run -EmptyAttic again.", _sync.Root, ex));
                return;
            }
            foreach (var image in deleted) WriteVerbose("deleted from the attic: " + image.Folder);
            WriteInformation("Emptied the attic of '" + _sync.Root + "': " + deleted.Count + " image(s) deleted, " + _sync.Manifest.Attic.Count + " kept.", new[] { "AstroBinSyncSummary" });
        }

        private void ReadUser()
        {
            var feedback = new ListFeedback(this);
            var query = new ImageQuery { User = User };
            var received = 0L;
            try
            {
                WriteEach(Client.SearchImagesAsync(query, PageRange.All, feedback.Observer, StopToken),
                    () =>
                    {
                        feedback.Flush();
                        if (feedback.Total >= 0) _progress.Expect(feedback.Total);
                        WriteFinished(waitForAll: false);
                    },
                    image =>
                    {
                        received++;
                        Consider(image, null);
                    });
            }
            catch (AstroBinException ex)
            {
                _setComplete = false;
                WriteApiError(ex, User);
                return;
            }
            if (feedback.Incomplete) _setComplete = false;
            else if (feedback.Total >= 0 && received < feedback.Total)
            {
                // The list ended (no 'next') before the count it gave itself: one of the two is wrong, and the images not
                // received may well be there.
                _setComplete = false;
                WriteWarning("The list of " + User + "'s images said it holds " + feedback.Total + " images and ended after " + received
                    + ", so none of the folder's images missing from it is reported gone or pruned. Sync again later; if it persists, the server (or a proxy) cuts the list short.");
            }
        }

        private void ConsiderId(string input)
        {
            if (!ImageId.TryParse(input, out var id, out var problem))
            {
                WriteError(ErrorRecords.InvalidImageId(input, problem));
                _setComplete = false;
                return;
            }
            // Numbers go through the records' multi-get (100 a request; image/<n>/ answers 404 for an image with a hash).
            var record = ImageNumbers.TryRead(id, out var number) ? Work.ImageRecord(Client, number) : Work.Limited(token => _sync!.FetchRecordAsync(id, token));
            Work.Add(record, found =>
            {
                // A record of another image is never planned (and named) as the one asked for.
                if (FolderSync.IsRecordOf(found.Value, id)) Consider(found.Value, found);
                else Failed(id, input, new AstroBinRecordMismatchException(id, found.Value.ImageId, found.Source));
            }, error =>
            {
                if (!(error is AstroBinException ex)) return false;
                Failed(id, input, ex);
                return true;
            });
        }

        /// <summary>An id that gave no image of its own: the set is not whole, so nothing is reported gone.</summary>
        private void Failed(string id, string input, AstroBinException error)
        {
            _setComplete = false;
            _seen.Add(id);
            WriteApiError(error, input, "AstroBinImageNotFound");
            WriteResult(_sync!.Failed(id, null, error.Message));
        }

        /// <summary>
        /// Plans one image on the pipeline thread; queues its work when there is any and it is confirmed. The records it
        /// needs are asked for here, on the pipeline thread, so that they go out 100 in one multi-get.
        /// </summary>
        private void Consider(Image image, ApiRecord<Image>? record)
        {
            if (!_seen.Add(image.ImageId)) return;
            _progress.Seen();
            SyncPlan plan;
            try
            {
                plan = _sync!.Plan(image);
            }
            catch (UnsafePathException ex)
            {
                WriteError(ErrorRecords.FromUnsafePath(ex, image));
                WriteResult(new SyncResult(SyncAction.Failed, image.ImageId, image.Title, null, SyncResult.None, new[] { ex.Message }));
                return;
            }
            catch (Exception ex) when (ex is IOException || ex is UnauthorizedAccessException || ex is ArgumentException)
            {
                // A file the manifest names cannot be looked at.
                WriteError(ErrorRecords.Create("AstroBinSyncFailed", ErrorCategory.ReadError,
                    "Could not check the files of image '" + image.ImageId + "' in '" + _sync!.Root + "': " + ex.Message, image, ex));
                WriteResult(_sync.Failed(image.ImageId, image.Title, ex.Message));
                return;
            }
            WriteVerbose("image " + plan.ImageId + ": " + plan.Action + " (" + plan.Reason + ")");
            if (plan.Work == SyncWork.None)
            {
                Work.Add(Task.FromResult(_sync.Unchanged(plan)), WriteResult, _ => false);
                return;
            }
            if (!ShouldProcess("image " + plan.ImageId + " '" + image.Title + "' in " + _sync.Root, plan.Action + " (" + plan.Reason + ")")) return;
            _progress.Queued();
            var sync = _sync;
            Task<ApiRecord<Image>>? fetched = null;
            Func<int, Task<ApiRecord<ImageRevision>>>? revision = null;
            if (plan.Work == SyncWork.Full)
            {
                // The record as its list page carried it costs nothing; else one multi-get a hundred images.
                record ??= Client.ListedRecordOf(image);
                fetched = record != null ? Task.FromResult(record) : image.Id > 0 ? Work.ImageRecord(Client, image.Id) : null;
                if (IncludeRevision)
                {
                    var revisions = new Dictionary<int, Task<ApiRecord<ImageRevision>>>();
                    foreach (var path in image.Revisions)
                    {
                        if (ApiPath.LastNumber(path) is int number && number > 0) revisions[number] = Work.RevisionRecord(Client, number);
                    }
                    // A revision the listed record did not name (the record changed in between) is fetched alone.
                    revision = number => revisions.TryGetValue(number, out var known) ? known : Client.GetImageRevisionRecordAsync(number, StopToken);
                }
            }
            Work.Add(Work.Limited(token => sync.RunAsync(plan, fetched, revision, token)), WriteResult, error => Failed(plan, error));
        }

        /// <summary>Writes what is ready (in the set's order) and the progress; with <paramref name="waitForAll"/>, until nothing is left.</summary>
        private void WriteFinished(bool waitForAll)
        {
            Work.WriteReady(waitForAll);
            WriteLogLines();
            _progress.Write(this);
        }

        private bool Failed(SyncPlan plan, Exception error)
        {
            var target = (object?)plan.Listed ?? plan.ImageId;
            switch (error)
            {
                case AstroBinException ex:
                    WriteApiError(ex, target, "AstroBinImageNotFound");
                    break;
                case UnsafePathException ex:
                    WriteError(ErrorRecords.FromUnsafePath(ex, target));
                    break;
                case Exception ex when ex is IOException || ex is UnauthorizedAccessException || ex is ArgumentException:
                    WriteError(ErrorRecords.Create("AstroBinSyncFailed", ErrorCategory.WriteError,
                        "Could not sync image '" + plan.ImageId + "' into '" + _sync!.Root + "': " + ex.Message + " The next sync tries it again.", target, ex));
                    break;
                default:
                    return false;
            }
            WriteResult(_sync!.Failed(plan.ImageId, plan.Listed?.Title, error.Message));
            return true;
        }

        /// <summary>
        /// The images of the folder that the set no longer has: reported Gone, or moved to the attic with -Prune, only
        /// when the set is believed: every image of it arrived, it is the folder's set and not its first run there, and
        /// it lost no more than -MaxPrune of the folder's images (unless -Force). Returns whether it was believed.
        /// </summary>
        private bool ReportGone()
        {
            var gone = _sync!.NotIn(_seen);
            if (gone.Count == 0) return true;
            if (!_setComplete)
            {
                _notChecked = gone.Count;
                WriteWarning("Not every image of the set could be read, so none of the " + gone.Count + " image(s) missing from it is reported gone or pruned. Sync again when the errors are gone.");
                return false;
            }
            if (_seen.Count == 0)
            {
                _notChecked = gone.Count;
                WriteWarning("The set is empty, so the " + gone.Count + " image(s) in '" + _sync.Root + "' are kept (a wrong user name or an empty search would otherwise move them all to the attic). Delete the folder yourself if that is what you want.");
                return false;
            }
            if (_newSet)
            {
                WriteWarning("This is the first run of " + Describe(RunSet) + " in '" + _sync.Root + "', so the " + gone.Count + " image(s) of the folder not in it are neither reported gone nor pruned; the next run of this set compares with this one.");
                return true;
            }
            var folderSize = Math.Max(_sync.Manifest.SetSize, _sync.Manifest.Images.Count);
            var limit = PruneLimit.Parse(MaxPrune);
            if (gone.Count > limit.Allowed(folderSize) && !Force)
            {
                var message = "The set has " + _seen.Count + " image(s), and " + gone.Count + " of the folder's " + folderSize + " are not in it: more than -MaxPrune "
                    + limit + " allows (" + limit.Allowed(folderSize) + "). A list cut short by a server fault or a proxy looks exactly like this, so none of them is reported gone"
                    + (Prune ? " or moved to the attic" : string.Empty) + ". If they were really removed from AstroBin, run again with -Force (they are moved to the attic, not deleted), or raise -MaxPrune.";
                if (Prune) WriteError(ErrorRecords.Create("AstroBinSyncPruneLimit", ErrorCategory.LimitsExceeded, message, _sync.Root));
                else WriteWarning(message);
                _notChecked = gone.Count;
                return false;
            }
            var now = DateTime.UtcNow;
            foreach (var image in gone)
            {
                if (!Prune)
                {
                    WriteResult(_sync.Keep(image));
                    continue;
                }
                if (!ShouldProcess("image " + image.ImageId + " '" + image.Title + "': folder " + SyncLayout.Full(_sync.Root, image.Folder), "Move to the attic (no longer in the set)")) continue;
                try
                {
                    WriteResult(_sync.Prune(image, now));
                }
                catch (UnsafePathException ex)
                {
                    WriteError(ErrorRecords.FromUnsafePath(ex, image.ImageId));
                    WriteResult(_sync.Failed(image.ImageId, image.Title, ex.Message));
                }
                catch (Exception ex) when (ex is IOException || ex is UnauthorizedAccessException || ex is ArgumentException)
                {
                    var message = "Could not move the folder of image '" + image.ImageId + "' to the attic: " + ex.Message + " Close what holds it open and sync again.";
                    WriteError(ErrorRecords.Create("AstroBinSyncFailed", ErrorCategory.WriteError, message, image.ImageId, ex));
                    WriteResult(_sync.Failed(image.ImageId, image.Title, message));
                }
            }
            if (!Prune) WriteWarning(gone.Count + " image(s) are no longer in the set; their folders are kept. Sync with -Prune to move them to the attic ('" + SyncLayout.AtticFolder + "' in the folder).");
            return true;
        }

        private void WriteGallery()
        {
            var page = System.IO.Path.Combine(_sync!.Root, GalleryPage.FileName);
            if (!_sync.GalleryDue || !ShouldProcess(page, "Write the gallery")) return;
            try
            {
                _sync.WriteGallery();
            }
            // ArgumentException: a hand-edited manifest names a file outside the folder or an id that is no name.
            catch (Exception ex) when (ex is IOException || ex is UnauthorizedAccessException || ex is ArgumentException)
            {
                WriteError(ErrorRecords.Create("AstroBinSyncFailed", ErrorCategory.WriteError,
                    "Could not write the gallery in '" + _sync!.Root + "': " + ex.Message + " The next sync writes it again.", _sync.Root, ex));
            }
        }

        private void WriteResult(SyncResult result)
        {
            _progress.Done(result.Action);
            WriteObject(result);
        }
    }
}
