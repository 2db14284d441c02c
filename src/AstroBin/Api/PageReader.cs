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
    /// Streams a tastypie list page by page. It builds each next request from the offset itself
    /// rather than following <c>meta.next</c>, which repeats the key and secret and every filter.
    /// A page that one unserialisable record makes fail is read again in halves, down to that record,
    /// so that every other record still arrives, in order.
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
            var offset = range.Skip;
            var remaining = range.Take ?? long.MaxValue;
            var first = true;
            while (remaining > 0 || (first && observer?.TotalCount != null))
            {
                var limit = (int)Math.Max(1, Math.Min(MaxPageSize, remaining));
                var slice = await ReadSliceAsync(path, filters, pageType, offset, limit, observer, cancellationToken).ConfigureAwait(false);
                var meta = slice.Meta;
                if (first && meta != null)
                {
                    observer?.TotalCount?.Invoke(meta.TotalCount);
                    first = false;
                }
                foreach (var item in slice.Items)
                {
                    if (remaining <= 0) yield break;
                    remaining--;
                    yield return item;
                }
                // Unreadable records take their places too, so that -First counts positions and the read always advances.
                remaining -= Math.Min(remaining, slice.Unreadable);
                offset += slice.Consumed;
                if (slice.Consumed == 0) yield break;
                // Without meta every record of the slice was unreadable: the list goes on past them.
                if (meta != null && (meta.Next == null || offset >= meta.TotalCount)) yield break;
            }
        }

        private async Task<Slice<T>> ReadSliceAsync<T>(
            string path, QueryParameters filters, JsonTypeInfo<ListPage<T>> pageType, long offset, int limit, ListObserver? observer, CancellationToken cancellationToken)
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
                    observer?.Unreadable?.Invoke(new UnreadableRecord(path, offset, ex));
                    return Slice<T>.OneUnreadable();
                }
                _client.Log?.Detail("page offset=" + offset + " limit=" + limit + " has an unreadable record; reading it in halves");
                var half = limit / 2;
                var head = await ReadSliceAsync(path, filters, pageType, offset, half, observer, cancellationToken).ConfigureAwait(false);
                var tail = await ReadSliceAsync(path, filters, pageType, offset + half, limit - half, observer, cancellationToken).ConfigureAwait(false);
                return head.Then(tail);
            }
            var meta = page.Meta;
            var objects = page.Objects;
            if (meta == null || objects == null)
            {
                throw _client.InvalidResponse("a list page without 'meta' or 'objects'", path, query);
            }
            _client.Log?.Detail("page offset=" + offset + " limit=" + limit + " received=" + objects.Length + " total_count=" + meta.TotalCount);
            return new Slice<T>(new List<T>(objects), 0, meta);
        }

        /// <summary>Part of a list: the records read, how many positions could not be read, the newest meta seen.</summary>
        private sealed class Slice<T>
        {
            public Slice(List<T> items, int unreadable, ListMeta? meta)
            {
                Items = items;
                Unreadable = unreadable;
                Meta = meta;
            }

            public List<T> Items { get; }

            public int Unreadable { get; }

            public ListMeta? Meta { get; }

            public int Consumed => Items.Count + Unreadable;

            public static Slice<T> OneUnreadable() => new Slice<T>(new List<T>(), 1, null);

            public Slice<T> Then(Slice<T> next)
            {
                var items = new List<T>(Items);
                items.AddRange(next.Items);
                return new Slice<T>(items, Unreadable + next.Unreadable, next.Meta ?? Meta);
            }
        }
    }
}
