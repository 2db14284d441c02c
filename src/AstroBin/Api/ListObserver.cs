using System;

namespace AstroBin.Api
{
    /// <summary>
    /// What a list read reports besides its objects. The callbacks run on whatever thread read the page,
    /// so they should only record what they are given.
    /// </summary>
    public sealed class ListObserver
    {
        /// <summary>The list's total_count, reported once with the first page read.</summary>
        public Action<long>? TotalCount { get; set; }

        /// <summary>A record the server could not serve; the read goes on with the next one.</summary>
        public Action<UnreadableRecord>? Unreadable { get; set; }
    }
}
