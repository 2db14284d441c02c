using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using AstroBin.Api.Queries;

namespace AstroBin.Api
{
    /// <summary>
    /// Many images of one user by hash. The API looks hashes up one at a time only (hash does not filter;
    /// ids= and set/ take numbers), but a user's images are one list: when reading it costs fewer requests
    /// than one lookup a hash (a collection's images are all its owner's), it is read instead.
    /// </summary>
    public sealed partial class AstroBinClient
    {
        /// <summary>
        /// The images of <paramref name="user"/> among <paramref name="hashes"/>, read from the user's image list when
        /// that is cheaper: its first page (one request) tells how many pages there are, and the rest is read only
        /// when those pages are fewer than the hashes still missing. Hashes it does not find (another user's image,
        /// a list too long to be worth reading) are left to the caller's own lookups; found images go into the cache.
        /// </summary>
        public async Task<IReadOnlyDictionary<string, Image>> FindUserImagesAsync(string user, IReadOnlyCollection<string> hashes, CancellationToken cancellationToken)
        {
            if (string.IsNullOrWhiteSpace(user)) throw new ArgumentException("The user name is empty.", nameof(user));
            var missing = new HashSet<string>(hashes.Where(hash => !IsCached("image/" + hash + "/")), StringComparer.Ordinal);
            var found = new Dictionary<string, Image>(StringComparer.Ordinal);
            // One lookup a hash costs missing.Count requests; the list costs its first page and then its other pages.
            if (missing.Count < 3) return found;
            long total = 0;
            var query = new ImageQuery { User = user };
            var observer = new ListObserver { TotalCount = count => Interlocked.Exchange(ref total, count) };
            await foreach (var image in SearchImagesAsync(query, new PageRange(0, PageReader.MaxPageSize), observer, cancellationToken).ConfigureAwait(false))
            {
                Take(image);
            }
            var pagesLeft = (Interlocked.Read(ref total) - PageReader.MaxPageSize + PageReader.MaxPageSize - 1) / PageReader.MaxPageSize;
            if (missing.Count == 0 || pagesLeft <= 0 || pagesLeft >= missing.Count) return found;
            await foreach (var image in SearchImagesAsync(query, new PageRange(PageReader.MaxPageSize, null), null, cancellationToken).ConfigureAwait(false))
            {
                // Stopping here cancels the pages read ahead.
                if (Take(image) && missing.Count == 0) break;
            }
            return found;

            bool Take(Image image)
            {
                if (image.Hash == null || !missing.Remove(image.Hash)) return false;
                found[image.Hash] = image;
                Remember(image);
                return true;
            }
        }

        private bool IsCached(string path) => Options.Cache != null && Options.Cache.TryGet<Image>(CacheKey(path, null), out _);
    }
}
