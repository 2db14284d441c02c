using System.Management.Automation;
using System.Net;
using System.Text.Json.Nodes;
using AstroBin.Emulator;
using AstroBin.Sync;
using AstroBin.Tests.Hostile;
using AstroBin.Tests.Secrets;
using Microsoft.AspNetCore.Http;

namespace AstroBin.Tests.Sync;

/// <summary>
/// Issue 15 items 4 to 7 from the attacker's side, through the cmdlet: a list that lies about its end, a subset
/// piped into a full backup, two runs at once, a prune of more than -MaxPrune, the attic (a kill mid-run is
/// tests/pester/Sync.Tests.ps1's, which runs the built module in a child pwsh). Each test
/// keeps the backup inside a parent folder with files of its own, and a victim folder elsewhere, and compares every
/// file under both before and after: nothing outside the backup changes, nothing inside it is lost.
/// </summary>
public sealed class SyncSafetyTests(SyncRig rig) : IClassFixture<SyncRig>, IAsyncLifetime
{
    private readonly string parent = SyncRig.NewFolder();
    private readonly string victim = SyncRig.NewFolder();
    private readonly ModuleRunspace shell = new();
    private HostileServer proxy = null!;

    /// <summary>What the proxy does to the body of the first page of a list (null: forwarded as is).</summary>
    private Func<JsonObject, JsonObject>? firstPage;

    private string Backup => Path.Combine(parent, "backup");

    public async Task InitializeAsync()
    {
        File.WriteAllText(Path.Combine(parent, "notes.txt"), "the user's own file beside the backup");
        Directory.CreateDirectory(Path.Combine(parent, "photos"));
        File.WriteAllText(Path.Combine(parent, "photos", ".keep.part"), "looks like a temporary file, is not the sync's");
        File.WriteAllText(Path.Combine(victim, "precious.txt"), "elsewhere");
        proxy = await HostileServer.StartAsync(ForwardAsync);
    }

    public async Task DisposeAsync()
    {
        shell.Dispose();
        await proxy.DisposeAsync();
        Directory.Delete(parent, recursive: true);
        Directory.Delete(victim, recursive: true);
    }

    [Theory]
    [InlineData("a shorter total_count and no next")]
    [InlineData("no next while total_count says more")]
    public async Task A_first_page_that_lies_about_the_lists_end_prunes_nothing_and_says_why(string lie)
    {
        var user = "lied_about_" + lie.Length;
        rig.Server.Data.Changes.AddImages(user, 40, revisionsEach: 0);
        await Setup(user, revisions: false);
        var before = Snapshots();

        firstPage = page =>
        {
            var meta = page["meta"]!.AsObject();
            meta["next"] = null;
            if (lie.StartsWith("a shorter", StringComparison.Ordinal)) meta["total_count"] = 25;
            return page;
        };
        var lied = Sync(proxy.BaseUri, "-User " + user + " -Size Thumb -Prune -Confirm:$false -InformationVariable told; $told.MessageData");

        Assert.Empty(Results(lied, SyncAction.Pruned));
        Assert.Empty(Results(lied, SyncAction.Gone));
        if (lie.StartsWith("a shorter", StringComparison.Ordinal))
        {
            // The page agrees with itself; the folder's earlier runs do not.
            var refused = Assert.Single(lied.Errors);
            Assert.StartsWith("AstroBinSyncPruneLimit,", refused.FullyQualifiedErrorId);
            Assert.Contains("15 of the folder's 40", Message(refused));
        }
        else
        {
            Assert.Contains(lied.Errors, error => error.FullyQualifiedErrorId.StartsWith("AstroBinPagingBroken", StringComparison.Ordinal));
            Assert.Contains(lied.Warnings, warning => warning.Contains("Not every image of the set could be read", StringComparison.Ordinal));
        }
        // The summary says how many of the folder's images the run could not tell about (0.3.0 before: none, 0 failed).
        var summary = Assert.Single(lied.Output.Select(item => item.BaseObject).OfType<SyncSummary>());
        var told = lied.Output.Select(item => item.BaseObject).OfType<SyncResult>().Count();
        Assert.Equal(40 - told, summary.NotChecked);
        Assert.True(summary.NotChecked >= 15);
        Assert.Contains(", " + summary.NotChecked + " not checked;", summary.ToString());
        AssertNothingChanged(before);
    }

    [Fact]
    public async Task A_subset_piped_into_a_user_backup_is_refused_and_with_AllowSetChange_reports_nothing_gone()
    {
        var user = "piped_subset";
        rig.Server.Data.Changes.AddImages(user, 12, revisionsEach: 0);
        await Setup(user, revisions: false);
        var before = Snapshots();

        var refused = Run(rig.Server.BaseUri, "Search-AstroBinImage -User " + user + " -First 3 | Sync-AstroBinImage -Path '" + Backup + "' -Size Thumb -Prune -Confirm:$false");

        var error = Assert.Single(refused.Errors);
        Assert.StartsWith("AstroBinSyncSetMismatch,", error.FullyQualifiedErrorId);
        Assert.Contains("'user:" + user + "' (12 image(s))", Message(error));
        Assert.Contains("-AllowSetChange", Message(error));
        Assert.Empty(refused.Output);
        AssertNothingChanged(before);

        var allowed = Run(rig.Server.BaseUri, "Search-AstroBinImage -User " + user + " -First 3 | Sync-AstroBinImage -Path '" + Backup + "' -Size Thumb -Prune -Confirm:$false -AllowSetChange");

        Assert.Empty(allowed.Errors);
        Assert.Equal(3, Results(allowed, SyncAction.Unchanged).Length);
        Assert.Empty(Results(allowed, SyncAction.Pruned));
        Assert.Empty(Results(allowed, SyncAction.Gone));
        AssertNothingLost(before);
        using (var manifest = SyncManifest.Load(Backup)) Assert.Equal("piped", manifest.Set);

        // The folder now holds a piped set of 12 whose next run has 3: 9 gone is more than 10% of 12.
        var next = Run(rig.Server.BaseUri, "Search-AstroBinImage -User " + user + " -First 3 | Sync-AstroBinImage -Path '" + Backup + "' -Size Thumb -Prune -Confirm:$false");
        Assert.StartsWith("AstroBinSyncPruneLimit,", Assert.Single(next.Errors).FullyQualifiedErrorId);
        AssertNothingLost(before);
    }

    [Fact]
    public async Task A_second_run_at_once_is_refused_before_its_clean_up_and_the_first_runs_temporary_files_stay()
    {
        var user = "two_at_once";
        rig.Server.Data.Changes.AddImages(user, 3, revisionsEach: 0);
        await Setup(user, revisions: false);
        var imageFolder = Directory.GetDirectories(Backup).First(path => !Path.GetFileName(path).StartsWith('.'));
        List<SyncResult> verified;
        using (FolderSync.Open(Backup, new SyncOptions([ImageSize.Thumb], false), null, null))
        {
            // The first run is writing a file.
            File.WriteAllText(Path.Combine(imageFolder, ".image.json.1234abcd.part"), "half written");
            var before = Snapshots();

            var second = Sync(rig.Server.BaseUri, "-User " + user + " -Size Thumb -Prune -Confirm:$false");
            var verify = Sync(rig.Server.BaseUri, "-Verify");

            foreach (var refused in new[] { second, verify })
            {
                var error = Assert.Single(refused.Errors);
                Assert.StartsWith("AstroBinSyncLocked,", error.FullyQualifiedErrorId);
                Assert.Equal(ErrorCategory.ResourceBusy, error.CategoryInfo.Category);
                Assert.Contains("process " + Environment.ProcessId + " on " + Environment.MachineName, Message(error));
                Assert.Contains("Wait for that run to end", Message(error));
                Assert.Empty(refused.Output);
            }
            AssertNothingChanged(before);
        }

        // The first run ended: the lock is free, and the next run cleans up what it left.
        verified = Sync(rig.Server.BaseUri, "-Verify").Output.Select(item => (SyncResult)item.BaseObject).ToList();
        Assert.Equal(3, verified.Count(result => result.Action == SyncAction.Verified));
        Assert.False(File.Exists(Path.Combine(imageFolder, ".image.json.1234abcd.part")));
        Assert.False(File.Exists(Path.Combine(Backup, SyncLayout.LockOwnerName)));
    }

    [Fact]
    public async Task A_prune_of_more_than_MaxPrune_is_refused_whatever_Confirm_says_and_with_Force_goes_to_an_attic_that_gives_everything_back()
    {
        var user = "mass_removal";
        var ids = rig.Server.Data.Changes.AddImages(user, 20, revisionsEach: 1);
        await Setup(user, revisions: true);
        foreach (var id in ids.Take(5)) rig.Server.Data.Changes.RemoveImage(id);
        var before = Snapshots();

        var refused = Sync(rig.Server.BaseUri, "-User " + user + " -Size Thumb -IncludeRevision -Prune -Confirm:$false");

        var error = Assert.Single(refused.Errors);
        Assert.StartsWith("AstroBinSyncPruneLimit,", error.FullyQualifiedErrorId);
        Assert.Equal(ErrorCategory.LimitsExceeded, error.CategoryInfo.Category);
        Assert.Contains("The set has 15 image(s), and 5 of the folder's 20 are not in it: more than -MaxPrune 10% allows (2)", Message(error));
        Assert.Empty(Results(refused, SyncAction.Pruned));
        AssertNothingChanged(before);

        // A limit that allows it (a count), or -Force: moved to the attic, every byte kept.
        var pruned = Sync(rig.Server.BaseUri, "-User " + user + " -Size Thumb -IncludeRevision -Prune -Confirm:$false -MaxPrune 5");

        Assert.Empty(pruned.Errors);
        Assert.Equal(ids.Take(5).Order(StringComparer.Ordinal), Results(pruned, SyncAction.Pruned));
        AssertNothingLost(before);
        Assert.Contains(pruned.Log, line => line.StartsWith("Sync of '" + Backup + "': 0 added, 0 updated, 0 repaired, 15 unchanged, 0 gone, 5 pruned, 0 failed", StringComparison.Ordinal));
        List<AtticImage> attic;
        using (var manifest = SyncManifest.Load(Backup)) attic = manifest.Attic.ToList();
        Assert.Equal(ids.Take(5).Order(StringComparer.Ordinal), attic.Select(image => image.ImageId).Order(StringComparer.Ordinal));
        // Its record, its thumbnail, its revision's record and thumbnail.
        Assert.All(attic, image => Assert.Equal(4, image.Files.Count));

        // Taking one back: its folder moved back to the top; the next sync forgets its attic entry.
        var back = attic[0];
        Directory.Move(Path.Combine(Backup, back.Folder), Path.Combine(Backup, back.FormerFolder));
        var afterRestore = Sync(rig.Server.BaseUri, "-User " + user + " -Size Thumb -IncludeRevision");
        Assert.Equal([back.ImageId], Results(afterRestore, SyncAction.Gone));
        using (var manifest = SyncManifest.Load(Backup)) Assert.Equal(4, manifest.Attic.Count);
        Assert.True(File.Exists(Path.Combine(Backup, back.FormerFolder, SyncLayout.ImageRecordName)));
        AssertNothingLost(before);

        // Emptying: -WhatIf and a date before the moves delete nothing; -Force deletes the attic only.
        Assert.Empty(Sync(rig.Server.BaseUri, "-EmptyAttic -WhatIf").Errors);
        Assert.Empty(Sync(rig.Server.BaseUri, "-EmptyAttic -Force -OlderThan ([datetime]::UtcNow.AddDays(-1))").Errors);
        AssertNothingLost(before);
        var emptied = Sync(rig.Server.BaseUri, "-EmptyAttic -Force");
        Assert.Empty(emptied.Errors);
        Assert.Contains(emptied.Log, line => line.Contains("4 image(s) deleted, 0 kept", StringComparison.Ordinal));
        Assert.False(Directory.Exists(Path.Combine(Backup, SyncLayout.AtticFolder)));
        using (var manifest = SyncManifest.Load(Backup)) Assert.Empty(manifest.Attic);
        AssertOutsideUnchanged(before);
    }

    [Fact]
    public async Task Results_come_in_the_sets_order_and_one_summary_line_ends_the_run()
    {
        var user = "ordered_log";
        var ids = rig.Server.Data.Changes.AddImages(user, 30, revisionsEach: 0);
        await Setup(user, revisions: false);
        // Some new ones among unchanged ones: the unchanged are ready at once, the new ones later.
        rig.Server.Data.Changes.ChangeImage(ids[3], null, addRevision: false);
        rig.Server.Data.Changes.ChangeImage(ids[17], null, addRevision: false);

        var run = Run(rig.Server.BaseUri, "$list = @(Search-AstroBinImage -User " + user + ").ImageId; $list; Sync-AstroBinImage -User " + user + " -Path '" + Backup + "' -Size Thumb *>&1 | ForEach-Object { $_ }");

        var listed = run.Output.Take(30).Select(item => (string)item.BaseObject).ToList();
        var results = run.Output.Skip(30).Where(item => item.BaseObject is SyncResult).Select(item => ((SyncResult)item.BaseObject).ImageId).ToList();
        Assert.Equal(listed, results);
        var told = run.Output.Skip(30).Where(item => item.BaseObject is SyncResult || item.BaseObject is InformationRecord).ToList();
        var summary = Assert.Single(told, item => item.BaseObject is InformationRecord);
        Assert.Same(told.Last(), summary);
        var counts = Assert.IsType<SyncSummary>(((InformationRecord)summary.BaseObject).MessageData);
        Assert.Equal((0, 2, 28, 0), (counts.Added, counts.Updated, counts.Unchanged, counts.Failed));
        Assert.True(counts.Bytes > 0);
    }

    [Theory]
    [InlineData(1, "1 request, ")]
    [InlineData(2, "2 requests, ")]
    [InlineData(0, "0 requests, ")]
    public void The_summary_line_says_request_or_requests_and_how_many_images_were_not_checked(long requests, string expected)
    {
        var summary = new SyncSummary("/b", 3, 0, 0, 5, 0, 0, 0, 0, requests, 1_500_000, TimeSpan.FromSeconds(2));
        Assert.Equal("Sync of '/b': 3 added, 0 updated, 0 repaired, 5 unchanged, 0 gone, 0 pruned, 0 failed; " + expected + "1.5 MB downloaded in 2.0 s",
            summary.ToString());
        var cut = new SyncSummary("/b", 0, 0, 0, 25, 0, 0, 0, 35, requests, 0, TimeSpan.FromSeconds(2));
        Assert.Equal("Sync of '/b': 0 added, 0 updated, 0 repaired, 25 unchanged, 0 gone, 0 pruned, 0 failed, 35 not checked; " + expected + "0.0 MB downloaded in 2.0 s",
            cut.ToString());
    }

    /// <summary>A first sync of the user's whole set into the backup, straight through the engine (the cmdlet's limiter allows 4 requests a second).</summary>
    private async Task Setup(string user, bool revisions)
    {
        Directory.CreateDirectory(Backup);
        var results = await rig.SyncUserAsync(Backup, user, includeRevisions: revisions, sizes: [ImageSize.Thumb]);
        Assert.All(results, result => Assert.Equal(SyncAction.Added, result.Action));
        using var sync = FolderSync.Open(Backup, new SyncOptions([ImageSize.Thumb], revisions), null, null);
        sync.WriteGallery();
    }

    private static string Message(ErrorRecord error) => error.ErrorDetails?.Message ?? error.Exception.Message;

    private ScriptRun Sync(Uri baseUri, string arguments) => Run(baseUri, "Sync-AstroBinImage -Path '" + Backup + "' " + arguments);

    private ScriptRun Run(Uri baseUri, string script) =>
        shell.Run(ModuleRunspace.UseKeyHere + script, baseUri.AbsoluteUri, EmulatorOptions.DefaultApiKey, EmulatorOptions.DefaultApiSecret);

    private static string[] Results(ScriptRun run, SyncAction action) =>
        run.Output.Select(item => item.BaseObject).OfType<SyncResult>().Where(result => result.Action == action).Select(result => result.ImageId).Order(StringComparer.Ordinal).ToArray();

    private (SortedDictionary<string, string> Parent, SortedDictionary<string, string> Victim) Snapshots() => (SyncRig.Snapshot(parent), SyncRig.Snapshot(victim));

    private void AssertNothingChanged((SortedDictionary<string, string> Parent, SortedDictionary<string, string> Victim) before)
    {
        Assert.Equal(before.Parent, SyncRig.Snapshot(parent));
        Assert.Equal(before.Victim, SyncRig.Snapshot(victim));
    }

    private void AssertOutsideUnchanged((SortedDictionary<string, string> Parent, SortedDictionary<string, string> Victim) before)
    {
        static IEnumerable<KeyValuePair<string, string>> Outside(SortedDictionary<string, string> files) => files.Where(file => !file.Key.StartsWith("backup/", StringComparison.Ordinal));
        Assert.Equal(Outside(before.Parent), Outside(SyncRig.Snapshot(parent)));
        Assert.Equal(before.Victim, SyncRig.Snapshot(victim));
    }

    /// <summary>Outside unchanged; inside, every image file of before is still there with its bytes, in place or in the attic.</summary>
    private void AssertNothingLost((SortedDictionary<string, string> Parent, SortedDictionary<string, string> Victim) before)
    {
        AssertOutsideUnchanged(before);
        var now = SyncRig.Snapshot(parent);
        var held = now.Values.ToHashSet(StringComparer.Ordinal);
        // The gallery's pages (backup/gallery/) are the run's own, rewritten from the manifest: not the user's images.
        foreach (var file in before.Parent.Where(file => file.Key.StartsWith("backup/", StringComparison.Ordinal) && file.Key.Count(c => c == '/') >= 2
            && !file.Key.StartsWith("backup/" + GalleryPage.PagesFolder + "/", StringComparison.Ordinal)))
        {
            var name = Path.GetFileName(file.Key);
            Assert.True(now.Any(entry => entry.Value == file.Value && Path.GetFileName(entry.Key) == name), "lost: " + file.Key);
        }
        Assert.NotEmpty(held);
    }

    /// <summary>Forwards to the emulator, bytes as they are, except the first page of an image list when <see cref="firstPage"/> says so.</summary>
    private async Task ForwardAsync(HttpContext context)
    {
        using var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, AutomaticDecompression = DecompressionMethods.All });
        var target = new Uri(rig.Server.BaseUri, context.Request.Path.Value + context.Request.QueryString.Value);
        using var response = await http.GetAsync(target);
        var body = await response.Content.ReadAsByteArrayAsync();
        var query = System.Web.HttpUtility.ParseQueryString(context.Request.QueryString.Value ?? string.Empty);
        if (firstPage != null && response.IsSuccessStatusCode && context.Request.Path.Value == "/api/v1/image/" && query["offset"] == "0")
        {
            body = System.Text.Encoding.UTF8.GetBytes(firstPage(JsonNode.Parse(body)!.AsObject()).ToJsonString());
        }
        context.Response.StatusCode = (int)response.StatusCode;
        if (response.Content.Headers.ContentType != null) context.Response.ContentType = response.Content.Headers.ContentType.ToString();
        if (response.Headers.Location != null) context.Response.Headers.Location = response.Headers.Location.IsAbsoluteUri ? response.Headers.Location.AbsoluteUri : response.Headers.Location.OriginalString;
        await context.Response.Body.WriteAsync(body);
    }
}
