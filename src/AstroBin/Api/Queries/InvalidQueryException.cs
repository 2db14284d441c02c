using System;

namespace AstroBin.Api.Queries
{
    [Newtonsoft.Json.JsonConverter(typeof(Newtonsoft.Json.Converters.StringEnumConverter))]
    public enum InvalidQueryReason
    {
        /// <summary>A filter key the resource does not support: the server would ignore it and return unfiltered results.</summary>
        UnsupportedFilter,

        /// <summary>A date range that can match nothing.</summary>
        InvalidDateRange,

        /// <summary>A value that cannot be sent (null, empty, given twice).</summary>
        InvalidValue,

        /// <summary>A search the module would have to read too far of (AstroBin's fair use forbids walking the archive).</summary>
        TooBroad,
    }

    /// <summary>
    /// A query refused before any request, because the server would answer it wrongly or not at all (or, for
    /// <see cref="InvalidQueryReason.TooBroad"/>, after the first page told how much would have to be read).
    /// </summary>
    public sealed class InvalidQueryException : ArgumentException
    {
        public InvalidQueryException(InvalidQueryReason reason, string message, string parameterName)
            : base(message, parameterName)
        {
            Reason = reason;
        }

        public InvalidQueryReason Reason { get; }
    }
}
