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
using AstroBin.Sync;

namespace AstroBin.Commands
{
    /// <summary>
    /// Downloads image files (any url_* size) into a folder, several at a time, each written under a
    /// temporary name and renamed when complete.
    /// </summary>
    [Cmdlet(VerbsData.Save, "AstroBinImage", DefaultParameterSetName = ImageSet, SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium, HelpUri = HelpLinks.Pages + "Save-AstroBinImage.md")]
    [OutputType(typeof(FileInfo))]
    public sealed class SaveAstroBinImage : AstroBinCmdlet
    {
        private const string IdSet = "Id";
        // The default set: with the Id set as default, PowerShell binds piped images to -Id through ToString().
        private const string ImageSet = "Image";

        private readonly DownloadProgress _progress = new DownloadProgress();
        private ImageDownloader? _downloader;
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

        /// <summary>Deprecated: the configuration's MaxConcurrency is the one concurrency setting. Still honoured for this command, with a warning.</summary>
        [Parameter]
        [ValidateRange(1, 16)]
        public int ThrottleLimit { get; set; } = AstroBin.Api.AstroBinClientOptions.DefaultMaxConcurrency;

        private protected override int Concurrency => MyInvocation.BoundParameters.ContainsKey(nameof(ThrottleLimit)) ? ThrottleLimit : base.Concurrency;

        protected override void BeginProcessing()
        {
            _folder = SessionState.Path.GetUnresolvedProviderPathFromPSPath(Path, out var provider, out _);
            if (provider.ImplementingType != typeof(Microsoft.PowerShell.Commands.FileSystemProvider) || File.Exists(_folder))
            {
                ThrowTerminatingError(ErrorRecords.Create("AstroBinPathNotFound", ErrorCategory.ObjectNotFound,
                    "'" + Path + "' is not a folder of the file system. Give a folder to -Path (it is created if it does not exist).", Path));
            }
            if (!Directory.Exists(_folder)) CreateFolder();
            if (MyInvocation.BoundParameters.ContainsKey(nameof(ThrottleLimit)))
            {
                WriteWarning("-ThrottleLimit is deprecated: set the one concurrency setting with Set-AstroBinConfiguration -MaxConcurrency. It is honoured for this command.");
            }
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
            switch (ParameterSetName)
            {
                case ImageSet:
                    foreach (var image in Image) Start(image);
                    break;
                default:
                    // A piped collection's images are read as Get-AstroBinImage -Collection reads them (its owner's list).
                    if (ImageIdTransformationAttribute.SourceOf<AstroBin.Collection>(Id) is AstroBin.Collection collection)
                    {
                        foreach (var (id, image) in Work.ImagesOf(Client, collection)) Then(id, image);
                        break;
                    }
                    foreach (var input in Id) LookUp(input);
                    break;
            }
            WriteReady(all: false);
        }

        protected override void EndProcessing()
        {
            WriteReady(all: true);
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
            Then(input, Work.Image(Client, id));
        }

        /// <summary>Starts the download of an image once it is looked up (in input order), or writes why it could not be.</summary>
        private void Then(string input, Task<Image> lookup) => Work.Add(lookup, Start, error =>
        {
            if (!(error is AstroBinException failure)) return false;
            WriteApiError(failure, input, "AstroBinImageNotFound");
            return true;
        });

        private void Start(ImageVersion image)
        {
            var name = FileId(image);
            var url = ImageFiles.AddressOf(image, Size);
            if (url == null)
            {
                WriteError(ErrorRecords.Create("AstroBinImageSizeNotAvailable", ErrorCategory.ObjectNotFound,
                    "Image '" + name + "' has no " + Size + " file address (url_" + Size.ToString().ToLowerInvariant() + "). Try another -Size.", image));
                return;
            }
            if (!ShouldProcess("image '" + name + "' (" + Size + ") into " + _folder, "Save")) return;
            _progress.Queued();
            Work.Add(Work.Limited(token => RunAsync(url, name, token)), WriteOutcome, error => Failed(image, error));
        }

        /// <summary>What names the files: the image's id, and for a revision its label too ('yx76x9-b'), so that both can sit in one folder.</summary>
        private static string FileId(ImageVersion version) =>
            version is ImageRevision revision ? (revision.ImageId ?? revision.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)) + "-" + revision.Label?.ToLowerInvariant() : version.ImageId!;

        private async Task<DownloadResult> RunAsync(Uri url, string imageId, CancellationToken cancellationToken)
        {
            try
            {
                return await _downloader!.DownloadAsync(url, _folder, imageId, Size, Force, _progress.Announced, _progress.Received, cancellationToken).ConfigureAwait(false);
            }
            finally
            {
                _progress.Finished();
            }
        }

        /// <summary>Writes what is ready (in input order) and the progress; with <paramref name="all"/>, until nothing is left.</summary>
        private void WriteReady(bool all)
        {
            Work.WriteReady(all);
            WriteLogLines();
            _progress.Write(this);
        }

        private bool Failed(ImageVersion image, Exception error)
        {
            switch (error)
            {
                case AstroBinException ex:
                    WriteApiError(ex, image, "AstroBinImageFileNotFound");
                    return true;
                case Exception ex when ex is IOException || ex is UnauthorizedAccessException || ex is ArgumentException:
                    WriteError(ErrorRecords.Create("AstroBinSaveFailed", ErrorCategory.WriteError,
                        "Could not save image '" + FileId(image) + "' in '" + _folder + "': " + ex.Message, image, ex));
                    return true;
                default:
                    return false;
            }
        }

        private void WriteOutcome(DownloadResult result)
        {
            if (result.Skipped)
            {
                WriteWarning("'" + result.Path + "' exists; skipped. Use -Force to overwrite it.");
                return;
            }
            if (PassThru) WriteObject(new FileInfo(result.Path));
        }
    }
}
