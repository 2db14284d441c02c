using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.Management.Automation;

namespace AstroBin.Commands
{
    /// <summary>
    /// Sync-AstroBinImage's progress bar and end-of-run counts: images done of the set (its size from the list's
    /// total count, or the images received so far), what was done to them, and the time left. Unchanged images
    /// cost no request, so the time left comes from the rate at which fetched images finish (measured from the
    /// first fetch) and the fetches still to come (queued, plus the unseen images at the share needing a fetch so
    /// far), not from the first few images. Written from the pipeline thread only.
    /// </summary>
    internal sealed class SyncProgress
    {
        private const int ActivityId = 5;
        private const string Activity = "Syncing AstroBin images";

        private readonly Stopwatch _clock = Stopwatch.StartNew();
        private readonly Dictionary<SyncAction, int> _counts = new Dictionary<SyncAction, int>();
        private TimeSpan? _firstFetch;
        private long _expected = -1;
        private int _seen;
        private int _queued;
        private int _done;
        private int _fetched;
        private long _bytes;

        /// <summary>The set's size, when the list told it.</summary>
        public void Expect(long total) => _expected = total;

        public void Seen() => _seen++;

        /// <summary>An image's fetch was started.</summary>
        public void Queued()
        {
            _queued++;
            _firstFetch ??= _clock.Elapsed;
        }

        /// <summary>Bytes downloaded, from any thread.</summary>
        public void AddBytes(long bytes) => System.Threading.Interlocked.Add(ref _bytes, bytes);

        public void Done(SyncAction action)
        {
            _done++;
            _counts[action] = Count(action) + 1;
            if (action == SyncAction.Added || action == SyncAction.Updated || action == SyncAction.Repaired) _fetched++;
        }

        public int Count(SyncAction action) => _counts.TryGetValue(action, out var count) ? count : 0;

        public long Bytes => System.Threading.Interlocked.Read(ref _bytes);

        public TimeSpan Elapsed => _clock.Elapsed;

        public void Write(Cmdlet cmdlet)
        {
            var record = Current();
            if (record != null) cmdlet.WriteProgress(record);
        }

        /// <summary>The bar as it stands; null before the first image.</summary>
        public ProgressRecord? Current()
        {
            var total = Math.Max(_expected, _seen);
            if (total <= 0) return null;
            var status = string.Format(CultureInfo.InvariantCulture, "{0} of {1} images ({2} fetched, {3} failed)", _done, total, _fetched, Count(SyncAction.Failed));
            var record = new ProgressRecord(ActivityId, Activity, status) { PercentComplete = (int)Math.Min(100, 100 * _done / total) };
            var finishedFetches = _fetched + Count(SyncAction.Failed);
            if (_firstFetch.HasValue && finishedFetches > 0 && _done < total)
            {
                var perSecond = finishedFetches / Math.Max(0.001, (_clock.Elapsed - _firstFetch.Value).TotalSeconds);
                var queuedLeft = Math.Max(0, _queued - finishedFetches);
                var unseenFetches = (total - _seen) * (_queued / (double)Math.Max(1, _seen));
                record.SecondsRemaining = (int)Math.Min(int.MaxValue, Math.Ceiling((queuedLeft + unseenFetches) / perSecond));
            }
            return record;
        }

        public void Complete(Cmdlet cmdlet)
        {
            if (_seen == 0) return;
            cmdlet.WriteProgress(new ProgressRecord(ActivityId, Activity, "Done") { RecordType = ProgressRecordType.Completed });
        }
    }
}
