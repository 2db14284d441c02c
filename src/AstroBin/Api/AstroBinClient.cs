using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using System.Threading;
using System.Threading.Tasks;
using AstroBin.Api.Errors;
using AstroBin.Api.Http;
using AstroBin.Api.Json;
using AstroBin.Api.Queries;

namespace AstroBin.Api
{
    /// <summary>
    /// The AstroBin API v1 client. Every request carries <c>format=json</c> and the key pair in the
    /// query string (the only place the server reads them); every failure becomes an
    /// <see cref="AstroBinException"/> whose text is free of the credentials.
    /// </summary>
    public sealed partial class AstroBinClient
    {
        private readonly HttpClient _http;
        private readonly PageReader _pages;
        private readonly RetryPolicy _retry;

        public AstroBinClient(HttpClient http, AstroBinClientOptions options, IRequestLog? log = null)
        {
            _http = http ?? throw new ArgumentNullException(nameof(http));
            Options = options ?? throw new ArgumentNullException(nameof(options));
            Log = log;
            Redactor = new SecretRedactor(options.Credentials);
            _pages = new PageReader(this);
            _retry = new RetryPolicy(options, log);
        }

        public AstroBinClientOptions Options { get; }

        public SecretRedactor Redactor { get; }

        internal IRequestLog? Log { get; }

        private static AstroBinJsonContext Json => AstroBinJsonContext.Default;

        /// <summary>One image by hash or, for old images without a hash, by number.</summary>
        public Task<Image> GetImageAsync(string id, CancellationToken cancellationToken)
        {
            if (!ImageId.TryParse(id, out var parsed, out var problem)) throw new ArgumentException(problem, nameof(id));
            // image/<number>/ is 404 for every image that has a hash: numbers go through the multi-get, which finds them all.
            if (ImageNumbers.TryRead(parsed, out var number)) return GetImageByNumberAsync(number, cancellationToken);
            return GetCachedAsync("image/" + parsed + "/", null, Json.Image, "No image has the id '" + parsed + "'.", cancellationToken);
        }

        /// <summary>The image list filtered by <paramref name="query"/>, newest upload first unless ordered otherwise.</summary>
        public IAsyncEnumerable<Image> SearchImagesAsync(ImageQuery query, PageRange range, ListObserver? observer, CancellationToken cancellationToken)
        {
            if (query == null) throw new ArgumentNullException(nameof(query));
            return _pages.ReadAsync("image/", query.ToParameters(), Json.ListPageImage, range, observer, cancellationToken);
        }

        /// <summary>The Images of the Day, newest first: offset 0 is today's (once the server has synced it).</summary>
        public IAsyncEnumerable<ImageOfTheDay> GetImagesOfTheDayAsync(PageRange range, ListObserver? observer, CancellationToken cancellationToken) =>
            _pages.ReadAsync("imageoftheday/", new QueryParameters(), Json.ListPageImageOfTheDay, range, observer, cancellationToken);

        /// <summary>A user profile by its number (the profile's, not the account's).</summary>
        public Task<UserProfile> GetUserProfileAsync(int id, CancellationToken cancellationToken)
        {
            if (id <= 0) throw new ArgumentOutOfRangeException(nameof(id), id, "A user profile id is a positive number.");
            return GetCachedAsync("userprofile/" + id.ToString(CultureInfo.InvariantCulture) + "/", null, Json.UserProfile, "No user profile has the id " + id + ".", cancellationToken);
        }

        /// <summary>A user profile by exact user name (case-sensitive, as the server compares).</summary>
        public async Task<UserProfile> GetUserProfileByNameAsync(string username, CancellationToken cancellationToken)
        {
            if (string.IsNullOrWhiteSpace(username)) throw new ArgumentException("The user name is empty.", nameof(username));
            var query = new QueryParameters().Add("username", username.Trim()).Add("limit", "1");
            var page = await GetCachedAsync("userprofile/", query, Json.ListPageUserProfile, null, cancellationToken).ConfigureAwait(false);
            if (page.Objects == null) throw InvalidResponse("a list page without 'objects'", "userprofile/", query);
            if (page.Objects.Length == 0)
            {
                throw new AstroBinNotFoundException("No AstroBin user is named '" + username.Trim() + "' (user names are case-sensitive).", RedactedUri("userprofile/", query));
            }
            return page.Objects[0];
        }

        /// <summary>
        /// One GET with its retries: every page of a list is fetched again at the same offset after a
        /// transient failure, so paging neither skips nor repeats objects.
        /// </summary>
        internal Task<T> GetAsync<T>(string path, QueryParameters? query, JsonTypeInfo<T> type, string? notFoundMessage, CancellationToken cancellationToken)
        {
            return _retry.ExecuteAsync(async attemptToken =>
            {
                var reply = await SendOnceAsync(path, query, ApiFormat.Json, notFoundMessage, attemptToken).ConfigureAwait(false);
                return Deserialize(reply.Body, type, reply.MediaType, reply.RequestUri);
            }, cancellationToken);
        }

        /// <summary>One GET in <paramref name="format"/> with its retries: the body of a 2xx answer, or the matching <see cref="AstroBinException"/>.</summary>
        private Task<ApiReply> SendAsync(string path, QueryParameters? query, ApiFormat format, string? notFoundMessage, CancellationToken cancellationToken) =>
            _retry.ExecuteAsync(attemptToken => SendOnceAsync(path, query, format, notFoundMessage, attemptToken), cancellationToken);

        private async Task<ApiReply> SendOnceAsync(string path, QueryParameters? query, ApiFormat format, string? notFoundMessage, CancellationToken cancellationToken)
        {
            var uri = BuildUri(path, query, format);
            var shown = Redactor.Redact(uri.AbsoluteUri);
            // The rate wait is the caller's, not the server's: it is outside the timeout, and Ctrl+C ends it.
            using var slot = Options.Throttle == null ? null : await Options.Throttle.AcquireAsync(cancellationToken).ConfigureAwait(false);
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            // Covers the headers and the whole body: a stalled response fails instead of hanging.
            timeout.CancelAfter(Options.Timeout);
            var clock = Stopwatch.StartNew();
            try
            {
                using var request = new HttpRequestMessage(HttpMethod.Get, uri);
                request.Headers.Accept.ParseAdd(format == ApiFormat.Xml ? "application/xml" : "application/json");
                using var response = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token).ConfigureAwait(false);
                var body = await ReadBodyAsync(response, shown, timeout.Token).ConfigureAwait(false);
                Log?.Request("GET " + shown + " -> " + (int)response.StatusCode + " " + response.ReasonPhrase + " (" + clock.ElapsedMilliseconds + " ms)");
                Log?.Detail("response: " + body.Length + " bytes, " + (response.Content.Headers.ContentType?.ToString() ?? "no content type"));
                ThrowOnFailure(response, body, shown, notFoundMessage);
                return new ApiReply(body, response.Content.Headers.ContentType?.MediaType, shown);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                Log?.Request("GET " + shown + " -> timed out after " + clock.ElapsedMilliseconds + " ms");
                throw new AstroBinTimeoutException(Options.Timeout, shown);
            }
            catch (HttpRequestException ex)
            {
                Log?.Request("GET " + shown + " -> failed: " + Redactor.Redact(ex.Message));
                throw new AstroBinNetworkException(Redactor.Redact(Innermost(ex).Message), shown, null);
            }
            catch (IOException ex)
            {
                Log?.Request("GET " + shown + " -> failed: " + Redactor.Redact(ex.Message));
                throw new AstroBinNetworkException(Redactor.Redact(ex.Message), shown, null);
            }
        }

        /// <summary>A detail lookup through the session cache, when there is one.</summary>
        private async Task<T> GetCachedAsync<T>(string path, QueryParameters? query, JsonTypeInfo<T> type, string? notFoundMessage, CancellationToken cancellationToken)
            where T : class
        {
            var cache = Options.Cache;
            if (cache == null) return await GetAsync(path, query, type, notFoundMessage, cancellationToken).ConfigureAwait(false);
            var key = CacheKey(path, query);
            if (cache.TryGet<T>(key, out var cached))
            {
                Log?.Request("GET " + Redactor.Redact(BuildUri(path, query).AbsoluteUri) + " -> from the session cache");
                return cached;
            }
            var value = await GetAsync(path, query, type, notFoundMessage, cancellationToken).ConfigureAwait(false);
            cache.Set(key, value);
            return value;
        }

        /// <summary>What identifies an answer in the session cache: the key pair (by fingerprint only), the API root, the path and the filters.</summary>
        private string CacheKey(string path, QueryParameters? query) =>
            Options.Credentials.Fingerprint + " " + Options.BaseUri.AbsoluteUri + path + "?" + (query?.ToQueryString() ?? string.Empty);

        internal Uri BuildUri(string path, QueryParameters? query, ApiFormat format = ApiFormat.Json)
        {
            var all = new QueryParameters().Add("format", format == ApiFormat.Xml ? "xml" : "json");
            if (query != null)
            {
                foreach (var pair in query) all.Add(pair.Key, pair.Value);
            }
            all.Add("api_key", Options.Credentials.ApiKey).Add("api_secret", Options.Credentials.ApiSecret);
            return new Uri(Options.BaseUri, path + "?" + all.ToQueryString());
        }

        internal string RedactedUri(string path, QueryParameters? query) => Redactor.Redact(BuildUri(path, query).AbsoluteUri);

        internal AstroBinInvalidResponseException InvalidResponse(string detail, string path, QueryParameters? query) =>
            new AstroBinInvalidResponseException(detail, RedactedUri(path, query));

        private async Task<byte[]> ReadBodyAsync(HttpResponseMessage response, string shown, CancellationToken cancellationToken)
        {
            var limit = Options.MaxResponseBytes;
            var declared = response.Content.Headers.ContentLength;
            if (declared.HasValue && declared.Value > limit)
            {
                throw new AstroBinInvalidResponseException("a body of " + declared.Value + " bytes, over the limit of " + limit, shown, mayBeTransient: false);
            }
            using var stream = await response.Content.ReadAsStreamAsync().ConfigureAwait(false);
            using var buffer = new MemoryStream();
            var chunk = new byte[81920];
            int read;
            while ((read = await stream.ReadAsync(chunk, 0, chunk.Length, cancellationToken).ConfigureAwait(false)) > 0)
            {
                if (buffer.Length + read > limit)
                {
                    throw new AstroBinInvalidResponseException("a body over the limit of " + limit + " bytes", shown, mayBeTransient: false);
                }
                buffer.Write(chunk, 0, read);
            }
            return buffer.ToArray();
        }

        private void ThrowOnFailure(HttpResponseMessage response, byte[] body, string shown, string? notFoundMessage)
        {
            var status = (int)response.StatusCode;
            if (status >= 200 && status < 300) return;
            switch (status)
            {
                case 400:
                    // A 400 without tastypie's error document is a damaged answer (cut short, or a proxy's page), not the server's verdict.
                    var message = ReadServerMessage(body) ?? throw new AstroBinInvalidResponseException("an HTTP 400 answer without the API's error document", shown);
                    throw new AstroBinBadRequestException(message, shown);
                case 401:
                    throw new AstroBinUnauthorizedException(shown);
                case 404:
                    throw new AstroBinNotFoundException(notFoundMessage ?? "AstroBin has nothing at this address (HTTP 404).", shown);
                case 429:
                    throw new AstroBinRateLimitedException(RetryAfter(response), shown);
            }
            if (status >= 500) throw new AstroBinServerException(response.StatusCode, shown);
            throw new AstroBinHttpException(response.StatusCode, "AstroBin answered HTTP " + status + " " + response.ReasonPhrase + ".", shown);
        }

        /// <summary>The text of tastypie's <c>{"error": ...}</c>, or null when the body is not that document.</summary>
        private string? ReadServerMessage(byte[] body)
        {
            try
            {
                var error = JsonSerializer.Deserialize(body, Json.ErrorBody);
                var text = error?.Error ?? error?.ErrorMessage;
                // tastypie HTML-escapes its messages ("&gt;= 0").
                if (!string.IsNullOrEmpty(text)) return Redactor.Redact(WebUtility.HtmlDecode(text));
            }
            catch (JsonException)
            {
                // Not the API's JSON.
            }
            return null;
        }

        private T Deserialize<T>(byte[] body, JsonTypeInfo<T> type, string? mediaType, string shown)
        {
            if (mediaType != null && mediaType.IndexOf("json", StringComparison.OrdinalIgnoreCase) < 0)
            {
                throw new AstroBinInvalidResponseException("'" + mediaType + "' content instead of JSON", shown);
            }
            try
            {
                var value = JsonSerializer.Deserialize(body, type);
                return value ?? throw new AstroBinInvalidResponseException("an empty JSON document", shown);
            }
            catch (JsonException ex)
            {
                throw new AstroBinInvalidResponseException("malformed JSON (" + Redactor.Redact(ex.Message) + ")", shown);
            }
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

        private static Exception Innermost(Exception ex)
        {
            while (ex.InnerException != null) ex = ex.InnerException;
            return ex;
        }
    }
}
