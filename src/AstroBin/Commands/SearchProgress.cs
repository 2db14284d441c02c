using System;
using System.Globalization;
using System.Management.Automation;
using System.Threading;
using AstroBin.Api;

namespace AstroBin.Commands
{
    /// <summary>
    /// The progress bar of a long search: shown only when more than <see cref="Threshold"/> images are
    /// expected (a large -First, or a large total count from the first page), updated once a page.
    /// </summary>
    internal sealed class SearchProgress
    {
        public const int Threshold = 100;
        private const int ActivityId = 3;
        private const int PageSize = 25;
        private const string Activity = "Searching AstroBin images";

        private readonly Cmdlet _cmdlet;
        private readonly PageRange _range;
        private long _total = -1;
        private long _written;
        private bool _shown;

        public SearchProgress(Cmdlet cmdlet, PageRange range)
        {
            _cmdlet = cmdlet;
            _range = range;
        }

        /// <summary>Hooks the progress bar to the total count the first page reports (on the reading thread).</summary>
        public ListObserver Follow(ListObserver observer)
        {
            var report = observer.TotalCount;
            observer.TotalCount = count =>
            {
                report?.Invoke(count);
                Interlocked.Exchange(ref _total, count);
            };
            return observer;
        }

        /// <summary>After each image written, on the pipeline thread.</summary>
        public void Step()
        {
            _written++;
            var expected = Expected();
            if (expected <= Threshold || (_written % PageSize != 0 && _written != 1)) return;
            _shown = true;
            var status = string.Format(CultureInfo.InvariantCulture, "{0} of {1} images", _written, expected);
            _cmdlet.WriteProgress(new ProgressRecord(ActivityId, Activity, status) { PercentComplete = (int)Math.Min(100, 100 * _written / expected) });
        }

        public void Complete()
        {
            if (_shown) _cmdlet.WriteProgress(new ProgressRecord(ActivityId, Activity, "Done") { RecordType = ProgressRecordType.Completed });
        }

        /// <summary>How many images the search will write; -1 while neither -First nor the total count says.</summary>
        private long Expected()
        {
            var total = Interlocked.Read(ref _total);
            var available = total < 0 ? long.MaxValue : Math.Max(0, total - _range.Skip);
            var expected = Math.Min(available, _range.Take ?? long.MaxValue);
            return expected == long.MaxValue ? -1 : expected;
        }
    }
}
