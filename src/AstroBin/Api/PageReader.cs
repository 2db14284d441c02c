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
    /// Streams a tastypie list page by page, in order: typed records for the list cmdlets, whole documents for
    /// <c>Invoke-AstroBinApi -All</c>. The first page is read alone (its objects reach the caller after one round
    /// trip, and it tells the total); the pages after it are requested ahead, up to
    /// <see cref="AstroBinClientOptions.MaxConcurrency"/> at a time, and handed out in order. Each request is built
    /// from its offset rather than from <c>meta.next</c>, which repeats the key and secret and every filter.
    /// A page that one unserialisable record makes fail is read again in halves, down to that record, so that
    /// every other record still arrives, in order. Each page must answer the request it was read with (its
    /// offset, at most its limit, not the same records as the page before): otherwise paging stops with
    /// <see cref="AstroBinPagingBrokenException"/> rather than repeat records or never end.
    /// </summary>
    internal sealed class PageReader
    {
        /// <summary>The server's maximum page size (larger limits are clamped to it).</summary>
        public const int MaxPageSize = 25;

        /// <summary>
        /// Bodies read ahead at once: a real page is about 150 KB, so this never slows one; pages near the 16 MiB
        /// byte cap are read ahead one at a time, so that read-ahead never holds more than this (each body in flight
        /// also leaves its growing buffer behind until the next full collection).
        /// </summary>
        public const long ReadAheadBytes = 16L * 1024 * 1024;

        private readonly AstroBinClient _client;

        public PageReader(AstroBinClient client)
        {
            _client = client;
        }

        /// <summary>Reads one request's worth of a list: <paramref name="limit"/> positions from <paramref name="offset"/>.</summary>
        private delegate Task<Slice<T>> PageFetch<T>(long offset, int limit, CancellationToken cancellationToken);

        public IAsyncEnumerable<T> ReadAsync<T>(
            string path,
            QueryParameters filters,
            JsonTypeInfo<ListPage<T>> pageType,
            PageRange range,
            ListObserver? observer,
            CancellationToken cancellationToken) =>
            ReadAsync<T>(path, (offset, limit, token) => ReadRecordsAsync(path, filters, pageType, offset, limit, token), range, observer, cancellationToken);

        /// <summary>Every page of a list as the documents the server sent; a path that is not a list gives its one document.</summary>
        public IAsyncEnumerable<ApiDocument> ReadDocumentsAsync(string path, QueryParameters filters, ApiFormat format, ListObserver? observer, CancellationToken cancellationToken) =>
            ReadAsync<ApiDocument>(path, (offset, limit, token) => ReadDocumentAsync(path, filters, format, offset, limit, token), PageRange.All, observer, cancellationToken);

        private async IAsyncEnumerable<T> ReadAsync<T>(
            string path,
            PageFetch<T> fetch,
            PageRange range,
            ListObserver? observer,
            [EnumeratorCancellation] CancellationToken cancellationToken)
        {
            // Positions, not objects: an unreadable record takes its place too, so -First counts positions.
            var remaining = range.Take ?? long.MaxValue;
            if (remaining == 0 && observer?.TotalCount == null) yield break;

            var offset = range.Skip;
            var slice = await ReadSliceAsync(path, fetch, offset, (int)Math.Max(1, Math.Min(MaxPageSize, remaining)), cancellationToken).ConfigureAwait(false);
            if (slice.Info != null) observer?.TotalCount?.Invoke(slice.Info.TotalCount);

            // After the first page: the page size the server really used (it clamps the limit) fixes every
            // later offset, and its total count where to stop.
            var total = slice.Info?.TotalCount ?? long.MaxValue;
            var pageSize = slice.Info != null && slice.Info.Limit > 0 ? Math.Min(slice.Info.Limit, MaxPageSize) : MaxPageSize;
            var end = remaining == long.MaxValue ? total : Math.Min(total, offset + remaining);
            // Read-ahead holds at most this many pages, each at most MaxPageSize records, and ReadAheadBytes of bodies.
            var concurrency = slice.Info == null ? 1 : Math.Max(1, _client.Options.MaxConcurrency);
            var nextOffset = offset + slice.Positions;

            using var ahead = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            var window = new Queue<Task<Slice<T>>>();
            Slice<T>? previous = null;
            try
            {
                while (true)
                {
                    CheckProgress(path, previous, slice, offset);
                    // In list order: an unreadable record is reported in its place, between its neighbours.
                    foreach (var entry in slice.Entries)
                    {
                        if (remaining <= 0) yield break;
                        remaining -= entry.Positions;
                        if (entry.Unreadable != null) observer?.Unreadable?.Invoke(entry.Unreadable);
                        else yield return entry.Item!;
                    }
                    offset += slice.Positions;
                    if (IsLast(slice, offset, remaining)) yield break;

                    var allowed = Math.Max(1, Math.Min(concurrency, ReadAheadBytes / Math.Max(1, slice.Bytes)));
                    while (window.Count < allowed && nextOffset < end)
                    {
                        var limit = (int)Math.Min(pageSize, end - nextOffset);
                        window.Enqueue(ReadSliceAsync(path, fetch, nextOffset, limit, ahead.Token));
                        nextOffset += limit;
                    }
                    if (window.Count == 0) yield break;
                    previous = slice;
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
            || slice.Positions == 0
            // Without meta every record of the slice was unreadable: the list goes on past them.
            || (slice.Info != null && (!slice.Info.HasNext || offset >= slice.Info.TotalCount));

        /// <summary>
        /// A server that ignores <c>offset</c> (and says the offset it was asked for) sends the same records for every
        /// page: the same first record at another offset is that, never new data.
        /// </summary>
        private void CheckProgress<T>(string path, Slice<T>? previous, Slice<T> slice, long offset)
        {
            if (previous?.FirstObject == null || !string.Equals(previous.FirstObject, slice.FirstObject, StringComparison.Ordinal)) return;
            throw new AstroBinPagingBrokenException(
                "the page at offset " + offset + " starts with the same record as the page before it, so the server ignores 'offset'",
                _client.RedactedUri(path, null));
        }

        private async Task<Slice<T>> ReadSliceAsync<T>(string path, PageFetch<T> fetch, long offset, int limit, CancellationToken cancellationToken)
        {
            try
            {
                return await fetch(offset, limit, cancellationToken).ConfigureAwait(false);
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
                var head = await ReadSliceAsync(path, fetch, offset, half, cancellationToken).ConfigureAwait(false);
                var tail = await ReadSliceAsync(path, fetch, offset + half, limit - half, cancellationToken).ConfigureAwait(false);
                return head.Then(tail);
            }
        }

        private async Task<Slice<T>> ReadRecordsAsync<T>(
            string path, QueryParameters filters, JsonTypeInfo<ListPage<T>> pageType, long offset, int limit, CancellationToken cancellationToken)
        {
            var query = PageQuery(filters, offset, limit);
            // At most limit + 1 records are read: one more proves the page broken, millions would cost gigabytes.
            var (page, shown, bytes) = await _client.GetJsonAsync(
                path, query, reply => (ListPageParser.Parse(reply.Body, pageType, limit), reply.RequestUri, reply.Body.Length), cancellationToken).ConfigureAwait(false);
            var meta = page.Meta;
            var parsed = page.Entries;
            if (meta == null || parsed == null)
            {
                throw _client.InvalidResponse("a list page without 'meta' or 'objects'", path, query);
            }
            if (page.TooManyObjects) throw Broken("more than " + limit + " objects on a page that asked for " + limit, shown);
            var info = new PageInfo(parsed.Count, meta.TotalCount, meta.Next != null, meta.Offset, meta.Limit, page.FirstObject);
            Check(info, offset, limit, shown);
            _client.Log?.Detail("page offset=" + offset + " limit=" + limit + " received=" + parsed.Count + " total_count=" + meta.TotalCount);

            var entries = new List<Entry<T>>(parsed.Count);
            for (var i = 0; i < parsed.Count; i++)
            {
                var failure = parsed[i].Failure;
                if (failure == null)
                {
                    entries.Add(new Entry<T>(parsed[i].Item, null, 1));
                    continue;
                }
                // Both quote the server's text (a property name, a value): masked like everything the server sends.
                var field = _client.Redactor.Redact(failure.Path);
                var reason = _client.Redactor.Redact(failure.Message);
                _client.Log?.Detail("record at offset " + (offset + i) + " does not fit the model at " + field + ": " + reason);
                entries.Add(new Entry<T>(default, new UnreadableRecord(path, offset + i, field, reason, shown), 1));
            }
            return new Slice<T>(entries, parsed.Count, info, page.FirstObject, bytes);
        }

        private async Task<Slice<ApiDocument>> ReadDocumentAsync(
            string path, QueryParameters filters, ApiFormat format, long offset, int limit, CancellationToken cancellationToken)
        {
            var document = await _client.GetDocumentAsync(path, PageQuery(filters, offset, limit), format, cancellationToken).ConfigureAwait(false);
            var info = document.ReadPageInfo();
            // Not a list (a detail, a schema): its one document, and nothing after it.
            if (info == null) return new Slice<ApiDocument>(new List<Entry<ApiDocument>> { new Entry<ApiDocument>(document, null, 0) }, 0, null, null, document.Text.Length);
            if (info.ObjectCount > limit) throw Broken(info.ObjectCount + " objects on a page that asked for " + limit, document.RequestUri);
            Check(info, offset, limit, document.RequestUri);
            _client.Log?.Detail("page offset=" + offset + " limit=" + limit + " received=" + info.ObjectCount + " total_count=" + info.TotalCount);
            return new Slice<ApiDocument>(new List<Entry<ApiDocument>> { new Entry<ApiDocument>(document, null, info.ObjectCount) }, info.ObjectCount, info, info.FirstObject, document.Text.Length);
        }

        /// <summary>A page must start where it was asked to, and be full unless it is the list's last.</summary>
        private static void Check(PageInfo info, long offset, int limit, string shown)
        {
            if (info.Offset != offset)
            {
                throw Broken("the page asked for at offset " + offset + " says it is at offset " + info.Offset, shown);
            }
            // 'next' and total_count must tell the same end: a reader that believed the one that ends sooner would
            // lose the rest of the list, and a sync would take those images for gone.
            if (info.HasNext != (offset + info.ObjectCount < info.TotalCount))
            {
                throw Broken("the page at offset " + offset + " holds " + info.ObjectCount + " objects of " + info.TotalCount + ", yet it "
                    + (info.HasNext ? "links a next page" : "links no next page"), shown);
            }
            // A short page in the middle of the list would leave a gap before the next one.
            var full = info.Limit > 0 ? Math.Min(limit, info.Limit) : limit;
            if (info.ObjectCount < full && offset + info.ObjectCount < info.TotalCount && info.HasNext)
            {
                throw Broken("the page at offset " + offset + " holds " + info.ObjectCount + " of " + full + " objects, yet the list goes on to " + info.TotalCount, shown);
            }
        }

        private static AstroBinPagingBrokenException Broken(string detail, string shown) => new AstroBinPagingBrokenException(detail, shown);

        private static QueryParameters PageQuery(QueryParameters filters, long offset, int limit) => filters.Clone()
            .Add("limit", limit.ToString(CultureInfo.InvariantCulture))
            .Add("offset", offset.ToString(CultureInfo.InvariantCulture));

        /// <summary>Positions of a list: a record (or a document of <see cref="Positions"/> records), or the reason one could not be read.</summary>
        private readonly struct Entry<T>
        {
            public Entry(T? item, UnreadableRecord? unreadable, int positions)
            {
                Item = item;
                Unreadable = unreadable;
                Positions = positions;
            }

            public T? Item { get; }

            public UnreadableRecord? Unreadable { get; }

            public int Positions { get; }
        }

        /// <summary>Part of a list, in order, with the newest envelope seen (none when every record was unreadable).</summary>
        private sealed class Slice<T>
        {
            public Slice(List<Entry<T>> entries, long positions, PageInfo? info, string? firstObject, long bytes)
            {
                Bytes = bytes;
                Entries = entries;
                Positions = positions;
                Info = info;
                FirstObject = firstObject;
            }

            public List<Entry<T>> Entries { get; }

            /// <summary>How many list positions the slice covers (its offset advances by this much).</summary>
            public long Positions { get; }

            public PageInfo? Info { get; }

            /// <summary>The size of the bodies the slice was read from.</summary>
            public long Bytes { get; }

            /// <summary>The text of the slice's first record, when one arrived.</summary>
            public string? FirstObject { get; }

            public static Slice<T> OneUnreadable(UnreadableRecord record) =>
                new Slice<T>(new List<Entry<T>> { new Entry<T>(default, record, 1) }, 1, null, null, 0);

            public Slice<T> Then(Slice<T> next)
            {
                var entries = new List<Entry<T>>(Entries);
                entries.AddRange(next.Entries);
                return new Slice<T>(entries, Positions + next.Positions, next.Info ?? Info, FirstObject ?? next.FirstObject, Math.Max(Bytes, next.Bytes));
            }
        }
    }
}
