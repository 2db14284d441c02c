using System;
using System.Diagnostics;
using System.Globalization;
using System.Management.Automation;

namespace AstroBin.Commands
{
    /// <summary>
    /// Sync-AstroBinImage's progress bar: images done of the set (its size from the list's total count,
    /// or the images received so far), what was done to them, and the time left at the rate so far.
    /// Written from the pipeline thread only.
    /// </summary>
    internal sealed class SyncProgress
    {
        private const int ActivityId = 5;
        private const string Activity = "Syncing AstroBin images";

        private readonly Stopwatch _clock = Stopwatch.StartNew();
        private long _expected = -1;
        private int _seen;
        private int _done;
        private int _fetched;
        private int _failed;

        /// <summary>The set's size, when the list told it.</summary>
        public void Expect(long total) => _expected = total;

        public void Seen() => _seen++;

        public void Done(SyncAction action)
        {
            _done++;
            if (action == SyncAction.Added || action == SyncAction.Updated) _fetched++;
            if (action == SyncAction.Failed) _failed++;
        }

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
            var status = string.Format(CultureInfo.InvariantCulture, "{0} of {1} images ({2} fetched, {3} failed)", _done, total, _fetched, _failed);
            var record = new ProgressRecord(ActivityId, Activity, status) { PercentComplete = (int)Math.Min(100, 100 * _done / total) };
            if (_done > 0 && _done < total)
            {
                // The rate so far: unchanged images cost nothing, so early estimates of a mostly unchanged set are high.
                record.SecondsRemaining = (int)Math.Min(int.MaxValue, Math.Ceiling(_clock.Elapsed.TotalSeconds / _done * (total - _done)));
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
