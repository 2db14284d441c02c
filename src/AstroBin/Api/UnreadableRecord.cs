using System;
using AstroBin.Api.Errors;

namespace AstroBin.Api
{
    /// <summary>
    /// A list record the server cannot serialise: one object with a null non-nullable field (an image whose
    /// published date was lost) makes tastypie fail the whole page with a 400. The reader narrows the page
    /// down to that record and reports it here, so that every other record is still returned.
    /// </summary>
    public sealed class UnreadableRecord
    {
        public UnreadableRecord(string listPath, long offset, AstroBinBadRequestException error)
        {
            ListPath = listPath;
            Offset = offset;
            Error = error ?? throw new ArgumentNullException(nameof(error));
        }

        /// <summary>The list, such as <c>image/</c>.</summary>
        public string ListPath { get; }

        /// <summary>The record's position in the list as filtered and ordered by the request.</summary>
        public long Offset { get; }

        /// <summary>The server's refusal of the single-record request (its URL redacted).</summary>
        public AstroBinBadRequestException Error { get; }

        /// <summary>
        /// Whether a 400 is this failure: "The object '...' has an empty attribute '...' and doesn't allow a
        /// default or null value." A page failing for any other reason fails the read.
        /// </summary>
        public static bool IsCause(AstroBinBadRequestException error) =>
            error.ServerMessage.IndexOf("has an empty attribute", StringComparison.Ordinal) >= 0
            && error.ServerMessage.IndexOf("doesn't allow a default or null value", StringComparison.Ordinal) >= 0;

        public override string ToString() => ListPath + " offset " + Offset;
    }
}
