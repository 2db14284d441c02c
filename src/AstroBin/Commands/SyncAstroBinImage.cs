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
using AstroBin.Sync;

namespace AstroBin.Commands
{
    /// <summary>
    /// Keeps a folder in the state of a set of images (piped, or all of a user's): each image's record and
    /// files, fetched only when new or changed, written atomically and recorded in a manifest; -Verify
    /// checks the files against it.
    /// </summary>
    [Cmdlet(VerbsData.Sync, "AstroBinImage", DefaultParameterSetName = ImageSet, SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium, HelpUri = HelpLinks.Sync)]
    [OutputType(typeof(SyncResult))]
    public sealed class SyncAstroBinImage : AstroBinCmdlet, IDisposable
    {
        private const string ImageSet = "Image";
        private const string IdSet = "Id";
        private const string UserSet = "User";
        private const string VerifySet = "Verify";

        private readonly HashSet<string> _seen = new HashSet<string>(StringComparer.Ordinal);
        private readonly SyncProgress _progress = new SyncProgress();
        private ConcurrentWork<SyncPlan, SyncResult>? _work;
        private FolderSync? _sync;

        // Whether every image of the set arrived: a failed list or an unreadable record means the images not
        // seen may still be there, so none is reported gone.
        private bool _setComplete = true;

        /// <summary>Image objects (Search-AstroBinImage, Get-AstroBinImage): planned from their own updated date, no request when unchanged.</summary>
        [Parameter(Mandatory = true, ValueFromPipeline = true, ParameterSetName = ImageSet)]
        public Image[] Image { get; set; } = Array.Empty<Image>();

        /// <summary>Image ids (hashes, numbers of old images, page URLs; Images of the Day and top picks bind as their images): each costs one request.</summary>
        [Parameter(Mandatory = true, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true, ParameterSetName = IdSet)]
        [Alias("ImageId", "Hash")]
        [AllowEmptyString]
        [ImageIdTransformation]
        public string[] Id { get; set; } = Array.Empty<string>();

        /// <summary>Every image of this user (the exact user name).</summary>
        [Parameter(Mandatory = true, ParameterSetName = UserSet)]
        [ValidateNotNullOrEmpty]
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

        /// <summary>Delete the folders of images that are no longer in the set (asks, as -Confirm/-WhatIf say).</summary>
        [Parameter(ParameterSetName = ImageSet)]
        [Parameter(ParameterSetName = IdSet)]
        [Parameter(ParameterSetName = UserSet)]
        public SwitchParameter Prune { get; set; }

        protected override void BeginProcessing()
        {
            var folder = SessionState.Path.GetUnresolvedProviderPathFromPSPath(Path, out var provider, out _);
            var parent = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(folder));
            if (provider.ImplementingType != typeof(Microsoft.PowerShell.Commands.FileSystemProvider) || (!Directory.Exists(folder) && (parent == null || !Directory.Exists(parent))))
            {
                ThrowTerminatingError(ErrorRecords.Create("AstroBinPathNotFound", ErrorCategory.ObjectNotFound,
                    "Neither the folder '" + Path + "' nor its parent exists. Give -Path a folder in an existing one (it is made when missing).", Path));
            }
            if (!Directory.Exists(folder) && ParameterSetName != VerifySet && ShouldProcess(folder, "Create folder")) Directory.CreateDirectory(folder);
            var options = new SyncOptions(Size, IncludeRevision);
            try
            {
                _sync = ParameterSetName == VerifySet
                    ? FolderSync.Open(folder, options, null, null)
                    : FolderSync.Open(folder, options, Client, CreateDownloader());
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
            _work = new ConcurrentWork<SyncPlan, SyncResult>(Math.Max(1, Session.ConfigurationStore.Settings.MaxConcurrency), StopToken);
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
            if (ParameterSetName != VerifySet)
            {
                ReportGone();
                WriteGallery();
            }
            _progress.Complete(this);
            base.EndProcessing();
        }

        public void Dispose() => _work?.Dispose();

        private void ReadUser()
        {
            var feedback = new ListFeedback(this);
            var query = new ImageQuery { User = User };
            try
            {
                WriteEach(Client.SearchImagesAsync(query, PageRange.All, feedback.Observer, StopToken),
                    () =>
                    {
                        feedback.Flush();
                        if (feedback.Total >= 0) _progress.Expect(feedback.Total);
                        WriteFinished(waitForAll: false);
                    },
                    image => Consider(image, null));
            }
            catch (AstroBinException ex)
            {
                _setComplete = false;
                WriteApiError(ex, User);
            }
            if (feedback.Incomplete) _setComplete = false;
        }

        private void ConsiderId(string input)
        {
            if (!ImageId.TryParse(input, out var id, out var problem))
            {
                WriteError(ErrorRecords.InvalidImageId(input, problem));
                _setComplete = false;
                return;
            }
            ApiRecord<Image> record;
            try
            {
                record = Await(_sync!.FetchRecordAsync(id, StopToken));
            }
            catch (AstroBinException ex)
            {
                _setComplete = false;
                _seen.Add(id);
                WriteApiError(ex, input, "AstroBinImageNotFound");
                WriteResult(new SyncResult(SyncAction.Failed, id, null, null, SyncResult.None, new[] { ex.Message }));
                return;
            }
            Consider(record.Value, record);
        }

        /// <summary>Plans one image on the pipeline thread; starts its work when there is any and it is confirmed.</summary>
        private void Consider(Image image, ApiRecord<Image>? record)
        {
            if (!_seen.Add(image.ImageId)) return;
            _progress.Seen();
            SyncPlan plan;
            try
            {
                plan = _sync!.Plan(image);
            }
            catch (Exception ex) when (ex is IOException || ex is UnauthorizedAccessException || ex is ArgumentException)
            {
                // A file the manifest names cannot be looked at (or a hand-edited path leaves the folder).
                WriteError(ErrorRecords.Create("AstroBinSyncFailed", ErrorCategory.ReadError,
                    "Could not check the files of image '" + image.ImageId + "' in '" + _sync!.Root + "': " + ex.Message, image, ex));
                WriteResult(new SyncResult(SyncAction.Failed, image.ImageId, image.Title, null, SyncResult.None, new[] { ex.Message }));
                return;
            }
            WriteVerbose("image " + plan.ImageId + ": " + plan.Action + " (" + plan.Reason + ")");
            if (plan.Work == SyncWork.None)
            {
                WriteResult(_sync.Unchanged(plan));
                return;
            }
            if (!ShouldProcess("image " + plan.ImageId + " '" + image.Title + "' in " + _sync.Root, plan.Action + " (" + plan.Reason + ")")) return;
            _work!.Start(plan, () => _sync.RunAsync(plan, record, StopToken));
        }

        /// <summary>Writes the outcome of every finished image; with <paramref name="waitForAll"/>, until none is left.</summary>
        private void WriteFinished(bool waitForAll) => _work!.WriteFinished(waitForAll, WriteOutcome, () =>
        {
            WriteLogLines();
            _progress.Write(this);
        });

        private void WriteOutcome(SyncPlan plan, Task<SyncResult> task)
        {
            if (task.IsCanceled || (task.IsFaulted && task.Exception!.GetBaseException() is OperationCanceledException))
            {
                throw new PipelineStoppedException();
            }
            if (!task.IsFaulted)
            {
                WriteResult(task.Result);
                return;
            }
            var error = task.Exception!.GetBaseException();
            var target = (object?)plan.Listed ?? plan.ImageId;
            switch (error)
            {
                case AstroBinException ex:
                    WriteApiError(ex, target, "AstroBinImageNotFound");
                    break;
                case Exception ex when ex is IOException || ex is UnauthorizedAccessException || ex is ArgumentException:
                    WriteError(ErrorRecords.Create("AstroBinSyncFailed", ErrorCategory.WriteError,
                        "Could not sync image '" + plan.ImageId + "' into '" + _sync!.Root + "': " + ex.Message + " The next sync tries it again.", target, ex));
                    break;
                default:
                    throw error;
            }
            WriteResult(new SyncResult(SyncAction.Failed, plan.ImageId, plan.Listed?.Title, null, SyncResult.None, new[] { error.Message }));
        }

        /// <summary>The images of the folder that the set no longer has: reported, and deleted with -Prune.</summary>
        private void ReportGone()
        {
            var gone = _sync!.NotIn(_seen);
            if (gone.Count == 0) return;
            if (!_setComplete)
            {
                WriteWarning("Not every image of the set could be read, so none of the " + gone.Count + " image(s) missing from it is reported removed or deleted. Sync again when the errors are gone.");
                return;
            }
            if (_seen.Count == 0)
            {
                WriteWarning("The set is empty, so the " + gone.Count + " image(s) in '" + _sync.Root + "' are kept (a wrong user name or an empty search would otherwise delete them all). Delete the folder yourself if that is what you want.");
                return;
            }
            foreach (var image in gone)
            {
                if (Prune && ShouldProcess("image " + image.ImageId + " '" + image.Title + "': folder " + SyncLayout.Full(_sync.Root, image.Folder), "Delete (no longer in the set)"))
                {
                    try
                    {
                        WriteResult(_sync.Prune(image));
                    }
                    catch (Exception ex) when (ex is IOException || ex is UnauthorizedAccessException)
                    {
                        WriteError(ErrorRecords.Create("AstroBinSyncFailed", ErrorCategory.WriteError,
                            "Could not delete the folder of image '" + image.ImageId + "': " + ex.Message + " Close what holds it open and sync again.", image.ImageId, ex));
                    }
                }
                else if (!Prune)
                {
                    WriteResult(_sync.Keep(image));
                }
            }
            if (!Prune) WriteWarning(gone.Count + " image(s) are no longer in the set; their folders are kept. Sync with -Prune to delete them.");
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
