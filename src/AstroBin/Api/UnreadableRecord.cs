using System;
using AstroBin.Api.Errors;

namespace AstroBin.Api
{
    /// <summary>
    /// A list record that cannot be read, reported in its place so that every other record is still returned.
    /// Either the server cannot serialise it (one object with a null non-nullable field, an image whose published
    /// date was lost, makes tastypie fail the whole page with a 400: the reader narrows the page down to that
    /// record), or the module cannot: valid JSON that does not fit the model (<c>"w": null</c>, a count beyond
    /// 32 bits, a date that is not one), which <see cref="Field"/> names.
    /// </summary>
    public sealed class UnreadableRecord
    {
        /// <summary>A record the server refused to serve.</summary>
        public UnreadableRecord(string listPath, long offset, AstroBinBadRequestException error)
        {
            ListPath = listPath;
            Offset = offset;
            Error = error ?? throw new ArgumentNullException(nameof(error));
            Reason = error.ServerMessage;
        }

        /// <summary>A record the server sent and the module cannot read: <paramref name="field"/> is its JSON path, such as <c>$.w</c>.</summary>
        public UnreadableRecord(string listPath, long offset, string field, string reason, string requestUri)
        {
            ListPath = listPath;
            Offset = offset;
            Field = field;
            Reason = reason;
            Error = new AstroBinRecordUnreadableException(
                "The record at offset " + offset + " of " + listPath + " does not fit the module at " + field + " (" + reason + ").", requestUri);
        }

        /// <summary>The list, such as <c>image/</c>.</summary>
        public string ListPath { get; }

        /// <summary>The record's position in the list as filtered and ordered by the request.</summary>
        public long Offset { get; }

        /// <summary>The JSON path of the field the module cannot read; null when the server refused the record.</summary>
        public string? Field { get; }

        /// <summary>The server's refusal, or what the module's parser said about <see cref="Field"/>.</summary>
        public string Reason { get; }

        /// <summary>The failure (its URL redacted): the server's 400, or the module's reading of the record.</summary>
        public AstroBinException Error { get; }

        /// <summary>
        /// Whether a 400 is this failure: "The object '...' has an empty attribute '...' and doesn't allow a
        /// default or null value." A page failing for any other reason fails the read.
        /// </summary>
        public static bool IsCause(AstroBinBadRequestException error) =>
            error.ServerMessage.IndexOf("has an empty attribute", StringComparison.Ordinal) >= 0
            && error.ServerMessage.IndexOf("doesn't allow a default or null value", StringComparison.Ordinal) >= 0;

        public override string ToString() => ListPath + " offset " + Offset + (Field == null ? string.Empty : " " + Field);
    }
}
