using System;
using System.IO;
using System.Linq;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using AstroBin.Api.Errors;
using AstroBin.Api.Http;

namespace AstroBin.Api.Downloads
{
    /// <summary>
    /// Downloads image files: follows the url_* redirect to the file itself (<see cref="FileRedirectPolicy"/>), names
    /// the file from the response's content type, and writes it to a temporary file that is renamed only when
    /// complete, so a failed or cancelled download leaves nothing. Each request takes a slot of the same fair-use
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
            var mediaType = open.MediaType;
            var extension = ImageFileName.ExtensionOf(mediaType)
                ?? throw new AstroBinDownloadException(DownloadFailure.NotAnImage, "The server sent '" + (mediaType ?? "no content type") + "' instead of an image.", shown);
            if (headers.ContentEncoding.Any(coding => !string.Equals(coding, "identity", StringComparison.OrdinalIgnoreCase)))
            {
                // Never asked for: a file saved as sent would be the compressed bytes, and decompressing it is how a small answer becomes a huge file.
                throw new AstroBinDownloadException(DownloadFailure.NotAnImage,
                    "The server sent the image compressed (Content-Encoding: " + string.Join(", ", headers.ContentEncoding) + "), which the module never asks for; nothing was saved.", shown);
            }
            var path = ImageFileName.PathFor(folder, imageId, size, extension);
            if (!overwrite && File.Exists(path)) return new DownloadResult(path, true, 0);

            var announced = headers.ContentLength;
            if (announced > _options.MaxFileBytes)
            {
                throw new AstroBinDownloadException(DownloadFailure.TooLarge, "The server announced " + announced + " bytes, over the limit of " + _options.MaxFileBytes + " bytes for one file; nothing was saved.", shown);
            }
            if (announced.HasValue) onLength?.Invoke(announced.Value);
            var temporary = Path.Combine(Path.GetDirectoryName(path)!, "." + Path.GetFileName(path) + "." + Guid.NewGuid().ToString("N").Substring(0, 8) + ".part");
            long reported = 0;
            Action<long> received = count =>
            {
                reported += count;
                onBytes?.Invoke(count);
            };
            try
            {
                long written;
                using (var body = await open.OpenBodyAsync().ConfigureAwait(false))
                using (var file = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, useAsync: true))
                {
                    written = await CopyAsync(open, body, file, announced ?? _options.MaxFileBytes, announced.HasValue, received, cancellationToken).ConfigureAwait(false);
                }
                if (announced.HasValue && written != announced.Value)
                {
                    throw new AstroBinDownloadException(DownloadFailure.Incomplete, "The download ended after " + written + " of " + announced.Value + " bytes.", shown);
                }
                if (overwrite && File.Exists(path)) File.Delete(path);
                File.Move(temporary, path);
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
            finally
            {
                if (File.Exists(temporary)) File.Delete(temporary);
            }
        }

        /// <summary>Copies the body, never more than <paramref name="limit"/> bytes; a read that breaks off is a (retried) incomplete download.</summary>
        private static async Task<long> CopyAsync(OpenResponse open, Stream body, Stream file, long limit, bool limitAnnounced, Action<long> onBytes, CancellationToken cancellationToken)
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
                await file.WriteAsync(buffer, 0, read, cancellationToken).ConfigureAwait(false);
                total += read;
                onBytes(read);
            }
        }
    }
}
