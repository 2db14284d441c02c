using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using AstroBin.Api.Errors;

namespace AstroBin.Api
{
    /// <summary>
    /// Images by number, many in one request (the multi-get itself is <see cref="GetImageRecordsByNumberAsync"/>). <c>image/&lt;number&gt;/</c> answers 404 for every image that has a
    /// hash (spec §7.1), and the list's <c>ids=</c> filter finds them but pages at 25 (max_limit), so 100 ids
    /// cost 4 requests; tastypie's multi-get <c>image/set/&lt;n&gt;;&lt;n&gt;/</c> looks each number up by primary key
    /// and answers all of them, and <c>not_found</c> for the rest, in one request (spec §1, §4).
    /// </summary>
    public sealed partial class AstroBinClient
    {
        /// <summary>The most numbers one multi-get carries (its URL stays under about 1 KB).</summary>
        public const int MaxImageNumbersPerRequest = 100;

        /// <summary>One image by number, through the multi-get (and the session cache).</summary>
        public async Task<Image> GetImageByNumberAsync(int number, CancellationToken cancellationToken)
        {
            var result = (await GetImagesByNumberAsync(new[] { number }, cancellationToken).ConfigureAwait(false))[0];
            return result.Image ?? throw result.Error!;
        }

        /// <summary>
        /// Images by number, in the order asked: one multi-get request per <see cref="MaxImageNumbersPerRequest"/>
        /// numbers not in the session cache (sent concurrently, within the session's limits). A number with no
        /// image gets its own <see cref="AstroBinNotFoundException"/>; a failure of a whole request throws.
        /// </summary>
        public async Task<IReadOnlyList<ImageByNumber>> GetImagesByNumberAsync(IReadOnlyList<int> numbers, CancellationToken cancellationToken)
        {
            if (numbers == null) throw new ArgumentNullException(nameof(numbers));
            if (numbers.Any(number => number <= 0)) throw new ArgumentOutOfRangeException(nameof(numbers), "An image number is positive.");
            var results = await FromCacheOrSetAsync(numbers, number => FromCache<Image>(NumberPath(number)),
                asked => GetImageRecordsByNumberAsync(asked, cancellationToken), Remember, NotFound).ConfigureAwait(false);
            return results.Select((result, index) => new ImageByNumber(numbers[index], result.Value, result.Error)).ToList();
        }

        /// <summary>
        /// Objects by number, in the order asked: the session cache answers what it holds (<paramref name="cached"/>), the
        /// rest go in multi-gets (<paramref name="fetch"/>) and are cached (<paramref name="remember"/>). A number with no
        /// object gets its own error; a failure of a whole request throws.
        /// </summary>
        private static async Task<IReadOnlyList<(T? Value, AstroBinException? Error)>> FromCacheOrSetAsync<T>(IReadOnlyList<int> numbers, Func<int, T?> cached,
            Func<IReadOnlyList<int>, Task<IReadOnlyList<RecordByNumber<T>>>> fetch, Action<T> remember, Func<int, AstroBinException> notFound)
            where T : class
        {
            var found = new Dictionary<int, T>();
            var failed = new Dictionary<int, AstroBinException>();
            var asked = new List<int>();
            foreach (var number in numbers.Distinct())
            {
                if (cached(number) is T value) found[number] = value;
                else asked.Add(number);
            }
            if (asked.Count > 0)
            {
                foreach (var answer in await fetch(asked).ConfigureAwait(false))
                {
                    if (answer.Record is ApiRecord<T> record)
                    {
                        found[answer.Number] = record.Value;
                        remember(record.Value);
                    }
                    else
                    {
                        failed[answer.Number] = answer.Error!;
                    }
                }
            }
            return numbers.Select(number => found.TryGetValue(number, out var value)
                ? (value, (AstroBinException?)null)
                : ((T?)null, failed.TryGetValue(number, out var error) ? error : notFound(number))).ToList();
        }

        /// <summary>The answer the session cache holds for <paramref name="path"/> (and the log line saying so), or null.</summary>
        private T? FromCache<T>(string path) where T : class
        {
            if (Options.Cache == null || !Options.Cache.TryGet(CacheKey(path, null), out T value)) return null;
            Log?.Request("GET " + RedactedUri(path, null) + " -> from the session cache");
            return value;
        }

        /// <summary>Caches an image under its number and under the id that fetches it alone, so that either lookup finds it.</summary>
        private void Remember(Image image)
        {
            var cache = Options.Cache;
            if (cache == null) return;
            cache.Set(CacheKey(NumberPath(image.Id), null), image);
            cache.Set(CacheKey("image/" + image.ImageId + "/", null), image);
        }

        /// <summary>Where the number's image would be alone; only a cache key and a message address (the server answers 404 for hashed images).</summary>
        private static string NumberPath(int number) => "image/set/" + number.ToString(CultureInfo.InvariantCulture) + "/";

        private AstroBinNotFoundException NotFound(int number) =>
            new AstroBinNotFoundException("No image has the number " + number.ToString(CultureInfo.InvariantCulture) + ".", RedactedUri(NumberPath(number), null));
    }

    /// <summary>The outcome of one number of <see cref="AstroBinClient.GetImagesByNumberAsync"/>: the image, or why there is none.</summary>
    public sealed class ImageByNumber
    {
        public ImageByNumber(int number, Image? image, AstroBinException? error)
        {
            Number = number;
            Image = image;
            Error = error;
        }

        public int Number { get; }

        public Image? Image { get; }

        public AstroBinException? Error { get; }
    }
}
