using System;
using System.Globalization;
using System.Text;
using System.Text.Json.Serialization.Metadata;
using System.Threading;
using System.Threading.Tasks;

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
}
