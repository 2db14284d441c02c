using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;

namespace AstroBin.Commands
{
    /// <summary>
    /// Numbers of one resource waiting for a multi-get (<c>&lt;resource&gt;/set/&lt;n&gt;;&lt;n&gt;/</c>): sent when a
    /// request's worth has come, or when <see cref="OrderedWork"/> is about to wait for an item that may need one of them
    /// (or the input ended).
    /// Each number's task completes with its own object or its own error.
    /// </summary>
    internal sealed class NumberSet<T>
    {
        private readonly List<(int Number, TaskCompletionSource<T> Result)> _unsent = new List<(int, TaskCompletionSource<T>)>();
        private readonly Func<IReadOnlyList<int>, Task<IReadOnlyList<(T? Value, Exception? Error)>>> _send;
        private readonly int _perRequest;
        private long _added;
        private long _sent;

        /// <param name="send">The multi-get: one outcome a number, in the order asked.</param>
        public NumberSet(int perRequest, Func<IReadOnlyList<int>, Task<IReadOnlyList<(T? Value, Exception? Error)>>> send)
        {
            _perRequest = perRequest;
            _send = send;
        }

        /// <summary>How many numbers were added so far: the mark of the next one, for <see cref="SendBefore"/>.</summary>
        public long Added
        {
            get
            {
                lock (_unsent) return _added;
            }
        }

        public Task<T> Add(int number)
        {
            var result = new TaskCompletionSource<T>(TaskCreationOptions.RunContinuationsAsynchronously);
            lock (_unsent)
            {
                _unsent.Add((number, result));
                _added++;
                if (_unsent.Count < _perRequest) return result.Task;
            }
            Send();
            return result.Task;
        }

        /// <summary>Sends the numbers that wait if one added before <paramref name="mark"/> (an earlier <see cref="Added"/>) is among them.</summary>
        public void SendBefore(long mark)
        {
            bool due;
            lock (_unsent) due = _sent < mark;
            if (due) Send();
        }

        public void Send()
        {
            List<(int Number, TaskCompletionSource<T> Result)> items;
            lock (_unsent)
            {
                if (_unsent.Count == 0) return;
                items = _unsent.ToList();
                _unsent.Clear();
                // Every send takes all that waits, in the order added: the numbers not sent are always the last ones added.
                _sent = _added;
            }
            _send(items.Select(item => item.Number).ToList()).ContinueWith(task =>
            {
                for (var index = 0; index < items.Count; index++)
                {
                    var result = items[index].Result;
                    if (task.IsCanceled) result.TrySetCanceled();
                    else if (task.IsFaulted) result.TrySetException(task.Exception!.InnerExceptions);
                    else if (task.Result[index].Error is Exception error) result.TrySetException(error);
                    else result.TrySetResult(task.Result[index].Value!);
                }
            }, TaskScheduler.Default);
        }

        /// <summary>A stopped pipeline: what was never sent ends cancelled, so that nothing waits for it.</summary>
        public void Cancel()
        {
            lock (_unsent)
            {
                foreach (var item in _unsent) item.Result.TrySetCanceled();
                _unsent.Clear();
                _sent = _added;
            }
        }
    }
}
