using System;
using System.Collections.Generic;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace AstroBin.Api
{
    /// <summary>Untyped access to any API path, for what the typed methods do not cover (schema/, set/, new fields).</summary>
    public sealed partial class AstroBinClient
    {
        /// <summary>One GET of <paramref name="path"/> (below the base URI, trailing slash included) in <paramref name="format"/>.</summary>
        public async Task<ApiDocument> GetDocumentAsync(string path, QueryParameters? query, ApiFormat format, CancellationToken cancellationToken)
        {
            var reply = await SendAsync(path, query, format, null, cancellationToken).ConfigureAwait(false);
            return new ApiDocument(Encoding.UTF8.GetString(reply.Body), format, reply.MediaType, reply.RequestUri);
        }

        /// <summary>
        /// Every page of a list, one document a page, read by offset at the largest page size, with the paging checks
        /// and the recovery of records the server cannot serve that the typed lists have (<paramref name="observer"/>
        /// hears of those). A path that is not a list gives its one document.
        /// </summary>
        public IAsyncEnumerable<ApiDocument> ReadDocumentsAsync(string path, QueryParameters? query, ApiFormat format, ListObserver? observer, CancellationToken cancellationToken)
        {
            var filters = new QueryParameters();
            if (query != null)
            {
                foreach (var pair in query)
                {
                    if (pair.Key != "limit" && pair.Key != "offset") filters.Add(pair.Key, pair.Value);
                }
            }
            return _pages.ReadDocumentsAsync(path, filters, format, observer, cancellationToken);
        }

        /// <summary>
        /// One GET in JSON with its retries, the body read by <paramref name="read"/> inside them: a malformed body is
        /// fetched again, while what <paramref name="read"/> makes of well-formed JSON is its own affair.
        /// </summary>
        internal Task<T> GetJsonAsync<T>(string path, QueryParameters? query, Func<ApiReply, T> read, CancellationToken cancellationToken) =>
            _retry.ExecuteAsync(async attemptToken =>
            {
                var reply = await SendOnceAsync(path, query, ApiFormat.Json, null, attemptToken).ConfigureAwait(false);
                return ReadJson(reply.Body, reply.MediaType, reply.RequestUri, _ => read(reply));
            }, cancellationToken);
    }
}
