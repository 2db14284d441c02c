using System;
using System.Diagnostics;
using System.Globalization;
using System.Threading;
using System.Threading.Tasks;
using AstroBin.Api.Errors;
using Polly;
using Polly.Retry;

namespace AstroBin.Api.Http
{
    /// <summary>
    /// Retries one idempotent GET (request, body and parsing together) on failures that may pass:
    /// 429, 5xx, resets, timeouts, truncated, malformed or undecompressable bodies, file downloads cut short. Exponential back-off with jitter,
    /// or the server's Retry-After; at most <see cref="AstroBinClientOptions.MaxRetry"/> retries and
    /// never past <see cref="AstroBinClientOptions.RetryBudget"/>. 400/401/403/404 fail at once.
    /// </summary>
    internal sealed class RetryPolicy
    {
        private static readonly ResiliencePropertyKey<Stopwatch> Clock = new ResiliencePropertyKey<Stopwatch>("AstroBin.Clock");

        private readonly ResiliencePipeline _pipeline;
        private readonly int _maxRetry;
        private readonly TimeSpan _retryBudget;
        private readonly IRequestLog? _log;

        public RetryPolicy(AstroBinClientOptions options, IRequestLog? log)
            : this(options.MaxRetry, options.RetryDelay, options.RetryBudget, log)
        {
        }

        public RetryPolicy(int maxRetry, TimeSpan retryDelay, TimeSpan retryBudget, IRequestLog? log)
        {
            _maxRetry = maxRetry;
            _retryBudget = retryBudget;
            _log = log;
            var builder = new ResiliencePipelineBuilder();
            if (maxRetry > 0)
            {
                builder.AddRetry(new RetryStrategyOptions
                {
                    MaxRetryAttempts = maxRetry,
                    BackoffType = DelayBackoffType.Exponential,
                    UseJitter = true,
                    Delay = retryDelay,
                    MaxDelay = retryBudget,
                    ShouldHandle = args => new ValueTask<bool>(ShouldRetry(args.Outcome.Exception, args.Context)),
                    DelayGenerator = args => new ValueTask<TimeSpan?>((args.Outcome.Exception as AstroBinRateLimitedException)?.RetryAfter),
                    OnRetry = args =>
                    {
                        ReportRetry(args.AttemptNumber + 1, args.RetryDelay, args.Outcome.Exception);
                        return default;
                    },
                });
            }
            _pipeline = builder.Build();
        }

        public async Task<T> ExecuteAsync<T>(Func<CancellationToken, Task<T>> attempt, CancellationToken cancellationToken)
        {
            var context = ResilienceContextPool.Shared.Get(cancellationToken);
            context.Properties.Set(Clock, Stopwatch.StartNew());
            try
            {
                return await _pipeline.ExecuteAsync(
                    static async (ctx, send) => await send(ctx.CancellationToken).ConfigureAwait(false),
                    context,
                    attempt).ConfigureAwait(false);
            }
            finally
            {
                ResilienceContextPool.Shared.Return(context);
            }
        }

        /// <summary>Whether a failure may pass on its own: the server or the network, never the request itself.</summary>
        public static bool IsTransient(Exception? exception) => exception switch
        {
            AstroBinRateLimitedException _ => true,
            AstroBinServerException _ => true,
            AstroBinNetworkException _ => true,
            AstroBinTimeoutException _ => true,
            AstroBinInvalidResponseException invalid => invalid.MayBeTransient,
            AstroBinDownloadException download => download.Failure == DownloadFailure.Incomplete,
            _ => false,
        };

        private bool ShouldRetry(Exception? exception, ResilienceContext context)
        {
            if (!IsTransient(exception) || context.CancellationToken.IsCancellationRequested) return false;
            var remaining = _retryBudget - context.Properties.GetValue(Clock, Stopwatch.StartNew()).Elapsed;
            if (remaining <= TimeSpan.Zero)
            {
                _log?.Request("not retrying: the retry budget of " + Seconds(_retryBudget) + " is spent");
                return false;
            }
            if (exception is AstroBinRateLimitedException limited && limited.RetryAfter > remaining)
            {
                _log?.Request("not retrying: the server asked to wait " + Seconds(limited.RetryAfter.Value) + ", beyond the retry budget");
                return false;
            }
            return true;
        }

        private void ReportRetry(int retry, TimeSpan delay, Exception? cause)
        {
            var target = (cause as AstroBinException)?.RequestUri;
            _log?.Request("retry " + retry + " of " + _maxRetry + " in " + Seconds(delay) + " after: " + cause?.Message + (target == null ? string.Empty : " (GET " + target + ")"));
        }

        private static string Seconds(TimeSpan span) => span.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture) + " s";
    }
}
