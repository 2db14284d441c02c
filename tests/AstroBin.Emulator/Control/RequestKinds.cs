namespace AstroBin.Emulator.Control;

/// <summary>
/// Counts the requests the API and file routes receive by kind, so that a test can assert, say, that a
/// second sync sent list requests only. Counted as they arrive, before any injected fault.
/// </summary>
public sealed class RequestKinds
{
    private long list;
    private long detail;
    private long file;
    private long other;

    /// <summary>Pages of a resource's list (<c>/api/v1/image/?...</c>).</summary>
    public long List => Interlocked.Read(ref list);

    /// <summary>One object, a multi-get or a schema (<c>/api/v1/image/abc123/</c>).</summary>
    public long Detail => Interlocked.Read(ref detail);

    /// <summary>Image files: the rawthumb redirects and the files behind them (each hop counted), and the plate-solving files.</summary>
    public long File => Interlocked.Read(ref file);

    /// <summary>Anything else: the API index, unknown paths, the download fault routes.</summary>
    public long Other => Interlocked.Read(ref other);

    public RequestCounts Snapshot() => new(List, Detail, File, Other);

    public Task InvokeAsync(HttpContext context, RequestDelegate next)
    {
        var path = context.Request.Path.Value ?? string.Empty;
        if (!path.StartsWith(Faults.FaultInjector.ControlPath, StringComparison.Ordinal))
        {
            Interlocked.Increment(ref Counter(path));
        }
        return next(context);
    }

    private ref long Counter(string path)
    {
        if (path.Contains("/rawthumb/", StringComparison.Ordinal) || path.StartsWith(Resources.RawThumbnails.FilePrefix, StringComparison.Ordinal)
            || Resources.SolutionFiles.IsFilePath(path)) return ref file;
        if (!path.StartsWith("/api/v1/", StringComparison.Ordinal)) return ref other;
        // /api/v1/<resource>/ is a list; anything below it names objects.
        var segments = path["/api/v1/".Length..].Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (segments.Length == 1) return ref list;
        return ref segments.Length == 0 ? ref other : ref detail;
    }
}

/// <param name="List">List pages.</param>
/// <param name="Detail">Single objects, multi-gets, schemas.</param>
/// <param name="File">Image file hops (redirect and file).</param>
/// <param name="Other">Everything else.</param>
public sealed record RequestCounts(long List, long Detail, long File, long Other);
