using System;
using System.Collections.Concurrent;
using System.Reflection;
using System.Threading;
using System.Threading.Tasks;

namespace AstroBin.Api
{
    /// <summary>
    /// Remembers detail lookups (an image, a user, ...) for a short time, so that a pipeline that looks
    /// the same object up again (every image of one user piped to Get-AstroBinUser, an Image of the Day
    /// chain run every few minutes) costs no request. Keys never contain the credentials.
    /// </summary>
    public sealed class ResponseCache
    {
        // A model's properties have setters (scripts build objects with them): the cache keeps its own copy and hands
        // out another each time, so that one caller changing an object ($image.Title = ...) changes no one else's.
        // Shallow: the lists inside are shared, and nothing in the module changes them.
        private static readonly Func<object, object> ShallowCopy = (Func<object, object>)Delegate.CreateDelegate(
            typeof(Func<object, object>), typeof(object).GetMethod("MemberwiseClone", BindingFlags.Instance | BindingFlags.NonPublic)!);

        private readonly ConcurrentDictionary<string, Entry> _entries = new ConcurrentDictionary<string, Entry>(StringComparer.Ordinal);
        private readonly ConcurrentDictionary<string, Lazy<Task>> _inFlight = new ConcurrentDictionary<string, Lazy<Task>>(StringComparer.Ordinal);
        private readonly Func<DateTime> _clock;
        private long _lifetimeTicks;

        public ResponseCache(TimeSpan lifetime, int capacity = 10000, Func<DateTime>? clock = null)
        {
            if (capacity < 1) throw new ArgumentOutOfRangeException(nameof(capacity), capacity, "A cache holds at least one entry.");
            Lifetime = lifetime;
            Capacity = capacity;
            _clock = clock ?? (() => DateTime.UtcNow);
        }

        /// <summary>How long an answer is reused; zero turns the cache off.</summary>
        public TimeSpan Lifetime
        {
            get => new TimeSpan(Interlocked.Read(ref _lifetimeTicks));
            set
            {
                if (value < TimeSpan.Zero) throw new ArgumentOutOfRangeException(nameof(value), value, "A cache lifetime cannot be negative.");
                Interlocked.Exchange(ref _lifetimeTicks, value.Ticks);
                if (value == TimeSpan.Zero) Clear();
            }
        }

        public int Capacity { get; }

        public int Count => _entries.Count;

        public bool TryGet<T>(string key, out T value) where T : class
        {
            if (_entries.TryGetValue(key, out var entry) && entry.Value is T typed)
            {
                if (entry.Expires > _clock())
                {
                    value = Copy(typed);
                    return true;
                }
                _entries.TryRemove(key, out _);
            }
            value = null!;
            return false;
        }

        public void Set(string key, object value)
        {
            if (Lifetime == TimeSpan.Zero) return;
            var now = _clock();
            if (_entries.Count >= Capacity) Trim(now);
            _entries[key] = new Entry(Copy(value), now + Lifetime);
        }

        /// <summary>A copy no other holder can change (strings and arrays are handed out as they are).</summary>
        internal static T Copy<T>(T value) where T : class => value is string || value.GetType().IsArray ? value : (T)ShallowCopy(value);

        public void Clear() => _entries.Clear();

        /// <summary>
        /// Runs <paramref name="fetch"/> for <paramref name="key"/> and remembers its answer, unless the same key is
        /// already being fetched: then that fetch is shared (<paramref name="joined"/>), so that lookups of one object
        /// started together (every image of one user piped to Get-AstroBinUser, looked up concurrently) cost one request.
        /// </summary>
        public Task<T> Share<T>(string key, Func<Task<T>> fetch, out bool joined) where T : class
        {
            var mine = new Lazy<Task>(() => FetchAndRemember(key, fetch));
            var shared = _inFlight.GetOrAdd(key, mine);
            joined = !ReferenceEquals(shared, mine);
            // Each caller gets its own copy of the one answer.
            if (shared.Value is Task<T> typed) return CopyWhenDone(typed);
            // The same key for another type cannot come from one client; ask alone rather than fail.
            joined = false;
            return fetch();
        }

        private static async Task<T> CopyWhenDone<T>(Task<T> answer) where T : class => Copy(await answer.ConfigureAwait(false));

        private async Task<T> FetchAndRemember<T>(string key, Func<Task<T>> fetch) where T : class
        {
            try
            {
                // Another fetch of the key may have ended between the caller's look in the cache and this one.
                if (TryGet<T>(key, out var remembered)) return remembered;
                var value = await fetch().ConfigureAwait(false);
                Set(key, value);
                return value;
            }
            finally
            {
                _inFlight.TryRemove(key, out _);
            }
        }

        private void Trim(DateTime now)
        {
            foreach (var pair in _entries)
            {
                if (pair.Value.Expires <= now) _entries.TryRemove(pair.Key, out _);
            }
            // Still full of live entries: start again rather than grow without bound.
            if (_entries.Count >= Capacity) _entries.Clear();
        }

        private readonly struct Entry
        {
            public Entry(object value, DateTime expires)
            {
                Value = value;
                Expires = expires;
            }

            public object Value { get; }

            public DateTime Expires { get; }
        }
    }
}
