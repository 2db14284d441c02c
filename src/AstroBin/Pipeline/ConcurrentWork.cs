using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace AstroBin.Commands
{
    /// <summary>
    /// Work started from the pipeline thread, run up to a number at a time, whose outcomes are handed back on
    /// the pipeline thread as each finishes: Save-AstroBinImage's downloads, Sync-AstroBinImage's images.
    /// </summary>
    internal sealed class ConcurrentWork<TItem, TResult> : IDisposable
    {
        private readonly List<(TItem Item, Task<TResult> Task)> _pending = new List<(TItem, Task<TResult>)>();
        private readonly SemaphoreSlim _slots;
        private readonly CancellationToken _cancellation;

        public ConcurrentWork(int limit, CancellationToken cancellation)
        {
            _slots = new SemaphoreSlim(limit);
            _cancellation = cancellation;
        }

        /// <summary>Queues <paramref name="run"/>; it starts when a slot is free.</summary>
        public void Start(TItem item, Func<Task<TResult>> run) => _pending.Add((item, RunAsync(run)));

        /// <summary>
        /// Hands each finished item to <paramref name="write"/>, then runs <paramref name="afterEachRound"/> (log lines,
        /// progress); with <paramref name="waitForAll"/>, round after round until nothing is left. Pipeline thread only.
        /// </summary>
        public void WriteFinished(bool waitForAll, Action<TItem, Task<TResult>> write, Action afterEachRound)
        {
            while (true)
            {
                foreach (var item in _pending.Where(item => item.Task.IsCompleted).ToList())
                {
                    _pending.Remove(item);
                    write(item.Item, item.Task);
                }
                afterEachRound();
                if (!waitForAll || _pending.Count == 0) return;
                Task.WaitAny(_pending.Select(item => (Task)item.Task).ToArray(), 200);
            }
        }

        /// <summary>A stopped pipeline skips EndProcessing: lets the cancelled work delete its temporary files first.</summary>
        public void Dispose()
        {
            var tasks = _pending.Select(item => (Task)item.Task).ToArray();
            if (tasks.Length > 0) Task.WaitAll(tasks.Select(task => task.ContinueWith(_ => { }, TaskScheduler.Default)).ToArray(), TimeSpan.FromSeconds(10));
            _slots.Dispose();
        }

        private async Task<TResult> RunAsync(Func<Task<TResult>> run)
        {
            await _slots.WaitAsync(_cancellation).ConfigureAwait(false);
            try
            {
                return await run().ConfigureAwait(false);
            }
            finally
            {
                _slots.Release();
            }
        }
    }
}
