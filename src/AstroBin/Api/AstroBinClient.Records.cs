using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using System.Threading;
using System.Threading.Tasks;
using AstroBin.Api.Errors;
using AstroBin.Api.Json;

namespace AstroBin.Api
{
    /// <summary>Detail records kept as the server sent them, for an offline copy (Sync-AstroBinImage).</summary>
    public sealed partial class AstroBinClient
    {
        /// <summary>An image's record by hash (or number, for old images), never from the session cache.</summary>
        public Task<ApiRecord<Image>> GetImageRecordAsync(string id, CancellationToken cancellationToken)
        {
            if (!ImageId.TryParse(id, out var parsed, out var problem)) throw new ArgumentException(problem, nameof(id));
            return GetRecordAsync("image/" + parsed + "/", Json.Image, "No image has the id '" + parsed + "'.", cancellationToken);
        }

        /// <summary>An image revision's record by number, never from the session cache.</summary>
        public Task<ApiRecord<ImageRevision>> GetImageRevisionRecordAsync(int id, CancellationToken cancellationToken)
        {
            if (id <= 0) throw new ArgumentOutOfRangeException(nameof(id), id, "An image revision id is a positive number.");
            var number = id.ToString(CultureInfo.InvariantCulture);
            return GetRecordAsync("imagerevision/" + number + "/", Json.ImageRevision, "No image revision has the id " + number + ".", cancellationToken);
        }

        /// <summary>
        /// The record of an image read from a list page, as the page carried it (masked like the page): in API v1 the
        /// list record is the same document as the detail record, so a copy of it costs no request. Null for an image
        /// that did not come from a list page.
        /// </summary>
        public ApiRecord<Image>? ListedRecordOf(Image image)
        {
            if (image == null) throw new ArgumentNullException(nameof(image));
            var bytes = image.ListRecord?.Bytes();
            if (bytes == null || !ImageId.TryParse(image.ImageId, out var id, out _)) return null;
            return new ApiRecord<Image>(bytes, image, new Uri(Options.BaseUri, "image/" + id + "/").AbsoluteUri);
        }

        /// <summary>
        /// Images' records by number, through the multi-get (<c>image/set/&lt;n&gt;;&lt;n&gt;/</c>, 100 a request), each
        /// with its own bytes as the server sent them: what a sync writes as image.json, for a hundredth of the requests.
        /// </summary>
        public Task<IReadOnlyList<RecordByNumber<Image>>> GetImageRecordsByNumberAsync(IReadOnlyList<int> numbers, CancellationToken cancellationToken) =>
            GetRecordSetAsync("image", numbers, Json.Image, image => image.Id, "No image has the number ", cancellationToken);

        /// <summary>Image revisions' records by number, through the multi-get (<c>imagerevision/set/...</c>, 100 a request).</summary>
        public Task<IReadOnlyList<RecordByNumber<ImageRevision>>> GetImageRevisionRecordsAsync(IReadOnlyList<int> numbers, CancellationToken cancellationToken) =>
            GetRecordSetAsync("imagerevision", numbers, Json.ImageRevision, revision => revision.Id, "No image revision has the id ", cancellationToken);

        private async Task<IReadOnlyList<RecordByNumber<T>>> GetRecordSetAsync<T>(string resource, IReadOnlyList<int> numbers, JsonTypeInfo<T> type,
            Func<T, int> numberOf, string notFound, CancellationToken cancellationToken)
        {
            if (numbers == null) throw new ArgumentNullException(nameof(numbers));
            if (numbers.Any(number => number <= 0)) throw new ArgumentOutOfRangeException(nameof(numbers), "A number is positive.");
            var found = new Dictionary<int, ApiRecord<T>>();
            var failed = new Dictionary<int, AstroBinException>();
            var asked = numbers.Distinct().ToList();
            var requests = new List<Task>();
            for (var start = 0; start < asked.Count; start += MaxImageNumbersPerRequest)
            {
                requests.Add(ReadRecordSetAsync(resource, asked.Skip(start).Take(MaxImageNumbersPerRequest).ToList(), type, numberOf, found, failed, cancellationToken));
            }
            await Task.WhenAll(requests).ConfigureAwait(false);
            return numbers.Select(number =>
            {
                var text = number.ToString(CultureInfo.InvariantCulture);
                return found.TryGetValue(number, out var record)
                    ? new RecordByNumber<T>(number, record, null)
                    : new RecordByNumber<T>(number, null, failed.TryGetValue(number, out var error) ? error
                        : new AstroBinNotFoundException(notFound + text + ".", RedactedUri(resource + "/set/" + text + "/", null)));
            }).ToList();
        }

        /// <summary>One multi-get, split into its objects' own bytes. A 400 (one record the server cannot serve, spec §5) asks again in halves.</summary>
        private async Task ReadRecordSetAsync<T>(string resource, List<int> numbers, JsonTypeInfo<T> type, Func<T, int> numberOf,
            Dictionary<int, ApiRecord<T>> found, Dictionary<int, AstroBinException> failed, CancellationToken cancellationToken)
        {
            var path = resource + "/set/" + string.Join(";", numbers.Select(number => number.ToString(CultureInfo.InvariantCulture))) + "/";
            ApiReply reply;
            try
            {
                reply = await SendAsync(path, null, ApiFormat.Json, null, cancellationToken).ConfigureAwait(false);
            }
            catch (AstroBinBadRequestException ex)
            {
                if (numbers.Count == 1)
                {
                    lock (found) failed[numbers[0]] = ex;
                    return;
                }
                var half = numbers.Count / 2;
                await Task.WhenAll(
                    ReadRecordSetAsync(resource, numbers.Take(half).ToList(), type, numberOf, found, failed, cancellationToken),
                    ReadRecordSetAsync(resource, numbers.Skip(half).ToList(), type, numberOf, found, failed, cancellationToken)).ConfigureAwait(false);
                return;
            }
            // An answer without 'objects' is refused as an empty document.
            var records = ReadJson(reply.Body, reply.MediaType, reply.RequestUri, body => ListRecord.Slices(body));
            lock (found)
            {
                // Without a last index every element is sliced: none is null.
                foreach (var body in records.Select(slice => slice!))
                {
                    var value = Deserialize(body, type, reply.MediaType, reply.RequestUri);
                    var number = numberOf(value);
                    // Only what was asked: a server that answers more does not choose what is written.
                    if (!numbers.Contains(number)) continue;
                    found[number] = new ApiRecord<T>(body, value, new Uri(Options.BaseUri, resource + "/" + number.ToString(CultureInfo.InvariantCulture) + "/").AbsoluteUri);
                }
            }
        }

        private async Task<ApiRecord<T>> GetRecordAsync<T>(string path, JsonTypeInfo<T> type, string notFoundMessage, CancellationToken cancellationToken)
        {
            var reply = await SendAsync(path, null, ApiFormat.Json, notFoundMessage, cancellationToken).ConfigureAwait(false);
            var value = Deserialize(reply.Body, type, reply.MediaType, reply.RequestUri);
            // A detail record carries no credentials (only list pages repeat them, in meta.next); should a
            // server ever echo them, they are masked rather than written to disk.
            var text = Encoding.UTF8.GetString(reply.Body);
            var redacted = Redactor.Redact(text);
            var body = ReferenceEquals(redacted, text) || redacted == text ? reply.Body : Encoding.UTF8.GetBytes(redacted);
            return new ApiRecord<T>(body, value, new Uri(Options.BaseUri, path).AbsoluteUri);
        }
    }

    /// <summary>The outcome of one number of a record multi-get: the record, or why there is none.</summary>
    public sealed class RecordByNumber<T>
    {
        public RecordByNumber(int number, ApiRecord<T>? record, AstroBinException? error)
        {
            Number = number;
            Record = record;
            Error = error;
        }

        public int Number { get; }

        public ApiRecord<T>? Record { get; }

        public AstroBinException? Error { get; }
    }
}
