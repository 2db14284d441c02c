using System;
using System.Management.Automation;
using System.Threading;

namespace AstroBin.Commands
{
    /// <summary>
    /// -IncludeTotalCount: the count arrives with the first page, on whatever thread read it, and is
    /// written once, first, from the pipeline thread.
    /// </summary>
    internal sealed class TotalCount
    {
        private readonly PSCmdlet _cmdlet;
        private long _reported = -1;
        private bool _written;

        public TotalCount(PSCmdlet cmdlet)
        {
            _cmdlet = cmdlet;
        }

        /// <summary>The callback for the client, or null when the user did not ask for the count (or the cmdlet has no paging parameters).</summary>
        public Action<long>? OnReported => _cmdlet.PagingParameters?.IncludeTotalCount == true ? (Action<long>)(count => Interlocked.Exchange(ref _reported, count)) : null;

        public void WriteOnce()
        {
            var count = Interlocked.Read(ref _reported);
            if (_written || count < 0) return;
            _written = true;
            _cmdlet.WriteObject(_cmdlet.PagingParameters.NewTotalCount((ulong)count, 1.0));
        }
    }
}
