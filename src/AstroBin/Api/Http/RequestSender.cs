using System;
using System.Diagnostics;
using System.IO;
using System.Net;
using System.Net.Http;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using AstroBin.Api.Errors;
using AstroBin.Api.Json;

namespace AstroBin.Api.Http
{
    /// <summary>
    /// The one way a GET goes on the wire, for API calls and file downloads alike: every request, redirect hops
    /// included, first takes a slot of the fair-use limiter; each hop is checked against the
    /// <see cref="RedirectPolicy"/> before it is sent and gets its own log line; a status that is not success
    /// becomes the matching <see cref="AstroBinException"/>. Retries wrap this from outside (<see cref="RetryPolicy"/>),
    /// so each retry takes slots too.
    /// </summary>
    internal sealed class RequestSender
    {
        /// <summary>The most read of a 400's body (tastypie's error document is a line).</summary>
        private const long ErrorDocumentLimit = 64 * 1024;

        private readonly HttpClient _http;
        private readonly RedirectPolicy _redirects;
        private readonly RequestThrottle? _throttle;
        private readonly TimeSpan _timeout;
        private readonly SecretRedactor _redactor;
        private readonly IRequestLog? _log;

        /// <param name="http">A client whose handler does not follow redirects itself.</param>
        /// <param name="timeout">How long the headers (and what the caller reads within the deadline) may take, from the moment the slot is granted.</param>
        public RequestSender(HttpClient http, RedirectPolicy redirects, RequestThrottle? throttle, TimeSpan timeout, SecretRedactor redactor, IRequestLog? log)
        {
            _http = http;
            _redirects = redirects;
            _throttle = throttle;
            _timeout = timeout;
            _redactor = redactor;
            _log = log;
        }

        /// <summary>Sends a GET to <paramref name="uri"/>, following the redirects the policy allows: the 2xx answer, its body unread.</summary>
        /// <param name="notFoundMessage">What a 404 means here.</param>
        public async Task<OpenResponse> SendAsync(Uri uri, string? accept, string notFoundMessage, CancellationToken cancellationToken)
        {
            var current = uri;
            var shownFrom = _redactor.Redact(uri.AbsoluteUri);
            for (var hop = 0; ; hop++)
            {
                var shown = hop == 0 ? shownFrom : _redactor.Redact(current.AbsoluteUri);
                var refusal = _redirects.Refuse(current, hop, shown, shownFrom);
                if (refusal != null)
                {
                    if (hop > 0) _log?.Request("not following the redirect to " + shown);
                    throw refusal;
                }
                var open = await SendOnceAsync(current, shown, accept, hop, shownFrom, cancellationToken).ConfigureAwait(false);
                var next = RedirectTarget(open, current);
                if (next == null)
                {
                    if (open.Status >= 200 && open.Status < 300) return open;
                    using (open) throw await FailureAsync(open, notFoundMessage).ConfigureAwait(false);
                }
                open.Dispose();
                shownFrom = shown;
                current = next;
            }
        }

        private async Task<OpenResponse> SendOnceAsync(Uri uri, string shown, string? accept, int hop, string shownFrom, CancellationToken cancellationToken)
        {
            // The rate wait is the caller's, not the server's: it is outside the timeout, and Ctrl+C ends it.
            var slot = _throttle == null ? null : await _throttle.AcquireAsync(cancellationToken).ConfigureAwait(false);
            var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            deadline.CancelAfter(_timeout);
            var request = new HttpRequestMessage(HttpMethod.Get, uri);
            if (accept != null) request.Headers.Accept.ParseAdd(accept);
            var clock = Stopwatch.StartNew();
            HttpResponseMessage? response = null;
            try
            {
                _log?.Sent();
                response = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, deadline.Token).ConfigureAwait(false);
                _log?.Request("GET " + shown + " -> " + (int)response.StatusCode + " " + _redactor.Redact(response.ReasonPhrase) + " (" + clock.ElapsedMilliseconds + " ms)");
                if (response.RequestMessage?.RequestUri != null && response.RequestMessage.RequestUri != uri)
                {
                    // Too late to take back, but never again silent: the handler must leave redirects to this class.
                    throw new InvalidOperationException("The HttpClient followed a redirect itself. Give the AstroBin client an HttpClient whose handler has AllowAutoRedirect = false.");
                }
                return new OpenResponse(response, request, slot, deadline, _timeout, shown, cancellationToken, _redactor);
            }
            catch (Exception ex)
            {
                response?.Dispose();
                request.Dispose();
                deadline.Dispose();
                slot?.Dispose();
                switch (ex)
                {
                    case OperationCanceledException _ when !cancellationToken.IsCancellationRequested:
                        _log?.Request("GET " + shown + " -> timed out after " + clock.ElapsedMilliseconds + " ms");
                        throw new AstroBinTimeoutException(_timeout, shown);
                    case HttpRequestException _:
                    case IOException _:
                        var detail = _redactor.Redact(ex.GetBaseException().Message);
                        _log?.Request("GET " + shown + " -> failed: " + detail);
                        throw _redirects.Unreachable(detail, hop, shown, shownFrom);
                    default:
                        throw;
                }
            }
        }

        /// <summary>Where a redirect points, or null when the answer is not one to follow.</summary>
        private static Uri? RedirectTarget(OpenResponse open, Uri current)
        {
            switch (open.Message.StatusCode)
            {
                case HttpStatusCode.MovedPermanently:
                case HttpStatusCode.Found:
                case HttpStatusCode.SeeOther:
                case HttpStatusCode.TemporaryRedirect:
                case (HttpStatusCode)308:
                    var location = open.Message.Headers.Location;
                    if (location == null) return null;
                    return location.IsAbsoluteUri ? location : new Uri(current, location);
                default:
                    return null;
            }
        }

        private async Task<AstroBinException> FailureAsync(OpenResponse open, string notFoundMessage)
        {
            var shown = open.Shown;
            switch (open.Status)
            {
                case 400:
                    // A 400 without tastypie's error document is a damaged answer (cut short, or a proxy's page), not the server's verdict.
                    var message = ReadServerMessage(await open.ReadToEndAsync(ErrorDocumentLimit).ConfigureAwait(false));
                    return message == null
                        ? new AstroBinInvalidResponseException("an HTTP 400 answer without the API's error document", shown)
                        : new AstroBinBadRequestException(message, shown);
                case 401:
                    return new AstroBinUnauthorizedException(shown);
                case 404:
                    return new AstroBinNotFoundException(notFoundMessage, shown);
                case 429:
                    return new AstroBinRateLimitedException(RetryAfter(open.Message), shown);
            }
            if (open.Status >= 500) return new AstroBinServerException(open.Message.StatusCode, shown);
            return new AstroBinHttpException(open.Message.StatusCode, "AstroBin answered HTTP " + open.Status + " " + _redactor.Redact(open.Message.ReasonPhrase) + ".", shown);
        }

        /// <summary>The text of tastypie's <c>{"error": ...}</c>, or null when the body is not that document.</summary>
        private string? ReadServerMessage(byte[] body)
        {
            try
            {
                var error = JsonSerializer.Deserialize(body, AstroBinJsonContext.Default.ErrorBody);
                var text = error?.Error ?? error?.ErrorMessage;
                // tastypie HTML-escapes its messages ("&gt;= 0").
                if (!string.IsNullOrEmpty(text)) return _redactor.Redact(WebUtility.HtmlDecode(text));
            }
            catch (JsonException)
            {
                // Not the API's JSON.
            }
            return null;
        }

        private static TimeSpan? RetryAfter(HttpResponseMessage response)
        {
            var header = response.Headers.RetryAfter;
            if (header == null) return null;
            if (header.Delta.HasValue) return header.Delta.Value;
            if (header.Date.HasValue)
            {
                var wait = header.Date.Value - DateTimeOffset.UtcNow;
                return wait < TimeSpan.Zero ? TimeSpan.Zero : wait;
            }
            return null;
        }
    }
}
