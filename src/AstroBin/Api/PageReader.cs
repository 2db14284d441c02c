using System;
using System.Collections.Generic;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.Json.Serialization.Metadata;
using System.Threading;
using System.Threading.Tasks;
using AstroBin.Api.Errors;
using AstroBin.Api.Json;

namespace AstroBin.Api
{
    /// <summary>
    /// Streams a tastypie list page by page, in order. The first page is read alone (its objects reach
    /// the caller after one round trip, and it tells the total); the pages after it are requested
    /// ahead, up to <see cref="AstroBinClientOptions.MaxConcurrency"/> at a time, and handed out in
    /// order. Each request is built from its offset rather than from <c>meta.next</c>, which repeats
    /// the key and secret and every filter. A page that one unserialisable record makes fail is read
    /// again in halves, down to that record, so that every other record still arrives, in order.
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
            ListObserver? observer,
            [EnumeratorCancellation] CancellationToken cancellationToken)
        {
            // Positions, not objects: an unreadable record takes its place too, so -First counts positions.
            var remaining = range.Take ?? long.MaxValue;
            if (remaining == 0 && observer?.TotalCount == null) yield break;

            var offset = range.Skip;
            var slice = await ReadSliceAsync(path, filters, pageType, offset, (int)Math.Max(1, Math.Min(MaxPageSize, remaining)), cancellationToken).ConfigureAwait(false);
            if (slice.Meta != null) observer?.TotalCount?.Invoke(slice.Meta.TotalCount);

            // After the first page: the page size the server really used (it clamps the limit) fixes every
            // later offset, and its total count where to stop.
            var total = slice.Meta?.TotalCount ?? long.MaxValue;
            var pageSize = slice.Meta != null && slice.Meta.Limit > 0 ? Math.Min(slice.Meta.Limit, MaxPageSize) : MaxPageSize;
            var end = remaining == long.MaxValue ? total : Math.Min(total, offset + remaining);
            var concurrency = slice.Meta == null ? 1 : Math.Max(1, _client.Options.MaxConcurrency);
            var nextOffset = offset + slice.Consumed;

            using var ahead = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            var window = new Queue<Task<Slice<T>>>();
            try
            {
                while (true)
                {
                    // In list order: an unreadable record is reported in its place, between its neighbours.
                    foreach (var entry in slice.Entries)
                    {
                        if (remaining <= 0) yield break;
                        remaining--;
                        if (entry.Unreadable != null) observer?.Unreadable?.Invoke(entry.Unreadable);
                        else yield return entry.Item!;
                    }
                    offset += slice.Consumed;
                    if (IsLast(slice, offset, remaining)) yield break;

                    while (window.Count < concurrency && nextOffset < end)
                    {
                        var limit = (int)Math.Min(pageSize, end - nextOffset);
                        window.Enqueue(ReadSliceAsync(path, filters, pageType, nextOffset, limit, ahead.Token));
                        nextOffset += limit;
                    }
                    if (window.Count == 0) yield break;
                    slice = await window.Dequeue().ConfigureAwait(false);
                }
            }
            finally
            {
                // The caller stopped early or a page failed: pages read ahead are not wanted any more.
                ahead.Cancel();
                foreach (var pending in window)
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

        /// <summary>Whether the list ends at <paramref name="offset"/>: nothing more wanted, or nothing more there.</summary>
        private static bool IsLast<T>(Slice<T> slice, long offset, long remaining) =>
            remaining <= 0
            || slice.Consumed == 0
            // Without meta every record of the slice was unreadable: the list goes on past them.
            || (slice.Meta != null && (slice.Meta.Next == null || offset >= slice.Meta.TotalCount));

        private async Task<Slice<T>> ReadSliceAsync<T>(
            string path, QueryParameters filters, JsonTypeInfo<ListPage<T>> pageType, long offset, int limit, CancellationToken cancellationToken)
        {
            var query = filters.Clone()
                .Add("limit", limit.ToString(CultureInfo.InvariantCulture))
                .Add("offset", offset.ToString(CultureInfo.InvariantCulture));
            ListPage<T> page;
            try
            {
                page = await _client.GetAsync(path, query, pageType, null, cancellationToken).ConfigureAwait(false);
            }
            catch (AstroBinBadRequestException ex) when (UnreadableRecord.IsCause(ex))
            {
                if (limit == 1)
                {
                    _client.Log?.Detail("record at offset " + offset + " is unreadable: " + ex.ServerMessage);
                    return Slice<T>.OneUnreadable(new UnreadableRecord(path, offset, ex));
                }
                _client.Log?.Detail("page offset=" + offset + " limit=" + limit + " has an unreadable record; reading it in halves");
                var half = limit / 2;
                var head = await ReadSliceAsync(path, filters, pageType, offset, half, cancellationToken).ConfigureAwait(false);
                var tail = await ReadSliceAsync(path, filters, pageType, offset + half, limit - half, cancellationToken).ConfigureAwait(false);
                return head.Then(tail);
            }
            var meta = page.Meta;
            var objects = page.Objects;
            if (meta == null || objects == null)
            {
                throw _client.InvalidResponse("a list page without 'meta' or 'objects'", path, query);
            }
            _client.Log?.Detail("page offset=" + offset + " limit=" + limit + " received=" + objects.Length + " total_count=" + meta.TotalCount);
            var entries = new List<Entry<T>>(objects.Length);
            foreach (var item in objects) entries.Add(new Entry<T>(item, null));
            return new Slice<T>(entries, meta);
        }

        /// <summary>One position of a list: a record, or the reason it could not be read.</summary>
        private readonly struct Entry<T>
        {
            public Entry(T? item, UnreadableRecord? unreadable)
            {
                Item = item;
                Unreadable = unreadable;
            }

            public T? Item { get; }

            public UnreadableRecord? Unreadable { get; }
        }

        /// <summary>Part of a list, in order, with the newest meta seen (none when every record was unreadable).</summary>
        private sealed class Slice<T>
        {
            public Slice(List<Entry<T>> entries, ListMeta? meta)
            {
                Entries = entries;
                Meta = meta;
            }

            public List<Entry<T>> Entries { get; }

            public ListMeta? Meta { get; }

            public int Consumed => Entries.Count;

            public static Slice<T> OneUnreadable(UnreadableRecord record) =>
                new Slice<T>(new List<Entry<T>> { new Entry<T>(default, record) }, null);

            public Slice<T> Then(Slice<T> next)
            {
                var entries = new List<Entry<T>>(Entries);
                entries.AddRange(next.Entries);
                return new Slice<T>(entries, next.Meta ?? Meta);
            }
        }
    }
}
