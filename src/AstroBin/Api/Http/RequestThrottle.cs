using System;
using System.Diagnostics;
using System.Threading;
using System.Threading.RateLimiting;
using System.Threading.Tasks;

namespace AstroBin.Api.Http
{
    /// <summary>
    /// The client-side fair-use limit: at most <see cref="RequestsPerSecond"/> requests start per
    /// second and at most <see cref="MaxConcurrency"/> are in flight. One instance is shared by every
    /// client of the process (ModuleState: all cmdlets, all runspaces), so parallel pipelines cannot add up to abuse.
    /// </summary>
    public sealed class RequestThrottle
    {
        public const double DefaultRequestsPerSecond = 4;

        public const int DefaultMaxConcurrency = 4;

        private readonly ConcurrencyLimiter _concurrency;
        private readonly object _gate = new object();
        private readonly Stopwatch _clock = Stopwatch.StartNew();
        private readonly TimeSpan _interval;
        private TimeSpan _nextStart = TimeSpan.Zero;

        public RequestThrottle(double requestsPerSecond, int maxConcurrency)
        {
            if (!(requestsPerSecond > 0)) throw new ArgumentOutOfRangeException(nameof(requestsPerSecond), requestsPerSecond, "The request rate must be above zero.");
            if (maxConcurrency < 1) throw new ArgumentOutOfRangeException(nameof(maxConcurrency), maxConcurrency, "At least one request must be allowed.");
            RequestsPerSecond = requestsPerSecond;
            MaxConcurrency = maxConcurrency;
            _interval = TimeSpan.FromTicks((long)Math.Ceiling(TimeSpan.TicksPerSecond / requestsPerSecond));
            _concurrency = new ConcurrencyLimiter(new ConcurrencyLimiterOptions
            {
                PermitLimit = maxConcurrency,
                QueueLimit = int.MaxValue,
                QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
            });
        }

        public double RequestsPerSecond { get; }

        public int MaxConcurrency { get; }

        /// <summary>Waits for a free slot and a token; dispose the result when the response body is read.</summary>
        public async Task<IDisposable> AcquireAsync(CancellationToken cancellationToken)
        {
            var slot = await _concurrency.AcquireAsync(1, cancellationToken).ConfigureAwait(false);
            try
            {
                if (!slot.IsAcquired) throw new InvalidOperationException("The request throttle refused a request although its queue is unbounded.");
                await WaitForTurnAsync(cancellationToken).ConfigureAwait(false);
                return slot;
            }
            catch
            {
                slot.Dispose();
                throw;
            }
        }

        /// <summary>
        /// Spaces request starts by 1/rate on a monotonic clock. A timer-replenished token bucket can
        /// hand out tokens in a bunch after a late tick, which the server would see as a burst over
        /// the limit; a reserved start time can only be late, never early. A cancelled wait leaves
        /// its slot unused: slower, never faster.
        /// </summary>
        private Task WaitForTurnAsync(CancellationToken cancellationToken)
        {
            TimeSpan wait;
            lock (_gate)
            {
                var now = _clock.Elapsed;
                var start = _nextStart > now ? _nextStart : now;
                _nextStart = start + _interval;
                wait = start - now;
            }
            return wait > TimeSpan.Zero ? Task.Delay(wait, cancellationToken) : Task.CompletedTask;
        }
    }
}
