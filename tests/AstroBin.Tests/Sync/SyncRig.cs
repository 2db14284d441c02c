using System.Net.Http;
using AstroBin.Api;
using AstroBin.Api.Downloads;
using AstroBin.Api.Errors;
using AstroBin.Api.Queries;
using AstroBin.Emulator;
using AstroBin.Emulator.Control;
using AstroBin.Emulator.Faults;
using AstroBin.Sync;
using AstroBin.Tests.Hostile;

namespace AstroBin.Tests.Sync;

/// <summary>
/// An emulator of its own (the sync tests change its data) whose fault rate can be turned on and off, and
/// a sync of one user's images through <see cref="FolderSync"/> as Sync-AstroBinImage -User drives it.
/// </summary>
public sealed class SyncRig : IAsyncLifetime
{
    public FaultOptions Faults { get; } = new() { Seed = 7 };

    public EmulatorServer Server { get; private set; } = null!;

    /// <summary>
    /// How long a request may take: long enough that a loaded machine never turns an answer into a retry (the tests
    /// count requests); the fault test shortens it, so that a stalled answer costs little.
    /// </summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(10);

    public async Task InitializeAsync()
    {
        Server = await EmulatorServer.StartAsync(new EmulatorOptions { Faults = Faults });
    }

    public async Task DisposeAsync() => await Server.DisposeAsync();

    public RequestCounts Counts => Server.Kinds.Snapshot();

    /// <summary>Not named astrobin-*: Pester files delete those from the temporary folder when they end.</summary>
    public static string NewFolder() => Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "sync-xunit-" + Guid.NewGuid().ToString("N"))).FullName;

    public AstroBinClient CreateClient() => new(new HttpClient(new SocketsHttpHandler()), new AstroBinClientOptions(Server.BaseUri,
        new ApiCredentials(EmulatorOptions.DefaultApiKey, EmulatorOptions.DefaultApiSecret))
    {
        MaxRetry = 6,
        RetryDelay = TimeSpan.FromMilliseconds(10),
        Timeout = Timeout,
    });

    /// <summary>One sync of every image of <paramref name="user"/>: planned from the list, gone images kept or pruned.</summary>
    public async Task<List<SyncResult>> SyncUserAsync(string folder, string user, bool prune = false, bool includeRevisions = true, params ImageSize[] sizes)
    {
        var client = CreateClient();
        var downloader = new ImageDownloader(new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false }),
            new DownloadOptions { StallTimeout = Timeout, MaxRetry = 6, RetryDelay = TimeSpan.FromMilliseconds(10) });
        using var sync = FolderSync.Open(folder, new SyncOptions(sizes.Length == 0 ? [ImageSize.Thumb, ImageSize.Gallery] : sizes, includeRevisions), client, downloader);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var work = new List<Task<SyncResult>>();
        await foreach (var image in client.SearchImagesAsync(new ImageQuery { User = user }, PageRange.All, null, CancellationToken.None))
        {
            seen.Add(image.ImageId);
            work.Add(RunAsync(sync, sync.Plan(image)));
        }
        var results = (await Task.WhenAll(work)).ToList();
        foreach (var gone in sync.NotIn(seen)) results.Add(prune ? sync.Prune(gone, DateTime.UtcNow) : sync.Keep(gone));
        // As the cmdlet ends a run over a whole set (with no list faults): the folder holds this user's set.
        sync.Manifest.Complete("user:" + user, seen.Count);
        return results;
    }

    public static IReadOnlyList<SyncResult> Verify(string folder)
    {
        using var sync = FolderSync.Open(folder, new SyncOptions([ImageSize.Thumb], false), null, null);
        return sync.Verify(() => true, CancellationToken.None);
    }

    /// <summary>Every file and link below <paramref name="folder"/> (links not followed): relative path → length and SHA-256, or link target.</summary>
    public static SortedDictionary<string, string> Snapshot(string folder) =>
        new(FileTree.Take(folder).Entries.Where(entry => entry.Value != "folder").ToDictionary(entry => entry.Key, entry => entry.Value), StringComparer.Ordinal);

    private static async Task<SyncResult> RunAsync(FolderSync sync, SyncPlan plan)
    {
        try
        {
            return await sync.RunAsync(plan, null, null, CancellationToken.None);
        }
        catch (AstroBinException error)
        {
            return new SyncResult(SyncAction.Failed, plan.ImageId, null, null, [], [error.Message]);
        }
    }
}
