using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Text.Json.Serialization.Metadata;
using System.Threading;
using AstroBin.Api.Json;

namespace AstroBin.Api
{
    /// <summary>
    /// Streams a tastypie list page by page. It builds each next request from the offset itself
    /// rather than following <c>meta.next</c>, which repeats the key and secret and every filter.
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
            var offset = range.Skip;
            var remaining = range.Take ?? long.MaxValue;
            var first = true;
            while (remaining > 0 || (first && onTotalCount != null))
            {
                var limit = (int)Math.Max(1, Math.Min(MaxPageSize, remaining));
                var query = filters.Clone()
                    .Add("limit", limit.ToString(System.Globalization.CultureInfo.InvariantCulture))
                    .Add("offset", offset.ToString(System.Globalization.CultureInfo.InvariantCulture));
                var page = await _client.GetAsync(path, query, pageType, null, cancellationToken).ConfigureAwait(false);
                var meta = page.Meta;
                var objects = page.Objects;
                if (meta == null || objects == null)
                {
                    throw _client.InvalidResponse("a list page without 'meta' or 'objects'", path, query);
                }
                _client.Log?.Detail("page offset=" + offset + " limit=" + limit + " received=" + objects.Length + " total_count=" + meta.TotalCount);
                if (first)
                {
                    onTotalCount?.Invoke(meta.TotalCount);
                    first = false;
                }
                foreach (var item in objects)
                {
                    if (remaining <= 0) yield break;
                    remaining--;
                    yield return item;
                }
                offset += objects.Length;
                if (objects.Length == 0 || meta.Next == null || offset >= meta.TotalCount) yield break;
            }
        }
    }
}
