using System.Globalization;
using System.Management.Automation;
using System.Threading;

namespace AstroBin.Commands
{
    /// <summary>
    /// The progress bar of a batch of downloads, across files and bytes. Counters are updated from the
    /// download tasks' threads; the record is written from the pipeline thread.
    /// </summary>
    internal sealed class DownloadProgress
    {
        private const int ActivityId = 4;
        private const string Activity = "Saving AstroBin images";

        private long _bytes;
        private long _announcedBytes;
        private int _queued;
        private int _finished;

        public void Queued() => Interlocked.Increment(ref _queued);

        public void Finished() => Interlocked.Increment(ref _finished);

        public void Announced(long length) => Interlocked.Add(ref _announcedBytes, length);

        public void Received(long count) => Interlocked.Add(ref _bytes, count);

        public void Write(Cmdlet cmdlet)
        {
            var queued = Volatile.Read(ref _queued);
            if (queued == 0) return;
            var finished = Volatile.Read(ref _finished);
            var bytes = Interlocked.Read(ref _bytes);
            var announced = Interlocked.Read(ref _announcedBytes);
            var status = string.Format(CultureInfo.InvariantCulture, "{0} of {1} files, {2:0.0} of {3:0.0} MB", finished, queued, bytes / 1048576.0, announced / 1048576.0);
            var percent = announced > 0 ? (int)(100 * bytes / announced) : 100 * finished / queued;
            cmdlet.WriteProgress(new ProgressRecord(ActivityId, Activity, status) { PercentComplete = percent > 100 ? 100 : percent });
        }

        public void Complete(Cmdlet cmdlet)
        {
            if (Volatile.Read(ref _queued) == 0) return;
            cmdlet.WriteProgress(new ProgressRecord(ActivityId, Activity, "Done") { RecordType = ProgressRecordType.Completed });
        }
    }
}
