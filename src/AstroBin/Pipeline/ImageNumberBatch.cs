using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using AstroBin.Api;

namespace AstroBin.Commands
{
    /// <summary>
    /// Image numbers piped to a cmdlet wait here until a request's worth has come, the input ends, or the
    /// output waits for one of them; then they go to AstroBin together (<see cref="AstroBinClient.GetImagesByNumberAsync"/>).
    /// Each number's task completes with its own image or its own error.
    /// </summary>
    internal sealed class ImageNumberBatch
    {
        private readonly List<(int Number, TaskCompletionSource<Image> Result)> _unsent = new List<(int, TaskCompletionSource<Image>)>();
        private readonly Func<IReadOnlyList<int>, Task<IReadOnlyList<ImageByNumber>>> _send;

        public ImageNumberBatch(Func<IReadOnlyList<int>, Task<IReadOnlyList<ImageByNumber>>> send)
        {
            _send = send;
        }

        /// <summary>Numbers added and not sent yet.</summary>
        public int Unsent => _unsent.Count;

        public Task<Image> Add(int number)
        {
            var result = new TaskCompletionSource<Image>(TaskCreationOptions.RunContinuationsAsynchronously);
            _unsent.Add((number, result));
            if (_unsent.Count >= AstroBinClient.MaxImageNumbersPerRequest) Send();
            return result.Task;
        }

        public void Send()
        {
            if (_unsent.Count == 0) return;
            var items = _unsent.ToList();
            _unsent.Clear();
            _send(items.Select(item => item.Number).ToList()).ContinueWith(task =>
            {
                for (var index = 0; index < items.Count; index++)
                {
                    var result = items[index].Result;
                    if (task.IsCanceled) result.TrySetCanceled();
                    else if (task.IsFaulted) result.TrySetException(task.Exception!.InnerExceptions);
                    else if (task.Result[index].Image is Image image) result.TrySetResult(image);
                    else result.TrySetException(task.Result[index].Error!);
                }
            }, TaskScheduler.Default);
        }
    }
}
