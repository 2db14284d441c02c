using System;
using System.Diagnostics;
using System.IO;
using System.Net;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using AstroBin.Api.Errors;

namespace AstroBin.Api.Downloads
{
    /// <summary>
    /// Downloads image files: follows the url_* redirect to the file itself (every hop https, or http on
    /// the loopback), names the file from the response's content type, and writes it to a temporary
    /// file that is renamed only when complete, so a failed or cancelled download leaves nothing.
    /// The addresses carry no credentials: AstroBin serves these files publicly.
    /// </summary>
    public sealed class ImageDownloader
    {
        private const int MaxRedirects = 5;

        private readonly HttpClient _http;
        private readonly TimeSpan _stallTimeout;
        private readonly IRequestLog? _log;

        /// <param name="http">A client that does NOT follow redirects itself, so that each hop is checked.</param>
        /// <param name="stallTimeout">How long the headers, or any read of the body, may take.</param>
        public ImageDownloader(HttpClient http, TimeSpan stallTimeout, IRequestLog? log = null)
        {
            _http = http ?? throw new ArgumentNullException(nameof(http));
            _stallTimeout = stallTimeout;
            _log = log;
        }

        /// <param name="onBytes">Called with each chunk's byte count, from any thread.</param>
        /// <param name="onLength">Called once with the announced length, when the server gives one.</param>
        public async Task<DownloadResult> DownloadAsync(Uri url, string folder, string imageId, ImageSize size, bool overwrite,
            Action<long>? onLength, Action<long>? onBytes, CancellationToken cancellationToken)
        {
            using var response = await GetFollowingRedirectsAsync(url, cancellationToken).ConfigureAwait(false);
            var shown = response.RequestMessage?.RequestUri?.AbsoluteUri ?? url.AbsoluteUri;
            var mediaType = response.Content.Headers.ContentType?.MediaType;
            var extension = ImageFileName.ExtensionOf(mediaType)
                ?? throw new AstroBinDownloadException(DownloadFailure.NotAnImage, "The server sent '" + (mediaType ?? "no content type") + "' instead of an image.", shown);
            var path = ImageFileName.PathFor(folder, imageId, size, extension);
            if (!overwrite && File.Exists(path)) return new DownloadResult(path, true, 0);

            var announced = response.Content.Headers.ContentLength;
            if (announced.HasValue) onLength?.Invoke(announced.Value);
            var temporary = Path.Combine(Path.GetDirectoryName(path)!, "." + Path.GetFileName(path) + "." + Guid.NewGuid().ToString("N").Substring(0, 8) + ".part");
            try
            {
                long written;
                using (var body = await response.Content.ReadAsStreamAsync().ConfigureAwait(false))
                using (var file = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, useAsync: true))
                {
                    written = await CopyAsync(body, file, onBytes, shown, cancellationToken).ConfigureAwait(false);
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
            finally
            {
                if (File.Exists(temporary)) File.Delete(temporary);
            }
        }

        private async Task<HttpResponseMessage> GetFollowingRedirectsAsync(Uri url, CancellationToken cancellationToken)
        {
            var current = url;
            for (var hop = 0; hop <= MaxRedirects; hop++)
            {
                if (!BaseUriRules.IsSecureOrLoopback(current))
                {
                    throw new AstroBinDownloadException(DownloadFailure.InsecureAddress,
                        "Refused to download from '" + current.GetLeftPart(UriPartial.Path) + "': only https addresses (or http on the loopback) are fetched.", current.AbsoluteUri);
                }
                var clock = Stopwatch.StartNew();
                HttpResponseMessage response;
                using (var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken))
                {
                    timeout.CancelAfter(_stallTimeout);
                    try
                    {
                        response = await _http.SendAsync(new HttpRequestMessage(HttpMethod.Get, current), HttpCompletionOption.ResponseHeadersRead, timeout.Token).ConfigureAwait(false);
                    }
                    catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
                    {
                        throw new AstroBinTimeoutException(_stallTimeout, current.AbsoluteUri);
                    }
                    catch (HttpRequestException ex)
                    {
                        throw new AstroBinNetworkException(ex.GetBaseException().Message, current.AbsoluteUri, null);
                    }
                }
                var status = (int)response.StatusCode;
                _log?.Request("GET " + current.AbsoluteUri + " -> " + status + " " + response.ReasonPhrase + " (" + clock.ElapsedMilliseconds + " ms)");
                if (status >= 300 && status < 400 && response.Headers.Location != null)
                {
                    var next = response.Headers.Location.IsAbsoluteUri ? response.Headers.Location : new Uri(current, response.Headers.Location);
                    response.Dispose();
                    current = next;
                    continue;
                }
                if (status >= 200 && status < 300) return response;
                response.Dispose();
                if (status == 404) throw new AstroBinNotFoundException("AstroBin has no file at this address (HTTP 404).", current.AbsoluteUri);
                if (status >= 500) throw new AstroBinServerException(response.StatusCode, current.AbsoluteUri);
                throw new AstroBinHttpException(response.StatusCode, "The file server answered HTTP " + status + " " + response.ReasonPhrase + ".", current.AbsoluteUri);
            }
            throw new AstroBinDownloadException(DownloadFailure.TooManyRedirects, "More than " + MaxRedirects + " redirects: the address loops.", url.AbsoluteUri);
        }

        private async Task<long> CopyAsync(Stream body, Stream file, Action<long>? onBytes, string shown, CancellationToken cancellationToken)
        {
            var buffer = new byte[81920];
            long total = 0;
            using var stall = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            while (true)
            {
                stall.CancelAfter(_stallTimeout);
                int read;
                try
                {
                    read = await body.ReadAsync(buffer, 0, buffer.Length, stall.Token).ConfigureAwait(false);
                }
                catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
                {
                    throw new AstroBinTimeoutException(_stallTimeout, shown);
                }
                catch (Exception ex) when (ex is IOException || ex is HttpRequestException)
                {
                    throw new AstroBinDownloadException(DownloadFailure.Incomplete, "The download broke off after " + total + " bytes: " + ex.GetBaseException().Message, shown);
                }
                if (read == 0) return total;
                await file.WriteAsync(buffer, 0, read, cancellationToken).ConfigureAwait(false);
                total += read;
                onBytes?.Invoke(read);
            }
        }
    }
}
