using System;
using System.IO;
using System.Linq;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using AstroBin.Api.Errors;
using AstroBin.Api.Http;
using AstroBin.Files;

namespace AstroBin.Api.Downloads
{
    /// <summary>
    /// Downloads image files: follows the url_* redirect to the file itself (<see cref="FileRedirectPolicy"/>), takes
    /// only the image types of <see cref="ImageFileType"/> (named by the content type, confirmed by the bytes), and
    /// writes through <see cref="AtomicFile"/>: renamed over the target only when complete and checked, so a failed,
    /// refused or cancelled download leaves nothing and never harms the file it was to replace. Each request takes a slot of the same fair-use
    /// limiter as API calls, and a transient failure is retried as an API call is. The addresses carry no
    /// credentials: AstroBin serves these files publicly.
    /// </summary>
    public sealed class ImageDownloader
    {
        private static readonly SecretRedactor NothingToRedact = new SecretRedactor(null);

        private readonly DownloadOptions _options;
        private readonly RequestSender _sender;
        private readonly RetryPolicy _retry;
        private readonly IRequestLog? _log;

        /// <param name="http">A client that neither follows redirects nor asks for compression (image files are compressed already).</param>
        public ImageDownloader(HttpClient http, DownloadOptions options, IRequestLog? log = null)
        {
            if (http == null) throw new ArgumentNullException(nameof(http));
            _options = options ?? throw new ArgumentNullException(nameof(options));
            _log = log;
            _sender = new RequestSender(http, FileRedirectPolicy.Default, options.Throttle, options.StallTimeout, NothingToRedact, log);
            _retry = new RetryPolicy(options.MaxRetry, options.RetryDelay, options.RetryBudget, log);
        }

        /// <param name="onBytes">Called with each chunk's byte count, from any thread (negative when a failed attempt's bytes are taken back).</param>
        /// <param name="onLength">Called with the announced length, when the server gives one (negative when a failed attempt's is taken back).</param>
        public Task<DownloadResult> DownloadAsync(Uri url, string folder, string imageId, ImageSize size, bool overwrite,
            Action<long>? onLength, Action<long>? onBytes, CancellationToken cancellationToken)
        {
            if (url == null) throw new ArgumentNullException(nameof(url));
            // Decided before the request: a file of this image and size is there, whatever extension its content type gave it.
            if (!overwrite && ImageFileName.Existing(folder, imageId, size) is string existing) return Task.FromResult(new DownloadResult(existing, true, 0));
            return _retry.ExecuteAsync(token => DownloadOnceAsync(url, folder, imageId, size, overwrite, onLength, onBytes, token), cancellationToken);
        }

        private async Task<DownloadResult> DownloadOnceAsync(Uri url, string folder, string imageId, ImageSize size, bool overwrite,
            Action<long>? onLength, Action<long>? onBytes, CancellationToken cancellationToken)
        {
            using var open = await _sender.SendAsync(url, null, "AstroBin has no file at this address (HTTP 404).", cancellationToken).ConfigureAwait(false);
            var shown = open.Shown;
            var headers = open.Message.Content.Headers;
            var contentType = open.ContentType;
            var type = ImageFileType.FromContentType(contentType)
                ?? throw new AstroBinDownloadException(DownloadFailure.NotAnImage, contentType == null
                    ? "The server sent no content type, so the file cannot be taken for an image; nothing was saved."
                    : "The server sent the content type '" + Shorten(contentType) + "', which is none of the image types saved (" + ImageFileType.Allowed + "); nothing was saved.", shown);
            if (headers.ContentEncoding.Any(coding => !string.Equals(coding, "identity", StringComparison.OrdinalIgnoreCase)))
            {
                // Never asked for: a file saved as sent would be the compressed bytes, and decompressing it is how a small answer becomes a huge file.
                throw new AstroBinDownloadException(DownloadFailure.NotAnImage,
                    "The server sent the image compressed (Content-Encoding: " + string.Join(", ", headers.ContentEncoding) + "), which the module never asks for; nothing was saved.", shown);
            }
            var path = ImageFileName.PathFor(folder, imageId, size, type.Extension);
            if (!overwrite && File.Exists(path)) return new DownloadResult(path, true, 0);

            var announced = headers.ContentLength;
            if (announced > _options.MaxFileBytes)
            {
                throw new AstroBinDownloadException(DownloadFailure.TooLarge, "The server announced " + announced + " bytes, over the limit of " + _options.MaxFileBytes + " bytes for one file; nothing was saved.", shown);
            }
            if (announced.HasValue) onLength?.Invoke(announced.Value);
            long reported = 0;
            Action<long> received = count =>
            {
                reported += count;
                onBytes?.Invoke(count);
            };
            try
            {
                using var file = AtomicFile.Create(path, useAsync: true);
                var edges = new FileEdges(type, contentType!, shown);
                long written;
                using (var body = await open.OpenBodyAsync().ConfigureAwait(false))
                {
                    written = await CopyAsync(open, body, file.Stream, announced ?? _options.MaxFileBytes, announced.HasValue, received, edges, cancellationToken).ConfigureAwait(false);
                }
                if (announced.HasValue && written != announced.Value)
                {
                    throw new AstroBinDownloadException(DownloadFailure.Incomplete, "The download ended after " + written + " of " + announced.Value + " bytes.", shown);
                }
                edges.CheckWhole(written);
                file.Commit();
                _log?.Detail("saved " + written + " bytes to " + path);
                return new DownloadResult(path, false, written);
            }
            catch
            {
                // A retry starts the file again: the progress bar forgets this attempt.
                if (reported > 0) onBytes?.Invoke(-reported);
                if (announced.HasValue) onLength?.Invoke(-announced.Value);
                throw;
            }
        }

        // A server's header may be anything: a message shows at most its start.
        private static string Shorten(string text) => text.Length > 100 ? text.Substring(0, 100) + "..." : text;

        /// <summary>Copies the body, never more than <paramref name="limit"/> bytes; a read that breaks off is a (retried) incomplete download.</summary>
        private static async Task<long> CopyAsync(OpenResponse open, Stream body, Stream file, long limit, bool limitAnnounced, Action<long> onBytes, FileEdges edges, CancellationToken cancellationToken)
        {
            var buffer = new byte[81920];
            long total = 0;
            while (true)
            {
                int read;
                try
                {
                    read = await open.ReadAsync(body, buffer, restartDeadline: true).ConfigureAwait(false);
                }
                catch (AstroBinNetworkException ex)
                {
                    throw new AstroBinDownloadException(DownloadFailure.Incomplete, "The download broke off after " + total + " bytes: " + ex.Message, open.Shown);
                }
                if (read == 0) return total;
                if (total + read > limit)
                {
                    throw new AstroBinDownloadException(DownloadFailure.TooLarge,
                        "The server sent more than " + (limitAnnounced ? "the " + limit + " bytes it announced" : "the limit of " + limit + " bytes for one file") + "; nothing was saved.", open.Shown);
                }
                // A file that does not start as its type does is refused at its first bytes, not after all of them.
                edges.Add(buffer, read);
                await file.WriteAsync(buffer, 0, read, cancellationToken).ConfigureAwait(false);
                total += read;
                onBytes(read);
            }
        }

        /// <summary>The first and last bytes of a file as it arrives: enough to tell its type and whether it ends as one.</summary>
        private sealed class FileEdges
        {
            private readonly ImageFileType _type;
            private readonly string _contentType;
            private readonly string _shown;
            private readonly byte[] _head = new byte[ImageFileType.HeadLength];
            private readonly byte[] _tail = new byte[ImageFileType.TailLength];
            private int _headCount;
            private long _total;

            public FileEdges(ImageFileType type, string contentType, string shown)
            {
                _type = type;
                _contentType = contentType;
                _shown = shown;
            }

            public void Add(byte[] buffer, int count)
            {
                var toHead = Math.Min(count, _head.Length - _headCount);
                if (toHead > 0)
                {
                    Array.Copy(buffer, 0, _head, _headCount, toHead);
                    _headCount += toHead;
                    if (_headCount == _head.Length) CheckStart();
                }
                // The tail keeps the last bytes seen: shift what stays, then copy the new end.
                var fresh = Math.Min(count, _tail.Length);
                Array.Copy(_tail, fresh, _tail, 0, _tail.Length - fresh);
                Array.Copy(buffer, count - fresh, _tail, _tail.Length - fresh, fresh);
                _total += count;
            }

            public void CheckWhole(long length)
            {
                if (_headCount < _head.Length) CheckStart();
                var tail = new byte[(int)Math.Min(_total, _tail.Length)];
                Array.Copy(_tail, _tail.Length - tail.Length, tail, 0, tail.Length);
                if (!_type.IsWhole(Head(), tail, length))
                {
                    throw new AstroBinDownloadException(DownloadFailure.Incomplete,
                        "The file does not end as a whole " + _type.Name + " image does (cut short on the way); nothing was saved.", _shown);
                }
            }

            private byte[] Head()
            {
                var head = new byte[_headCount];
                Array.Copy(_head, head, _headCount);
                return head;
            }

            private void CheckStart()
            {
                if (_type.StartsRight(Head())) return;
                throw new AstroBinDownloadException(DownloadFailure.NotAnImage,
                    "The server called the file '" + Shorten(_contentType) + "', but its bytes are not a " + _type.Name + " image (another kind of file sent as one); nothing was saved.", _shown);
            }
        }
    }
}
