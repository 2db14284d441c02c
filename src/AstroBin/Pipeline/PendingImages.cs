using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using AstroBin.Api;

namespace AstroBin.Commands
{
    /// <summary>
    /// Image ids given to a cmdlet that needs the images themselves before it acts (Save-AstroBinImage): each is
    /// looked up as it arrives, except numbers, which wait for a batch (one multi-get for up to 100) or the end of
    /// the input. The lookups are handed back in input order, on the pipeline thread.
    /// </summary>
    internal sealed class PendingImages
    {
        private readonly Queue<(string Input, Task<Image> Lookup)> _queue = new Queue<(string, Task<Image>)>();
        private readonly AstroBinClient _client;
        private readonly CancellationToken _cancellation;
        private readonly ImageNumberBatch _numbers;

        public PendingImages(AstroBinClient client, CancellationToken cancellation)
        {
            _client = client;
            _cancellation = cancellation;
            _numbers = new ImageNumberBatch(numbers => client.GetImagesByNumberAsync(numbers, cancellation));
        }

        /// <param name="input">What the user gave, for errors.</param>
        /// <param name="id">The parsed image id.</param>
        public void Add(string input, string id) =>
            _queue.Enqueue((input, ImageNumbers.TryRead(id, out var number) ? _numbers.Add(number) : _client.GetImageAsync(id, _cancellation)));

        /// <summary>
        /// The next lookup in input order, if it has finished; with <paramref name="waitForAll"/> (the input has
        /// ended) the numbers still waiting are sent, and the next lookup is handed back finished or not.
        /// </summary>
        public bool TryTake(bool waitForAll, out string input, out Task<Image> lookup)
        {
            if (waitForAll) _numbers.Send();
            if (_queue.Count > 0 && (waitForAll || _queue.Peek().Lookup.IsCompleted))
            {
                (input, lookup) = _queue.Dequeue();
                return true;
            }
            input = string.Empty;
            lookup = null!;
            return false;
        }
    }
}
