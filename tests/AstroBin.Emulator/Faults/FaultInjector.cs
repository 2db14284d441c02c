using System.Collections.Concurrent;
using System.Globalization;
using System.Text;

namespace AstroBin.Emulator.Faults;

/// <summary>
/// Middleware that makes the emulator misbehave like a flaky network or an overloaded server.
/// A request asks for a fault with <c>X-Emulator-Fault: name</c> (every time) or <c>name*N</c>
/// (the first N requests for the same URL); the header is removed before the API sees the
/// request. Otherwise a run-wide share of requests gets a random fault from a seeded generator.
/// </summary>
public sealed class FaultInjector(FaultOptions options, TrafficRecorder traffic)
{
    public const string Header = "X-Emulator-Fault";

    /// <summary>The emulator's own paths (statistics) are never faulted or counted.</summary>
    public const string ControlPath = "/_emulator/";

    private readonly Random random = new(options.Seed);
    private readonly ConcurrentDictionary<string, int> requestsPerScript = new(StringComparer.Ordinal);

    public async Task InvokeAsync(HttpContext context, RequestDelegate next)
    {
        if (context.Request.Path.StartsWithSegments(ControlPath.TrimEnd('/'), StringComparison.Ordinal))
        {
            await next(context);
            return;
        }
        traffic.Arrived(context.Request.Headers.UserAgent.ToString());
        try
        {
            var fault = Choose(context);
            if (options.Latency > TimeSpan.Zero) await Task.Delay(options.Latency, context.RequestAborted);
            if (fault is null)
            {
                await next(context);
                return;
            }
            traffic.Injected(fault.Value);
            await InjectAsync(fault.Value, context, next);
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            // The client gave up (a stall it timed out, a Ctrl+C): nothing left to answer.
        }
        finally
        {
            traffic.Left();
        }
    }

    private FaultKind? Choose(HttpContext context)
    {
        var script = context.Request.Headers[Header].ToString();
        context.Request.Headers.Remove(Header);
        if (script.Length > 0)
        {
            var star = script.IndexOf('*');
            var kind = FaultNames.Parse(star < 0 ? script : script[..star]);
            if (star < 0) return kind;
            var times = int.Parse(script[(star + 1)..], NumberStyles.Integer, CultureInfo.InvariantCulture);
            var key = script + " " + context.Request.Path + context.Request.QueryString;
            return requestsPerScript.AddOrUpdate(key, 1, (_, count) => count + 1) <= times ? kind : null;
        }
        if (options.Rate <= 0 || options.Kinds.Count == 0) return null;
        lock (random)
        {
            return random.NextDouble() < options.Rate ? options.Kinds[random.Next(options.Kinds.Count)] : null;
        }
    }

    private async Task InjectAsync(FaultKind kind, HttpContext context, RequestDelegate next)
    {
        var response = context.Response;
        switch (kind)
        {
            case FaultKind.RateLimited:
                response.StatusCode = StatusCodes.Status429TooManyRequests;
                response.Headers.RetryAfter = options.RetryAfterSeconds.ToString(CultureInfo.InvariantCulture);
                return;
            case FaultKind.RateLimitedUntil:
                response.StatusCode = StatusCodes.Status429TooManyRequests;
                response.Headers.RetryAfter = DateTimeOffset.UtcNow.AddSeconds(options.RetryAfterSeconds).ToString("R", CultureInfo.InvariantCulture);
                return;
            case FaultKind.ServerError:
                await WriteAsync(response, 500, "application/json", "{\"error_message\": \"Sorry, this request could not be processed. Please try again later.\"}");
                return;
            case FaultKind.BadGateway:
            case FaultKind.ServiceUnavailable:
                await WriteAsync(response, kind == FaultKind.BadGateway ? 502 : 503, "text/html", FaultPages.ProxyError(kind, context.Request));
                return;
            case FaultKind.GatewayTimeout:
                response.StatusCode = StatusCodes.Status504GatewayTimeout;
                return;
            case FaultKind.ResetBeforeBody:
                context.Abort();
                return;
            case FaultKind.HtmlPage:
                await WriteAsync(response, 200, "text/html", FaultPages.Maintenance);
                return;
        }

        // The remaining faults damage a real answer.
        var body = await RenderAsync(context, next);
        switch (kind)
        {
            case FaultKind.TruncatedJson:
                response.ContentLength = body.Length / 2;
                await response.Body.WriteAsync(body.AsMemory(0, body.Length / 2));
                return;
            case FaultKind.MalformedJson:
                var garbled = Encoding.UTF8.GetBytes("{\"meta\": {'limit': 20,, \"objects\": [" + Encoding.UTF8.GetString(body));
                response.ContentLength = garbled.Length;
                await response.Body.WriteAsync(garbled);
                return;
            case FaultKind.ResetMidBody:
                await SendHalfAsync(response, body);
                context.Abort();
                return;
            case FaultKind.Stall:
                await SendHalfAsync(response, body);
                await Task.Delay(Timeout.Infinite, context.RequestAborted);
                return;
        }
    }

    private static async Task<byte[]> RenderAsync(HttpContext context, RequestDelegate next)
    {
        var original = context.Response.Body;
        using var buffer = new MemoryStream();
        context.Response.Body = buffer;
        try
        {
            await next(context);
        }
        finally
        {
            context.Response.Body = original;
        }
        return buffer.ToArray();
    }

    /// <summary>Announces the whole body, sends half and flushes it, so the client is reading when the rest never comes.</summary>
    private static async Task SendHalfAsync(HttpResponse response, byte[] body)
    {
        response.ContentLength = body.Length;
        await response.Body.WriteAsync(body.AsMemory(0, body.Length / 2));
        await response.Body.FlushAsync();
    }

    private static async Task WriteAsync(HttpResponse response, int status, string contentType, string body)
    {
        response.StatusCode = status;
        response.ContentType = contentType + "; charset=utf-8";
        await response.WriteAsync(body);
    }
}
