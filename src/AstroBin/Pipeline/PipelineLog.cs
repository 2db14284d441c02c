using System.Collections.Concurrent;
using System.Threading;
using AstroBin.Api;

namespace AstroBin.Commands
{
    /// <summary>
    /// Collects the client's log lines from any thread; the cmdlet writes them on the pipeline
    /// thread, the only one allowed to call WriteVerbose and WriteDebug.
    /// </summary>
    internal sealed class PipelineLog : IRequestLog
    {
        private readonly ConcurrentQueue<(bool IsDebug, string Text)> _lines = new ConcurrentQueue<(bool, string)>();
        private long _sent;

        public AutoResetEvent Signal { get; } = new AutoResetEvent(false);

        public void Request(string message) => Enqueue(false, message);

        public void Detail(string message) => Enqueue(true, message);

        public void Sent() => Interlocked.Increment(ref _sent);

        /// <summary>The requests this command sent so far.</summary>
        public long SentCount => Interlocked.Read(ref _sent);

        public bool TryTake(out bool isDebug, out string text)
        {
            if (_lines.TryDequeue(out var line))
            {
                isDebug = line.IsDebug;
                text = line.Text;
                return true;
            }
            isDebug = false;
            text = string.Empty;
            return false;
        }

        private void Enqueue(bool isDebug, string text)
        {
            _lines.Enqueue((isDebug, text));
            Signal.Set();
        }
    }
}
