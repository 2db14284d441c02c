using AstroBin.Emulator.Data;
using AstroBin.Emulator.Faults;
using AstroBin.Emulator.Resources;
using AstroBin.Emulator.Tastypie;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace AstroBin.Emulator;

/// <summary>A running AstroBin API v1 emulator on Kestrel.</summary>
public sealed class EmulatorServer : IAsyncDisposable
{
    private readonly WebApplication app;
    private int requestCount;

    private EmulatorServer(WebApplication app, EmulatorData data)
    {
        this.app = app;
        Data = data;
    }

    /// <summary>http://127.0.0.1:PORT/</summary>
    public Uri Root { get; private set; } = null!;

    /// <summary>http://127.0.0.1:PORT/api/v1/</summary>
    public Uri BaseUri => new(Root, "api/v1/");

    /// <summary>The data the emulator serves, for computing expected answers.</summary>
    public EmulatorData Data { get; }

    /// <summary>Arrivals, concurrency and injected faults, as also served at /_emulator/stats.</summary>
    public TrafficRecorder Traffic { get; } = new();

    /// <summary>Requests received since start, whatever their outcome.</summary>
    public int RequestCount => Volatile.Read(ref requestCount);

    public static async Task<EmulatorServer> StartAsync(EmulatorOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= new EmulatorOptions();
        var data = EmulatorData.Create(options);
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory });
        // ASP.NET's console logging would bury the single "listening" line the scripts look for.
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls(options.Urls);
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.AddServerHeader = false);
        var server = new EmulatorServer(builder.Build(), data);
        server.MapRoutes(options);
        await server.app.StartAsync(cancellationToken);
        var address = server.app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server.Root = new Uri(address.TrimEnd('/') + "/");
        return server;
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }

    private void MapRoutes(EmulatorOptions options)
    {
        IApiResource[] resources =
        [
            new ImageResource(Data, () => Root), new ImageRevisionResource(Data, () => Root), new ImageOfTheDayResource(Data),
            new TopPickResource("toppick", Data.TopPicks), new TopPickResource("toppicknomination", Data.TopPickNominations),
            new CollectionResource(Data), new UserProfileResource(Data), new LocationResource(Data),
        ];
        var dispatchers = resources.Select(resource => new ResourceDispatcher(resource, options)).ToList();

        app.Use((context, next) =>
        {
            Interlocked.Increment(ref requestCount);
            return next(context);
        });
        app.Use(new FaultInjector(options.Faults, Traffic).InvokeAsync);
        app.MapGet(FaultInjector.ControlPath + "stats", () => Results.Json(Traffic.Snapshot()));
        // Mirrors Django's URL resolution: the index, or anything below a served resource's list path.
        var appendSlash = new AppendSlash(path =>
            path == "/api/v1/" || dispatchers.Exists(dispatcher => path.StartsWith(dispatcher.ListPath, StringComparison.Ordinal)));
        app.Use(appendSlash.InvokeAsync);

        // ASP.NET routing ignores case and trailing slashes; Django's patterns do not, hence the exact checks.
        app.Map("/api/v1/", (RequestDelegate)(context =>
            (context.Request.Path.Value == "/api/v1/"
                ? TopLevel(resources, context)
                : DjangoNotFoundPage.Create()).ExecuteAsync(context)));
        foreach (var dispatcher in dispatchers)
        {
            app.Map(dispatcher.ListPath + "{**rest}", (RequestDelegate)(context =>
                (context.Request.Path.Value!.StartsWith(dispatcher.ListPath, StringComparison.Ordinal)
                    ? dispatcher.Dispatch(context)
                    : DjangoNotFoundPage.Create()).ExecuteAsync(context)));
        }
        var thumbnails = new RawThumbnails(Data);
        app.MapGet("/{id}/{revision}/rawthumb/{alias}/", (string id, string alias) => thumbnails.Redirect(id, alias));
        app.MapGet(RawThumbnails.FilePrefix + "{id}/{alias}.png", (string id, string alias) => thumbnails.File(id, alias));
        DownloadFaults.Map(app);
        app.MapFallback("{**path}", (RequestDelegate)(context => DjangoNotFoundPage.Create().ExecuteAsync(context)));
    }

    private static ApiResponse TopLevel(IApiResource[] resources, HttpContext context)
    {
        var query = QueryDict.Parse(context.Request.QueryString.Value);
        return ApiIndex.Create(resources, query).InFormat(FormatNegotiation.Determine(query, context.Request.Headers.Accept.ToString()));
    }
}
