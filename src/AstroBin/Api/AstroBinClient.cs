using System;
using System.Collections.Generic;
using System.Globalization;
using System.Net.Http;
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
        private readonly PageReader _pages;
        private readonly RetryPolicy _retry;
        private readonly RequestSender _sender;

        /// <param name="http">A client whose handler does not follow redirects (each hop is checked here first).</param>
        public AstroBinClient(HttpClient http, AstroBinClientOptions options, IRequestLog? log = null)
        {
            if (http == null) throw new ArgumentNullException(nameof(http));
            Options = options ?? throw new ArgumentNullException(nameof(options));
            Redactor = new SecretRedactor(options.Credentials);
            Log = log == null ? null : new RedactedRequestLog(log, Redactor);
            _pages = new PageReader(this);
            _retry = new RetryPolicy(options, Log);
            _sender = new RequestSender(http, new ApiRedirectPolicy(options.BaseUri), options.Throttle, options.Timeout, Redactor, Log);
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
            // The page is cached whole and copied shallowly: the profile in it gets its own copy too.
            return Options.Cache == null ? page.Objects[0] : ResponseCache.Copy(page.Objects[0]);
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
            var accept = format == ApiFormat.Xml ? "application/xml" : "application/json";
            using var open = await _sender.SendAsync(uri, accept, notFoundMessage ?? "AstroBin has nothing at this address (HTTP 404).", cancellationToken).ConfigureAwait(false);
            // Everything the server sent is masked before anything reads it: the body (parsed, returned as is, quoted by
            // a parser's message); the sender masks the reason phrase and the content type.
            var body = Redactor.Redact(await open.ReadToEndAsync(Options.MaxResponseBytes).ConfigureAwait(false));
            Log?.Detail("response: " + body.Length + " bytes, " + (open.Message.Content.Headers.ContentType?.ToString() ?? "no content type"));
            return new ApiReply(body, open.MediaType, open.Shown);
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
            var shared = cache.Share(key, () => GetAsync(path, query, type, notFoundMessage, cancellationToken), out var joined);
            if (!joined) return await shared.ConfigureAwait(false);
            Log?.Request("GET " + Redactor.Redact(BuildUri(path, query).AbsoluteUri) + " -> from the session cache (the same request was in flight)");
            try
            {
                return await shared.ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                // The pipeline that started the request was stopped, not this one: ask on its own.
                return await GetAsync(path, query, type, notFoundMessage, cancellationToken).ConfigureAwait(false);
            }
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

        private T Deserialize<T>(byte[] body, JsonTypeInfo<T> type, string? mediaType, string shown) =>
            ReadJson(body, mediaType, shown, bytes => JsonSerializer.Deserialize(bytes, type));

        /// <summary>A JSON body through <paramref name="parse"/>: anything but JSON, or malformed JSON, is an invalid response.</summary>
        private T ReadJson<T>(byte[] body, string? mediaType, string shown, Func<byte[], T?> parse)
        {
            if (mediaType != null && mediaType.IndexOf("json", StringComparison.OrdinalIgnoreCase) < 0)
            {
                throw new AstroBinInvalidResponseException("'" + mediaType + "' content instead of JSON", shown);
            }
            try
            {
                var value = parse(body);
                return value ?? throw new AstroBinInvalidResponseException("an empty JSON document", shown);
            }
            catch (JsonException ex) when (JsonSyntax.IsWellFormed(body))
            {
                // Not retried: the server would send the same value again.
                var failure = new RecordFailure(ex.Path, ex.Message);
                throw new AstroBinRecordUnreadableException(
                    "AstroBin sent JSON that does not fit the module at " + Redactor.Redact(failure.Path) + " (" + Redactor.Redact(failure.Message)
                    + "). The answer is well-formed, so it was not asked for again; if AstroBin changed its format, report it to the module's project.", shown);
            }
            catch (JsonException ex)
            {
                throw new AstroBinInvalidResponseException("malformed JSON (" + Redactor.Redact(ex.Message) + ")", shown);
            }
        }
    }
}
