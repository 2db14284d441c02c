using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.Json.Serialization.Metadata;
using System.Threading;
using System.Threading.Tasks;
using AstroBin.Api.Errors;
using AstroBin.Api.Queries;

namespace AstroBin.Api
{
    /// <summary>The resources beyond images, Images of the Day and user profiles: revisions, top picks, collections, locations.</summary>
    public sealed partial class AstroBinClient
    {
        /// <summary>An image revision by number (the numbers an image's <c>revisions</c> paths end with).</summary>
        public Task<ImageRevision> GetImageRevisionAsync(int id, CancellationToken cancellationToken) =>
            GetByNumberAsync("imagerevision", id, Json.ImageRevision, "image revision", cancellationToken);

        /// <summary>A location by number (the numbers an image's <c>locations</c> paths end with).</summary>
        public Task<Location> GetLocationAsync(int id, CancellationToken cancellationToken) =>
            GetByNumberAsync("location", id, Json.Location, "location", cancellationToken);

        /// <summary>A collection by number.</summary>
        public Task<Collection> GetCollectionAsync(int id, CancellationToken cancellationToken) =>
            GetByNumberAsync("collection", id, Json.Collection, "collection", cancellationToken);

        /// <summary>Collections matching <paramref name="query"/>, by name.</summary>
        public IAsyncEnumerable<Collection> SearchCollectionsAsync(CollectionQuery query, PageRange range, ListObserver? observer, CancellationToken cancellationToken)
        {
            if (query == null) throw new ArgumentNullException(nameof(query));
            return _pages.ReadAsync("collection/", query.ToParameters(), Json.ListPageCollection, range, observer, cancellationToken);
        }

        /// <summary>The top picks, newest first.</summary>
        public IAsyncEnumerable<TopPick> GetTopPicksAsync(PageRange range, ListObserver? observer, CancellationToken cancellationToken) =>
            _pages.ReadAsync("toppick/", new QueryParameters(), Json.ListPageTopPick, range, observer, cancellationToken);

        /// <summary>The top pick nominations, newest first.</summary>
        public IAsyncEnumerable<TopPickNomination> GetTopPickNominationsAsync(PageRange range, ListObserver? observer, CancellationToken cancellationToken) =>
            _pages.ReadAsync("toppicknomination/", new QueryParameters(), Json.ListPageTopPickNomination, range, observer, cancellationToken);

        /// <summary>
        /// Image revisions by number, in the order asked: the session cache answers what it holds, the rest go in
        /// multi-gets of up to 100 (<see cref="GetImageRevisionRecordsAsync"/>), and are cached as single lookups are.
        /// A number with no revision gets its own error; a failure of a whole request throws.
        /// </summary>
        public Task<IReadOnlyList<(ImageRevision? Value, AstroBinException? Error)>> GetImageRevisionsAsync(IReadOnlyList<int> numbers, CancellationToken cancellationToken) =>
            FromCacheOrSetAsync(numbers, number => FromCache<ImageRevision>(NumberedPath("imagerevision", number)),
                asked => GetImageRevisionRecordsAsync(asked, cancellationToken),
                revision => Options.Cache?.Set(CacheKey(NumberedPath("imagerevision", revision.Id), null), revision),
                number => new AstroBinNotFoundException("No image revision has the id " + number.ToString(CultureInfo.InvariantCulture) + ".",
                    RedactedUri(NumberedPath("imagerevision", number), null)));

        /// <summary>Where a numbered resource's record is alone, as single lookups ask for it and cache it: 'imagerevision/7/'.</summary>
        private static string NumberedPath(string resource, int number) => resource + "/" + number.ToString(CultureInfo.InvariantCulture) + "/";

        private Task<T> GetByNumberAsync<T>(string resource, int id, JsonTypeInfo<T> type, string what, CancellationToken cancellationToken)
            where T : class
        {
            if (id <= 0) throw new ArgumentOutOfRangeException(nameof(id), id, "A " + what + " id is a positive number.");
            return GetCachedAsync(NumberedPath(resource, id), null, type, "No " + what + " has the id " + id.ToString(CultureInfo.InvariantCulture) + ".", cancellationToken);
        }
    }
}
