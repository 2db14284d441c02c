using System;
using System.Collections.Generic;
using System.Threading.Tasks;

namespace AstroBin.Commands
{
    /// <summary>
    /// Lookups of piped ids run concurrently, a bounded number at a time, and come out in input order:
    /// each new id starts its request at once; the oldest is written when the window is full, and the
    /// rest at the end.
    /// </summary>
    internal sealed class OrderedLookups<T>
    {
        private readonly Queue<(object Target, Task<T> Lookup)> _pending = new Queue<(object, Task<T>)>();
        private readonly int _window;

        public OrderedLookups(int window)
        {
            _window = Math.Max(1, window);
        }

        public void Start(object target, Task<T> lookup) => _pending.Enqueue((target, lookup));

        /// <summary>Hands out the oldest lookups: while the window is full, or all of them when <paramref name="all"/>.</summary>
        /// <param name="unsent">How many of the pending lookups wait in a batch not sent yet: they take no place in the window.</param>
        public IEnumerable<(object Target, Task<T> Lookup)> Ready(bool all, Func<int> unsent)
        {
            while (_pending.Count > 0 && (all || _pending.Count - unsent() >= _window))
            {
                yield return _pending.Dequeue();
            }
        }
    }
}
