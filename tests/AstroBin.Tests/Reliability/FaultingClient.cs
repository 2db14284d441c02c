using System.Collections.Concurrent;
using AstroBin.Api;
using AstroBin.Api.Http;
using AstroBin.Emulator;
using AstroBin.Emulator.Faults;

namespace AstroBin.Tests.Reliability;

/// <summary>An AstroBinClient against an emulator, optionally asking each request for a fault, with fast test timings.</summary>
internal static class FaultingClient
{
    public static AstroBinClient Create(EmulatorServer server, string? fault = null, RecordingLog? log = null, int maxRetry = 3,
        TimeSpan? timeout = null, RequestThrottle? throttle = null, TimeSpan? retryBudget = null)
    {
        var options = new AstroBinClientOptions(server.BaseUri, new ApiCredentials(EmulatorOptions.DefaultApiKey, EmulatorOptions.DefaultApiSecret))
        {
            MaxRetry = maxRetry,
            RetryDelay = TimeSpan.FromMilliseconds(20),
            Timeout = timeout ?? TimeSpan.FromSeconds(5),
            Throttle = throttle,
            RetryBudget = retryBudget ?? AstroBinClientOptions.DefaultRetryBudget,
        };
        HttpMessageHandler handler = new SocketsHttpHandler();
        if (fault != null) handler = new FaultHeader(fault) { InnerHandler = handler };
        return new AstroBinClient(new HttpClient(handler), options, log);
    }

    /// <summary>Adds X-Emulator-Fault to every request, retries included.</summary>
    private sealed class FaultHeader(string fault) : DelegatingHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            request.Headers.Add(FaultInjector.Header, fault);
            return base.SendAsync(request, cancellationToken);
        }
    }
}

/// <summary>The client's log lines, as -Verbose (requests) and -Debug (details) would show them.</summary>
internal sealed class RecordingLog : IRequestLog
{
    public void Sent()
    {
    }

    public ConcurrentQueue<string> Requests { get; } = new();

    public ConcurrentQueue<string> Details { get; } = new();

    public void Request(string message) => Requests.Enqueue(message);

    public void Detail(string message) => Details.Enqueue(message);

    public string[] Retries => Requests.Where(line => line.StartsWith("retry ", StringComparison.Ordinal)).ToArray();
}
