using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace AstroBin.Tests.Hostile;

/// <summary>
/// A server the module did not write: Kestrel on 127.0.0.1 answering every request with whatever
/// <see cref="Handler"/> does (redirect anywhere, lie about offsets, send huge or corrupt bodies, echo
/// the secret). Every request that reaches it is recorded, so a test can prove what was, and what
/// was not, sent.
/// </summary>
public sealed class HostileServer : IAsyncDisposable
{
    private readonly WebApplication app;

    private HostileServer(WebApplication app, Func<HttpContext, Task> handler)
    {
        this.app = app;
        Handler = handler;
    }

    /// <summary>http://127.0.0.1:PORT/</summary>
    public Uri Root { get; private set; } = null!;

    /// <summary>http://127.0.0.1:PORT/api/v1/, where a client would be pointed.</summary>
    public Uri BaseUri => new(Root, "api/v1/");

    /// <summary>What the server does with each request; may be replaced between requests.</summary>
    public Func<HttpContext, Task> Handler { get; set; }

    /// <summary>Every request received, in arrival order.</summary>
    public ConcurrentQueue<ReceivedRequest> Requests { get; } = new();

    public static async Task<HostileServer> StartAsync(Func<HttpContext, Task> handler)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.AddServerHeader = false);
        var server = new HostileServer(builder.Build(), handler);
        server.app.Run(context =>
        {
            server.Requests.Enqueue(new ReceivedRequest(
                context.Request.Method,
                context.Request.Path.Value + context.Request.QueryString.Value,
                context.Request.Headers.AcceptEncoding.ToString(),
                DateTimeOffset.UtcNow));
            return server.Handler(context);
        });
        await server.app.StartAsync();
        var address = server.app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server.Root = new Uri(address.TrimEnd('/') + "/");
        return server;
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}

/// <summary>One request as it arrived: the path and query exactly as sent (still encoded).</summary>
public sealed record ReceivedRequest(string Method, string PathAndQuery, string AcceptEncoding, DateTimeOffset At);
