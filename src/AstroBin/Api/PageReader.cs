using System;
using System.Collections.Generic;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.Json.Serialization.Metadata;
using System.Threading;
using System.Threading.Tasks;
using AstroBin.Api.Json;

namespace AstroBin.Api
{
    /// <summary>
    /// Streams a tastypie list page by page, in order. The first page is read alone (its objects reach
    /// the caller after one round trip, and it tells the total); the pages after it are requested
    /// ahead, up to <see cref="AstroBinClientOptions.MaxConcurrency"/> at a time, and handed out in
    /// order. Each request is built from its offset rather than from <c>meta.next</c>, which repeats
    /// the key and secret and every filter; a page that fails is retried as that same offset, so no
    /// object is skipped or repeated.
    /// </summary>
    internal sealed class PageReader
    {
        /// <summary>The server's maximum page size (larger limits are clamped to it).</summary>
        public const int MaxPageSize = 25;

        private readonly AstroBinClient _client;

        public PageReader(AstroBinClient client)
        {
            _client = client;
        }

        public async IAsyncEnumerable<T> ReadAsync<T>(
            string path,
            QueryParameters filters,
            JsonTypeInfo<ListPage<T>> pageType,
            PageRange range,
            Action<long>? onTotalCount,
            [EnumeratorCancellation] CancellationToken cancellationToken)
        {
            var wanted = range.Take ?? long.MaxValue;
            if (wanted == 0 && onTotalCount == null) yield break;

            var first = await FetchAsync(path, filters, pageType, range.Skip, (int)Math.Max(1, Math.Min(MaxPageSize, wanted)), cancellationToken).ConfigureAwait(false);
            onTotalCount?.Invoke(first.Meta.TotalCount);
            var emitted = 0L;
            foreach (var item in first.Objects)
            {
                if (emitted >= wanted) yield break;
                emitted++;
                yield return item;
            }
            if (emitted >= wanted || first.Objects.Length == 0 || first.Meta.Next == null) yield break;

            // The page size the server really used (it clamps the limit) fixes every later offset.
            var pageSize = Math.Max(1, Math.Min(first.Meta.Limit > 0 ? first.Meta.Limit : first.Objects.Length, MaxPageSize));
            var end = Math.Min(first.Meta.TotalCount, range.Skip + wanted);
            var nextOffset = range.Skip + first.Objects.Length;

            using var ahead = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            var window = new Queue<(long Offset, Task<Page<T>> Page)>();
            var concurrency = Math.Max(1, _client.Options.MaxConcurrency);
            try
            {
                while (true)
                {
                    while (window.Count < concurrency && nextOffset < end)
                    {
                        var limit = (int)Math.Min(pageSize, end - nextOffset);
                        window.Enqueue((nextOffset, FetchAsync(path, filters, pageType, nextOffset, limit, ahead.Token)));
                        nextOffset += limit;
                    }
                    if (window.Count == 0) yield break;

                    var (offset, pending) = window.Dequeue();
                    var page = await pending.ConfigureAwait(false);
                    foreach (var item in page.Objects)
                    {
                        if (emitted >= wanted) yield break;
                        emitted++;
                        yield return item;
                    }
                    // The list ended early (it shrank since the first page): nothing more to ask for.
                    if (page.Objects.Length == 0 || (page.Meta.Next == null && offset + page.Objects.Length >= page.Meta.TotalCount)) yield break;
                }
            }
            finally
            {
                // The caller stopped early or a page failed: pages read ahead are not wanted any more.
                ahead.Cancel();
                foreach (var (_, pending) in window)
                {
                    try
                    {
                        await pending.ConfigureAwait(false);
                    }
                    catch (Exception)
                    {
                        // Cancelled or failed read-ahead of pages nobody will see: nothing to report.
                    }
                }
            }
        }

        private async Task<Page<T>> FetchAsync<T>(string path, QueryParameters filters, JsonTypeInfo<ListPage<T>> pageType, long offset, int limit, CancellationToken cancellationToken)
        {
            var query = filters.Clone()
                .Add("limit", limit.ToString(CultureInfo.InvariantCulture))
                .Add("offset", offset.ToString(CultureInfo.InvariantCulture));
            var page = await _client.GetAsync(path, query, pageType, null, cancellationToken).ConfigureAwait(false);
            if (page.Meta == null || page.Objects == null)
            {
                throw _client.InvalidResponse("a list page without 'meta' or 'objects'", path, query);
            }
            _client.Log?.Detail("page offset=" + offset + " limit=" + limit + " received=" + page.Objects.Length + " total_count=" + page.Meta.TotalCount);
            return new Page<T>(page.Meta, page.Objects);
        }

        /// <summary>A list page known to have both parts.</summary>
        private readonly struct Page<T>
        {
            public Page(ListMeta meta, T[] objects)
            {
                Meta = meta;
                Objects = objects;
            }

            public ListMeta Meta { get; }

            public T[] Objects { get; }
        }
    }
}
