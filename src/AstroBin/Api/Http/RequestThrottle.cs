using System;
using System.Threading;
using System.Threading.RateLimiting;
using System.Threading.Tasks;

namespace AstroBin.Api.Http
{
    /// <summary>
    /// The client-side fair-use limit: at most <see cref="RequestsPerSecond"/> requests start per
    /// second and at most <see cref="MaxConcurrency"/> are in flight. One instance is shared by every
    /// client of a session (all cmdlets, all runspaces), so parallel pipelines cannot add up to abuse.
    /// </summary>
    public sealed class RequestThrottle
    {
        public const double DefaultRequestsPerSecond = 4;

        public const int DefaultMaxConcurrency = 4;

        private readonly TokenBucketRateLimiter _rate;
        private readonly ConcurrencyLimiter _concurrency;

        public RequestThrottle(double requestsPerSecond, int maxConcurrency)
        {
            if (!(requestsPerSecond > 0)) throw new ArgumentOutOfRangeException(nameof(requestsPerSecond), requestsPerSecond, "The request rate must be above zero.");
            if (maxConcurrency < 1) throw new ArgumentOutOfRangeException(nameof(maxConcurrency), maxConcurrency, "At least one request must be allowed.");
            RequestsPerSecond = requestsPerSecond;
            MaxConcurrency = maxConcurrency;
            // One token, refilled every 1/rate seconds: requests are evenly spaced, never a burst.
            _rate = new TokenBucketRateLimiter(new TokenBucketRateLimiterOptions
            {
                TokenLimit = 1,
                TokensPerPeriod = 1,
                ReplenishmentPeriod = TimeSpan.FromTicks((long)(TimeSpan.TicksPerSecond / requestsPerSecond)),
                AutoReplenishment = true,
                QueueLimit = int.MaxValue,
                QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
            });
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
                using var token = await _rate.AcquireAsync(1, cancellationToken).ConfigureAwait(false);
                if (!slot.IsAcquired || !token.IsAcquired) throw new InvalidOperationException("The request throttle refused a request although its queue is unbounded.");
                return slot;
            }
            catch
            {
                slot.Dispose();
                throw;
            }
        }
    }
}
