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
    [Cmdlet(VerbsData.Save, "AstroBinImage", DefaultParameterSetName = ImageSet, SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(FileInfo))]
    public sealed class SaveAstroBinImage : AstroBinCmdlet, IDisposable
    {
        private const string IdSet = "Id";
        // The default set: with the Id set as default, PowerShell binds piped images to -Id through ToString().
        private const string ImageSet = "Image";

        private readonly List<(ImageVersion Image, Task<DownloadResult> Task)> _pending = new List<(ImageVersion, Task<DownloadResult>)>();
        private readonly DownloadProgress _progress = new DownloadProgress();
        private SemaphoreSlim? _slots;
        private ImageDownloader? _downloader;
        private string _folder = string.Empty;

        /// <summary>
        /// Image hashes (or numbers of old images, or page URLs); each is fetched first to learn its file
        /// addresses. Image objects bind to -Image instead (no request); Images of the Day, top picks and
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
            if (provider.ImplementingType != typeof(Microsoft.PowerShell.Commands.FileSystemProvider) || !Directory.Exists(_folder))
            {
                ThrowTerminatingError(ErrorRecords.Create("AstroBinPathNotFound", ErrorCategory.ObjectNotFound,
                    "The folder '" + Path + "' does not exist. Create it (New-Item -ItemType Directory) or give an existing folder to -Path.", Path));
            }
            _slots = new SemaphoreSlim(ThrottleLimit);
            // Downloads go through the session's proxy, User-Agent and stall timeout too.
            var settings = ConfigurationStore.Settings;
            _downloader = new ImageDownloader(
                HttpClientSource.CreateForDownloads(settings.UserAgent ?? AstroBinClientOptions.DefaultUserAgent, settings.Proxy),
                TimeSpan.FromSeconds(settings.TimeoutSec),
                RequestLog);
        }

        protected override void ProcessRecord()
        {
            if (ParameterSetName == ImageSet)
            {
                foreach (var image in Image) Start(image);
            }
            else
            {
                foreach (var image in FetchImages(Id)) Start(image);
            }
            WriteFinished(waitForAll: false);
        }

        protected override void EndProcessing()
        {
            WriteFinished(waitForAll: true);
            _progress.Complete(this);
            base.EndProcessing();
        }

        /// <summary>A stopped pipeline skips EndProcessing: let the cancelled downloads delete their temporary files.</summary>
        public void Dispose()
        {
            var tasks = _pending.Select(item => (Task)item.Task).ToArray();
            if (tasks.Length > 0) Task.WaitAll(tasks.Select(task => task.ContinueWith(_ => { }, TaskScheduler.Default)).ToArray(), TimeSpan.FromSeconds(10));
            _slots?.Dispose();
        }

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
            _pending.Add((image, RunAsync(url, name)));
        }

        /// <summary>What names the files: the image's id, and for a revision its label too ('yx76x9-b'), so that both can sit in one folder.</summary>
        private static string FileId(ImageVersion version) =>
            version is ImageRevision revision ? (revision.ImageId ?? revision.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)) + "-" + revision.Label?.ToLowerInvariant() : version.ImageId!;

        private async Task<DownloadResult> RunAsync(Uri url, string imageId)
        {
            await _slots!.WaitAsync(StopToken).ConfigureAwait(false);
            try
            {
                return await _downloader!.DownloadAsync(url, _folder, imageId, Size, Force, _progress.Announced, _progress.Received, StopToken).ConfigureAwait(false);
            }
            finally
            {
                _slots.Release();
                _progress.Finished();
            }
        }

        /// <summary>Writes the outcome of every finished download; with <paramref name="waitForAll"/>, until none is left.</summary>
        private void WriteFinished(bool waitForAll)
        {
            while (_pending.Count > 0)
            {
                var done = _pending.Where(item => item.Task.IsCompleted).ToList();
                foreach (var item in done)
                {
                    _pending.Remove(item);
                    WriteOutcome(item.Image, item.Task);
                }
                WriteLogLines();
                _progress.Write(this);
                if (!waitForAll || _pending.Count == 0) return;
                Task.WaitAny(_pending.Select(item => (Task)item.Task).ToArray(), 200);
            }
        }

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
