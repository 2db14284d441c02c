using System.Text;
using System.Text.Json.Nodes;
using AstroBin.Api;
using AstroBin.Api.Downloads;
using AstroBin.Api.Errors;
using AstroBin.Api.Queries;
using AstroBin.Files;
using AstroBin.State;
using AstroBin.Sync;
using AstroBin.Tests.Sync;
using Xunit;

namespace AstroBin.Tests.Hostile;

/// <summary>
/// Issue 15's property: over many random hostile archives (ids, hashes, titles, labels, content types, list
/// metadata, links into a victim folder), each synced once killed at a random request, then normally, then once
/// more, nothing outside the backup changes, nothing inside it that is not its own is lost, every failure is the
/// module's own (never a raw .NET exception), and the second normal run finds nothing to do. Seeds are fixed: a
/// failure names its seed, and the same seed replays the same archive.
/// </summary>
public sealed class HostileSyncPropertyTests
{
    private const int Runs = 20;

    private static readonly string?[] Hashes = ["..", ".", "", "../../x", "/tmp/abs", "a/b", "C:\\x", "ab\u202Ec", "AbC", new string('a', 40), "x\u2028y", null];

    private static readonly string?[] Titles =
        [null, "", "..", "../../etc", "/", "a\\b", "evil\u202Egpj.exe", "line\u2028break\u2029para", "\u200E\u200F\u2066\u2069", "con", "nul.txt", " . ", new string('\u00e9', 200), "M 31 \ud83c\udf0c"];

    private static readonly string?[] Labels = [null, "B", "C", "..", ".", "../x", "B\u202E", "/", "", "verylonglabel"];

    private static readonly (string? Type, bool Png)[] Contents =
        [("image/png", true), ("image/png", true), ("image/png; name=../../x", true), ("image/html", false), ("image/svg+xml", false), ("text/html", false), ("image/png", false), (null, true), ("image/exe", false)];

    [Fact]
    public async Task Random_hostile_archives_never_harm_what_is_not_the_backups_own_and_converge_after_a_kill()
    {
        var archive = new HostileArchive();
        var tally = new List<SyncResult>();
        await using var server = await HostileServer.StartAsync(context => archive.Answer(context));
        for (var seed = 1; seed <= Runs; seed++)
        {
            archive = new HostileArchive();
            server.Handler = archive.Answer;
            var parent = SyncRig.NewFolder();
            var victim = SyncRig.NewFolder();
            try
            {
                tally.AddRange(await OneArchiveAsync(seed, new Random(seed), archive, server, parent, victim));
            }
            finally
            {
                Directory.Delete(parent, recursive: true);
                Directory.Delete(victim, recursive: true);
            }
        }
        // The archives are hostile enough to refuse some images, and not so hostile that nothing is ever synced. Held, not
        // Added: how much the killed run wrote before its kill (so what the next run finds unchanged) depends on timing.
        Assert.True(tally.Count(result => result.Action is SyncAction.Added or SyncAction.Updated or SyncAction.Unchanged) > Runs,
            string.Join("\n", tally.Where(result => result.Action == SyncAction.Failed).Take(10).Select(result => result.ImageId + ": " + string.Join("; ", result.Problems))));
        Assert.Contains(tally, result => result.Action == SyncAction.Failed);
    }

    /// <returns>The results of the run after the kill.</returns>
    private static async Task<List<SyncResult>> OneArchiveAsync(int seed, Random random, HostileArchive archive, HostileServer server, string parent, string victim)
    {
        var backup = Path.Combine(parent, "backup");
        Directory.CreateDirectory(Path.Combine(backup, "my notes"));
        File.WriteAllText(Path.Combine(backup, "my notes", "todo.txt"), "the user's");
        File.WriteAllText(Path.Combine(parent, "beside.txt"), "the user's");
        File.WriteAllText(Path.Combine(victim, "precious.png"), "the victim's");
        File.WriteAllText(Path.Combine(victim, ".x.0123abcd.part"), "the victim's");
        File.WriteAllText(Path.Combine(victim, "image.json"), "{}");

        var images = random.Next(2, 6);
        var good = new List<string>();
        for (var n = 1; n <= images; n++)
        {
            var hash = random.Next(3) == 0 ? Pick(random, Hashes) : "img" + n;
            var revisions = Enumerable.Range(0, random.Next(0, 3)).Select(r => n * 10 + r).ToArray();
            var record = archive.Image(server.Root, n, hash, Pick(random, Titles), revisions: revisions);
            archive.Listed.Add(record);
            foreach (var number in revisions) archive.Revisions[number] = archive.Revision(server.Root, number, hash ?? n.ToString(), Pick(random, Labels));
            if (random.Next(5) == 0 && hash != null) archive.Details[hash] = archive.Image(server.Root, n, Pick(random, Hashes) ?? "other" + n);
            if (random.Next(3) == 0)
            {
                // One of its files (or a revision's) is sent as a random content type, maybe with other bytes.
                var files = archive.Files.Keys.Where(key => key.StartsWith("f" + n + "_", StringComparison.Ordinal) || key.StartsWith("r" + n, StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToList();
                var (type, png) = Pick(random, Contents);
                archive.Files[Pick(random, files)] = (type, png ? HostileArchive.Png : Encoding.UTF8.GetBytes("<html><script>alert(1)</script></html>"));
            }
            if (random.Next(4) == 0 && hash != null && ImageId.IsValid(hash))
            {
                // The image's folder, or an earlier name of it, is a link to the victim.
                Directory.CreateSymbolicLink(Path.Combine(backup, hash + (random.Next(2) == 0 ? " - Image " + n : " - Old")), victim);
            }
        }
        if (random.Next(3) == 0) Directory.CreateSymbolicLink(Path.Combine(backup, "zzz999 - Linked"), victim);
        if (random.Next(3) == 0) Directory.CreateSymbolicLink(Path.Combine(backup, "linked by the user"), victim);
        var prune = random.Next(2) == 0;
        var because = "seed " + seed;

        // Killed at a random request, then a normal run, then one more that must find nothing to do.
        var killAt = random.Next(1, 12);
        await FencedAsync(parent, backup, victim, because + " (killed at request " + killAt + ")", () => SyncAsync(server, backup, archive, killAt, prune, because));
        var second = await FencedAsync(parent, backup, victim, because + " (the run after the kill)", () => SyncAsync(server, backup, archive, null, prune, because));
        var third = await FencedAsync(parent, backup, victim, because + " (the run after that)", () => SyncAsync(server, backup, archive, null, prune, because));

        Assert.True(third.All(result => result.Action is SyncAction.Unchanged or SyncAction.Failed or SyncAction.Gone or SyncAction.Pruned),
            because + ": a third run still changed " + string.Join(", ", third.Where(result => result.Action is SyncAction.Added or SyncAction.Updated).Select(result => result.ImageId)));
        Assert.Equal(second.Where(result => result.Action is not (SyncAction.Failed or SyncAction.Gone or SyncAction.Pruned)).Select(result => result.ImageId).Order(StringComparer.Ordinal),
            third.Where(result => result.Action == SyncAction.Unchanged).Select(result => result.ImageId).Order(StringComparer.Ordinal));
        var verified = SyncRig.Verify(backup);
        Assert.True(verified.All(result => result.Action == SyncAction.Verified), because + ": " + string.Join("; ", verified.SelectMany(result => result.Problems)));
        Assert.Empty(FileLinks.Below(backup).Where(entry => AtomicFile.IsTemporaryName(entry.Name)).Select(entry => because + ": " + entry.FullName));
        return second;
    }

    private static async Task<List<SyncResult>> FencedAsync(string parent, string backup, string victim, string because, Func<Task<List<SyncResult>>> run)
    {
        var own = FileTree.OwnFiles(backup);
        var before = FileTree.Take(parent);
        var victimBefore = FileTree.Take(victim);
        var results = await run();
        FileTree.AssertUnharmed(before, FileTree.Take(parent), backup, own, because);
        Assert.True(victimBefore.Entries.SequenceEqual(FileTree.Take(victim).Entries), because + ": the victim folder changed");
        return results;
    }

    /// <summary>One sync of the archive's list as Sync-AstroBinImage -User drives it; with <paramref name="killAt"/>, cancelled at that request.</summary>
    private static async Task<List<SyncResult>> SyncAsync(HostileServer server, string backup, HostileArchive archive, int? killAt, bool prune, string because)
    {
        using var kill = new CancellationTokenSource();
        var requests = 0;
        archive.OnRequest = _ =>
        {
            if (Interlocked.Increment(ref requests) == killAt) kill.Cancel();
        };
        var client = new AstroBinClient(ModuleState.Current.Http.Create(AstroBinClientOptions.DefaultUserAgent, null),
            new AstroBinClientOptions(server.BaseUri, TestClients.Credentials) { MaxRetry = 0, Timeout = TimeSpan.FromSeconds(10) });
        var downloader = new ImageDownloader(ModuleState.Current.Http.CreateForDownloads("test", null), new DownloadOptions { StallTimeout = TimeSpan.FromSeconds(10), MaxRetry = 0 });
        using var sync = FolderSync.Open(backup, new SyncOptions([ImageSize.Thumb, ImageSize.Gallery], includeRevisions: true), client, downloader);
        var results = new List<SyncResult>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var complete = true;
        var work = new List<Task<SyncResult>>();
        try
        {
            await foreach (var image in client.SearchImagesAsync(new ImageQuery { User = "victim" }, PageRange.All, null, kill.Token))
            {
                if (!seen.Add(image.ImageId)) continue;
                work.Add(Guard(image.ImageId, () => sync.RunAsync(sync.Plan(image), null, null, kill.Token), because));
            }
        }
        catch (Exception error) when (error is OperationCanceledException || error is AstroBinException)
        {
            complete = false;
        }
        foreach (var task in work)
        {
            try
            {
                results.Add(await task);
            }
            catch (OperationCanceledException)
            {
                complete = false;
            }
        }
        if (!complete || kill.IsCancellationRequested) return results;
        foreach (var gone in sync.NotIn(seen))
        {
            results.Add(await Guard(gone.ImageId, () => Task.FromResult(prune ? sync.Prune(gone, DateTime.UtcNow) : sync.Keep(gone)), because));
        }
        return results;
    }

    /// <summary>A failure the module reports for one image (its own exception types) as a Failed result; anything else fails the test.</summary>
    private static async Task<SyncResult> Guard(string imageId, Func<Task<SyncResult>> run, string because)
    {
        try
        {
            return await run();
        }
        catch (Exception error) when (error is AstroBinException || error is UnsafePathException)
        {
            return new SyncResult(SyncAction.Failed, imageId, null, null, [], [error.Message]);
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            throw new Xunit.Sdk.XunitException(because + ": image '" + imageId + "' failed with a raw " + error.GetType().FullName + ": " + error.Message);
        }
    }

    private static T Pick<T>(Random random, IReadOnlyList<T> values) => values[random.Next(values.Count)];
}
