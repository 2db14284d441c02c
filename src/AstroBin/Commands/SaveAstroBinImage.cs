using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using AstroBin.Api;
using AstroBin.Api.Downloads;
using AstroBin.Api.Errors;
using AstroBin.Commands.Binding;
using AstroBin.Session;

namespace AstroBin.Commands
{
    /// <summary>
    /// Downloads image files (any url_* size) into a folder, several at a time, each written under a
    /// temporary name and renamed when complete.
    /// </summary>
    [Cmdlet(VerbsData.Save, "AstroBinImage", DefaultParameterSetName = ImageSet, SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium, HelpUri = HelpLinks.Pages + "Save-AstroBinImage.md")]
    [OutputType(typeof(FileInfo))]
    public sealed class SaveAstroBinImage : AstroBinCmdlet, IDisposable
    {
        private const string IdSet = "Id";
        // The default set: with the Id set as default, PowerShell binds piped images to -Id through ToString().
        private const string ImageSet = "Image";

        private readonly DownloadProgress _progress = new DownloadProgress();
        private ConcurrentWork<ImageVersion, DownloadResult>? _work;
        private ImageDownloader? _downloader;
        private PendingImages? _lookups;
        private string _folder = string.Empty;

        /// <summary>The -Path folder is missing and the user declined to create it: nothing can be saved.</summary>
        private bool _declined;

        /// <summary>
        /// Image hashes (or numbers, or page URLs); each is fetched first to learn its file addresses, numbers
        /// 100 in one request. Image objects bind to -Image instead (no request); Images of the Day, top picks and
        /// collections bind here as their images' ids.
        /// </summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true, ParameterSetName = IdSet)]
        [Alias("ImageId", "Hash")]
        [AllowEmptyString]
        [ImageIdTransformation]
        public string[] Id { get; set; } = Array.Empty<string>();

        /// <summary>
        /// Image objects (from Get-AstroBinImage or Search-AstroBinImage), or image revisions (from
        /// Get-AstroBinImageRevision) for the revision's own files: downloaded without another API request.
        /// </summary>
        [Parameter(Mandatory = true, ValueFromPipeline = true, ParameterSetName = ImageSet)]
        [Input.LiveObjectTransformation(typeof(ImageRevision))]
        public ImageVersion[] Image { get; set; } = Array.Empty<ImageVersion>();

        [Parameter]
        public ImageSize Size { get; set; } = ImageSize.Hd;

        [Parameter(Position = 1)]
        [ValidateNotNullOrEmpty]
        public string Path { get; set; } = ".";

        [Parameter]
        public SwitchParameter Force { get; set; }

        [Parameter]
        public SwitchParameter PassThru { get; set; }

        [Parameter]
        [ValidateRange(1, 16)]
        public int ThrottleLimit { get; set; } = 4;

        protected override void BeginProcessing()
        {
            _folder = SessionState.Path.GetUnresolvedProviderPathFromPSPath(Path, out var provider, out _);
            if (provider.ImplementingType != typeof(Microsoft.PowerShell.Commands.FileSystemProvider) || File.Exists(_folder))
            {
                ThrowTerminatingError(ErrorRecords.Create("AstroBinPathNotFound", ErrorCategory.ObjectNotFound,
                    "'" + Path + "' is not a folder of the file system. Give a folder to -Path (it is created if it does not exist).", Path));
            }
            if (!Directory.Exists(_folder)) CreateFolder();
            _work = new ConcurrentWork<ImageVersion, DownloadResult>(ThrottleLimit, StopToken);
            // Downloads go through the session's proxy, User-Agent, timeout, retries and fair-use limiter too.
            _downloader = CreateDownloader();
        }

        /// <summary>Creates the missing -Path folder (as Save-Help and Export-Csv's parent would not, but a download target should).</summary>
        private void CreateFolder()
        {
            if (!ShouldProcess("Create the folder '" + _folder + "' to save into.", "Create the folder '" + _folder + "' to save into?", "Create folder", out var reason))
            {
                // -WhatIf: each file says what it would do. Declined at -Confirm: there is nowhere to save.
                if (reason != ShouldProcessReason.WhatIf) _declined = true;
                return;
            }
            try
            {
                Directory.CreateDirectory(_folder);
            }
            catch (Exception ex) when (ex is IOException || ex is UnauthorizedAccessException)
            {
                ThrowTerminatingError(ErrorRecords.Create("AstroBinSaveFailed", ErrorCategory.WriteError,
                    "Could not create the folder '" + _folder + "' (" + ex.Message + "). Give -Path a folder you can write to.", Path, ex));
            }
        }

        protected override void ProcessRecord()
        {
            if (_declined) return;
            if (ParameterSetName == ImageSet)
            {
                foreach (var image in Image) Start(image);
            }
            else
            {
                foreach (var input in Id) LookUp(input);
                StartLookedUp(waitForAll: false);
            }
            WriteFinished(waitForAll: false);
        }

        protected override void EndProcessing()
        {
            StartLookedUp(waitForAll: true);
            WriteFinished(waitForAll: true);
            _progress.Complete(this);
            base.EndProcessing();
        }

        private void LookUp(string input)
        {
            if (!ImageId.TryParse(input, out var id, out var problem))
            {
                WriteError(ErrorRecords.InvalidImageId(input, problem));
                return;
            }
            _lookups ??= new PendingImages(Client, StopToken);
            _lookups.Add(input, id);
        }

        /// <summary>Starts the download of each image looked up (in input order), or writes why it could not be.</summary>
        private void StartLookedUp(bool waitForAll)
        {
            while (_lookups != null && _lookups.TryTake(waitForAll, out var input, out var lookup))
            {
                Image image;
                try
                {
                    image = Await(lookup);
                }
                catch (AstroBinException ex)
                {
                    WriteApiError(ex, input, "AstroBinImageNotFound");
                    continue;
                }
                Start(image);
            }
        }

        /// <summary>A stopped pipeline skips EndProcessing: let the cancelled downloads delete their temporary files.</summary>
        public void Dispose() => _work?.Dispose();

        private void Start(ImageVersion image)
        {
            var name = FileId(image);
            var address = image.UrlOf(Size);
            if (string.IsNullOrEmpty(address) || !Uri.TryCreate(address, UriKind.Absolute, out var url))
            {
                WriteError(ErrorRecords.Create("AstroBinImageSizeNotAvailable", ErrorCategory.ObjectNotFound,
                    "Image '" + name + "' has no " + Size + " file address (url_" + Size.ToString().ToLowerInvariant() + "). Try another -Size.", image));
                return;
            }
            if (!ShouldProcess("image '" + name + "' (" + Size + ") into " + _folder, "Save")) return;
            _progress.Queued();
            _work!.Start(image, () => RunAsync(url, name));
        }

        /// <summary>What names the files: the image's id, and for a revision its label too ('yx76x9-b'), so that both can sit in one folder.</summary>
        private static string FileId(ImageVersion version) =>
            version is ImageRevision revision ? (revision.ImageId ?? revision.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)) + "-" + revision.Label?.ToLowerInvariant() : version.ImageId!;

        private async Task<DownloadResult> RunAsync(Uri url, string imageId)
        {
            try
            {
                return await _downloader!.DownloadAsync(url, _folder, imageId, Size, Force, _progress.Announced, _progress.Received, StopToken).ConfigureAwait(false);
            }
            finally
            {
                _progress.Finished();
            }
        }

        /// <summary>Writes the outcome of every finished download; with <paramref name="waitForAll"/>, until none is left.</summary>
        private void WriteFinished(bool waitForAll) => _work!.WriteFinished(waitForAll, WriteOutcome, () =>
        {
            WriteLogLines();
            _progress.Write(this);
        });

        private void WriteOutcome(ImageVersion image, Task<DownloadResult> task)
        {
            if (task.IsCanceled || (task.IsFaulted && task.Exception!.GetBaseException() is OperationCanceledException))
            {
                throw new PipelineStoppedException();
            }
            if (task.IsFaulted)
            {
                switch (task.Exception!.GetBaseException())
                {
                    case AstroBinException ex:
                        WriteApiError(ex, image, "AstroBinImageFileNotFound");
                        return;
                    case Exception ex when ex is IOException || ex is UnauthorizedAccessException || ex is ArgumentException:
                        WriteError(ErrorRecords.Create("AstroBinSaveFailed", ErrorCategory.WriteError,
                            "Could not save image '" + FileId(image) + "' in '" + _folder + "': " + ex.Message, image, ex));
                        return;
                    default:
                        throw task.Exception!.GetBaseException();
                }
            }
            var result = task.Result;
            if (result.Skipped)
            {
                WriteWarning("'" + result.Path + "' exists; skipped. Use -Force to overwrite it.");
                return;
            }
            if (PassThru) WriteObject(new FileInfo(result.Path));
        }
    }
}
