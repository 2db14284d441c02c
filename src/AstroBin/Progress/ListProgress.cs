using System;
using System.Globalization;
using System.Management.Automation;
using System.Threading;
using AstroBin.Api;

namespace AstroBin.Commands
{
    /// <summary>
    /// The progress bar of a long list (a search, the top picks, the Images of the Day, Invoke-AstroBinApi -All):
    /// shown only when more than <see cref="Threshold"/> objects are expected (a large -First, or a large total
    /// count from the first page), updated once a page.
    /// </summary>
    internal sealed class ListProgress
    {
        public const int Threshold = 100;
        private const int ActivityId = 3;
        private const int PageSize = PageReader.MaxPageSize;

        private readonly Cmdlet _cmdlet;
        private readonly PageRange _range;
        private readonly string _activity;
        private readonly string _noun;
        private long _total = -1;
        private long _written;
        private bool _shown;

        /// <param name="activity">What the bar says is going on, e.g. 'Searching AstroBin images'.</param>
        /// <param name="noun">What is counted, plural: '25 of 300 <paramref name="noun"/>'.</param>
        public ListProgress(Cmdlet cmdlet, PageRange range, string activity, string noun)
        {
            _cmdlet = cmdlet;
            _range = range;
            _activity = activity;
            _noun = noun;
        }

        /// <summary>Hooks the progress bar to the total count the first page reports (on the reading thread).</summary>
        public ListObserver Follow(ListObserver observer)
        {
            var report = observer.TotalCount;
            observer.TotalCount = count =>
            {
                report?.Invoke(count);
                ReportTotal(count);
            };
            return observer;
        }

        /// <summary>The list's total count, for a reader that sees the pages itself.</summary>
        public void ReportTotal(long count) => Interlocked.Exchange(ref _total, count);

        /// <summary>After each object written, on the pipeline thread.</summary>
        public void Step() => Advance(1);

        /// <summary>After <paramref name="count"/> objects written (a page of them), on the pipeline thread.</summary>
        public void Advance(long count)
        {
            var before = _written;
            _written += count;
            var expected = Expected();
            // For the first object, then once a page, and for the last.
            if (expected <= Threshold || count <= 0) return;
            if (before != 0 && before / PageSize == _written / PageSize && _written < expected) return;
            _shown = true;
            var status = string.Format(CultureInfo.InvariantCulture, "{0} of {1} {2}", _written, expected, _noun);
            _cmdlet.WriteProgress(new ProgressRecord(ActivityId, _activity, status) { PercentComplete = (int)Math.Min(100, 100 * _written / expected) });
        }

        public void Complete()
        {
            if (_shown) _cmdlet.WriteProgress(new ProgressRecord(ActivityId, _activity, "Done") { RecordType = ProgressRecordType.Completed });
        }

        /// <summary>How many objects the list will write; -1 while neither -First nor the total count says.</summary>
        private long Expected()
        {
            var total = Interlocked.Read(ref _total);
            var available = total < 0 ? long.MaxValue : Math.Max(0, total - _range.Skip);
            var expected = Math.Min(available, _range.Take ?? long.MaxValue);
            return expected == long.MaxValue ? -1 : expected;
        }
    }
}
