using System.Collections.Concurrent;
using System.Management.Automation;
using System.Threading;
using AstroBin.Api;

namespace AstroBin.Commands
{
    /// <summary>
    /// Collects what a list read reports from the reading thread (total count, unreadable records) and
    /// writes it from the pipeline thread.
    /// </summary>
    internal sealed class ListFeedback
    {
        private readonly PSCmdlet _cmdlet;
        private readonly TotalCount _totalCount;
        private readonly ConcurrentQueue<UnreadableRecord> _unreadable = new ConcurrentQueue<UnreadableRecord>();
        private long _total = -1;
        private int _unreadableCount;

        public ListFeedback(PSCmdlet cmdlet)
        {
            _cmdlet = cmdlet;
            _totalCount = new TotalCount(cmdlet);
            var onReported = _totalCount.OnReported;
            Observer = new ListObserver
            {
                TotalCount = count =>
                {
                    Interlocked.Exchange(ref _total, count);
                    onReported?.Invoke(count);
                },
                Unreadable = record =>
                {
                    Interlocked.Increment(ref _unreadableCount);
                    _unreadable.Enqueue(record);
                },
            };
        }

        public ListObserver Observer { get; }

        /// <summary>The list's total_count, -1 until the first page arrived.</summary>
        public long Total => Interlocked.Read(ref _total);

        /// <summary>Whether a record could not be read: the list as received is not the whole list.</summary>
        public bool Incomplete => Volatile.Read(ref _unreadableCount) > 0;

        public void Flush()
        {
            _totalCount.WriteOnce();
            while (_unreadable.TryDequeue(out var record))
            {
                var message = record.Field == null
                    ? "AstroBin could not serve the record at offset " + record.Offset + " of " + record.ListPath + " (" + record.Reason
                      + "); every other record was returned. The server fails any page that includes this record: narrow the search to skip it, or report it to AstroBin."
                    : "The record at offset " + record.Offset + " of " + record.ListPath + " has a field the module cannot read: " + record.Field + " (" + record.Reason
                      + "); every other record was returned. To see the record as sent, run Invoke-AstroBinApi " + record.ListPath
                      + " with the same filters in -Query plus offset = " + record.Offset + " and limit = 1.";
                _cmdlet.WriteError(ErrorRecords.Create("AstroBinRecordUnreadable", ErrorCategory.InvalidData, message, record, record.Error));
            }
        }
    }
}
