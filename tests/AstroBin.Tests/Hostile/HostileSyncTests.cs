using System.Management.Automation;
using System.Text.Json.Nodes;
using AstroBin.Sync;
using AstroBin.Tests.Sync;
using Xunit;

namespace AstroBin.Tests.Hostile;

/// <summary>
/// Issue 15 items 1, 2, 3 and 8, from the server's side: Sync-AstroBinImage against a server that sends hostile ids,
/// titles, labels, content types and manifests, into a backup holding links to a victim folder. Every run is
/// fenced by <see cref="FileTree"/> snapshots of the backup's parent and of the victim: nothing outside the backup
/// changes, nothing inside it that is not the run's own is lost.
/// </summary>
[Collection("Session configuration")]
public sealed class HostileSyncTests : IAsyncLifetime
{
    private const string Settings = "-MaxRequestsPerSecond 1000 -MaxRetry 0";

    private readonly string parent = SyncRig.NewFolder();
    private readonly string victim = SyncRig.NewFolder();
    private readonly HostileArchive archive = new();
    private HostileServer server = null!;

    private string Backup => Path.Combine(parent, "backup");

    public async Task InitializeAsync()
    {
        server = await HostileServer.StartAsync(archive.Answer);
        // The user's own files: beside the backup, inside it, and in a folder elsewhere.
        File.WriteAllText(Path.Combine(parent, "home-file.txt"), "beside the backup");
        Directory.CreateDirectory(Path.Combine(parent, "Documents"));
        File.WriteAllText(Path.Combine(parent, "Documents", "letter.txt"), "a letter");
        Directory.CreateDirectory(Path.Combine(Backup, "my notes"));
        File.WriteAllText(Path.Combine(Backup, "my notes", "todo.txt"), "inside the backup, not its own");
        File.WriteAllText(Path.Combine(victim, "precious.jpg"), "the victim's");
        File.WriteAllText(Path.Combine(victim, ".draft.0123abcd.part"), "looks like a temporary, is the victim's");
        Directory.CreateDirectory(Path.Combine(victim, "revisions"));
        File.WriteAllText(Path.Combine(victim, "revisions", "old.png"), "the victim's too");
    }

    public async Task DisposeAsync()
    {
        await server.DisposeAsync();
        Directory.Delete(parent, recursive: true);
        Directory.Delete(victim, recursive: true);
    }

    private JsonObject List(int id, string? hash, string? title = null, params int[] revisions)
    {
        var record = archive.Image(server.Root, id, hash, title, revisions: revisions);
        archive.Listed.Add(record);
        return record;
    }

    /// <summary>Runs Sync-AstroBinImage <paramref name="arguments"/> fenced by snapshots; its output and errors.</summary>
    private ModuleRun Guarded(string arguments, string because)
    {
        var own = FileTree.OwnFiles(Backup);
        var before = FileTree.Take(parent);
        var victimBefore = FileTree.Take(victim);
        var run = TestClients.Run(server, Settings, "param($Path) Sync-AstroBinImage -Path $Path -Confirm:$false " + arguments, Backup);
        FileTree.AssertUnharmed(before, FileTree.Take(parent), Backup, own, because);
        Assert.Equal(victimBefore.Entries, FileTree.Take(victim).Entries);
        return run;
    }

    private static SyncResult[] Results(ModuleRun run) => run.Output.Select(item => (SyncResult)item.BaseObject).ToArray();

    private static string[] ErrorIds(ModuleRun run) => run.Errors.Select(error => error.FullyQualifiedErrorId.Split(',')[0]).ToArray();

    [Theory]
    [InlineData("..")]
    [InlineData(".")]
    [InlineData("")]
    [InlineData("../../x")]
    [InlineData("/tmp/abs")]
    [InlineData("abc123/..")]
    [InlineData("other1")]
    public void A_detail_record_of_another_id_is_refused_and_writes_nothing(string hash)
    {
        List(1, "abc123");
        List(2, "good22");
        // No title: 0.2.0 named the folder by the detail's hash alone, so '..' was the backup's parent, emptied after.
        // A list-driven sync writes the list's own record (no detail request): ids are where detail records are fetched.
        archive.Details["abc123"] = archive.Image(server.Root, 1, hash, title: "");

        var run = Guarded("-Size Thumb,Gallery -Id abc123, good22 -Prune", "detail hash '" + hash + "'");

        Assert.Equal(["AstroBinRecordMismatch"], ErrorIds(run));
        var results = Results(run).ToDictionary(result => result.ImageId);
        Assert.Equal(SyncAction.Failed, results["abc123"].Action);
        Assert.Equal(SyncAction.Added, results["good22"].Action);
        Assert.Equal(["good22"], SyncManifest.Load(Backup).Images.Select(image => image.ImageId));
        Assert.False(Directory.Exists(Path.Combine(Backup, "abc123 - Image 1")));
    }

    [Theory]
    [InlineData("..")]
    [InlineData(".")]
    [InlineData("../../x")]
    [InlineData("/tmp/abs")]
    [InlineData("a/b")]
    [InlineData("C:\\x")]
    [InlineData("ab\u202Ec")]
    [InlineData("AbC")]
    [InlineData("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa")]
    public void A_listed_id_that_is_no_plain_id_names_nothing(string hash)
    {
        List(1, hash);
        List(2, "good22");

        var run = Guarded("-Size Thumb,Gallery -User victim", "listed hash '" + hash + "'");

        Assert.DoesNotContain(run.Errors, error => error.Exception is not AstroBin.Api.Errors.AstroBinException && error.FullyQualifiedErrorId.StartsWith("AstroBinSyncFailed", StringComparison.Ordinal));
        Assert.All(ErrorIds(run), id => Assert.StartsWith("AstroBin", id));
        Assert.NotEmpty(run.Errors);
        Assert.Equal(["good22"], SyncManifest.Load(Backup).Images.Select(image => image.ImageId));
        Assert.Equal([GalleryPage.PagesFolder, "good22 - Image 2", "my notes"], Directory.GetDirectories(Backup).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Titles_and_labels_lose_bidi_controls_and_separators_and_never_leave_the_folder()
    {
        List(1, "abc123", "evil\u202Egpj.exe\u2028second line\u2029../../..", 11, 12, 13);
        archive.Revisions[11] = archive.Revision(server.Root, 11, "abc123", "../../x");
        archive.Revisions[12] = archive.Revision(server.Root, 12, "abc123", "..");
        archive.Revisions[13] = archive.Revision(server.Root, 13, "abc123", "B\u202E");

        var run = Guarded("-Size Thumb,Gallery -User victim -IncludeRevision", "hostile title and labels");

        Assert.Empty(run.Errors);
        Assert.Equal(SyncAction.Added, Results(run).Single().Action);
        var folder = Assert.Single(Directory.GetDirectories(Backup), path => Path.GetFileName(path) is not ("my notes" or GalleryPage.PagesFolder));
        Assert.Equal("abc123 - evilgpj.exe second line", Path.GetFileName(folder));
        Assert.Equal(["11", "12", "13"], Directory.GetDirectories(Path.Combine(folder, "revisions")).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void An_image_folder_that_is_a_link_is_refused_and_its_target_untouched()
    {
        List(1, "abc123");
        List(2, "good22");
        Directory.CreateSymbolicLink(Path.Combine(Backup, "abc123 - Image 1"), victim);

        var run = Guarded("-Size Thumb,Gallery -User victim", "image folder linked to the victim");

        var error = Assert.Single(run.Errors);
        Assert.StartsWith("AstroBinSyncLinkRefused,", error.FullyQualifiedErrorId);
        Assert.Equal(ErrorCategory.SecurityError, error.CategoryInfo.Category);
        Assert.Contains(Path.Combine(Backup, "abc123 - Image 1"), error.Exception.Message);
        Assert.Equal(SyncAction.Failed, Results(run).Single(result => result.ImageId == "abc123").Action);
    }

    [Fact]
    public void An_earlier_folder_of_the_image_that_is_a_link_is_neither_moved_nor_emptied()
    {
        List(1, "abc123", "New title");
        Directory.CreateSymbolicLink(Path.Combine(Backup, "abc123 - Old title"), victim);

        var run = Guarded("-Size Thumb,Gallery -User victim", "an earlier folder name linked to the victim");

        Assert.Equal(["AstroBinSyncLinkRefused"], ErrorIds(run));
        Assert.True(Directory.Exists(Path.Combine(Backup, "abc123 - Old title")));
    }

    [Fact]
    public void A_revisions_folder_that_is_a_link_is_refused_on_the_next_sync()
    {
        List(1, "abc123", null, 11);
        archive.Revisions[11] = archive.Revision(server.Root, 11, "abc123", "B");
        Assert.Empty(Guarded("-Size Thumb,Gallery -User victim -IncludeRevision", "first sync").Errors);
        var revisions = Path.Combine(Backup, "abc123 - Image 1", "revisions");
        Directory.Delete(revisions, recursive: true);
        Directory.CreateSymbolicLink(revisions, victim);
        archive.Listed[0]["updated"] = "2025-06-01T00:00:00";

        var run = Guarded("-Size Thumb,Gallery -User victim -IncludeRevision", "revisions folder linked to the victim");

        Assert.Equal(["AstroBinSyncLinkRefused"], ErrorIds(run));
        Assert.Contains(revisions, run.Errors[0].Exception.Message);
    }

    [Fact]
    public void The_start_up_clean_up_and_prune_never_enter_a_linked_folder()
    {
        List(1, "abc123");
        Assert.Empty(Guarded("-Size Thumb,Gallery -User victim", "first sync").Errors);
        // A link named as an image folder, with an image record in its target: looks like a killed run's leftover.
        File.WriteAllText(Path.Combine(victim, "image.json"), "{}");
        Directory.CreateSymbolicLink(Path.Combine(Backup, "zzz999 - Linked"), victim);
        Directory.CreateSymbolicLink(Path.Combine(Backup, "linked by the user"), victim);

        var run = Guarded("-Size Thumb,Gallery -User victim -Prune", "linked folders at start-up and prune");

        Assert.Empty(run.Errors);
        Assert.Equal([SyncAction.Unchanged], Results(run).Select(result => result.Action));
    }

    [Theory]
    [InlineData("image/html", "<html><script>alert(1)</script></html>")]
    [InlineData("image/xhtml", "<html xmlns='http://www.w3.org/1999/xhtml'><script/></html>")]
    [InlineData("image/svg+xml", "<svg xmlns='http://www.w3.org/2000/svg'><script>alert(1)</script></svg>")]
    [InlineData("image/hta", "<hta:application/>")]
    [InlineData("image/exe", "MZ")]
    [InlineData("image/js", "alert(1)")]
    [InlineData("image/desktop", "[Desktop Entry]")]
    [InlineData("text/html", "<html></html>")]
    [InlineData("image/png", "<html><script>alert(1)</script></html>")]
    [InlineData("image/png; name=../../x", "<svg/>")]
    public void A_file_that_is_not_an_allowed_image_by_type_and_bytes_is_refused(string contentType, string body)
    {
        List(1, "abc123");
        archive.Files["f1_thumb"] = (contentType, System.Text.Encoding.UTF8.GetBytes(body));

        var run = Guarded("-Size Thumb,Gallery -User victim", "content type '" + contentType + "'");

        var error = Assert.Single(run.Errors);
        Assert.StartsWith("AstroBinNotAnImage,", error.FullyQualifiedErrorId);
        Assert.Contains(contentType, error.Exception.Message);
        Assert.DoesNotContain("no content type", error.Exception.Message);
        Assert.Equal(SyncAction.Failed, Results(run).Single().Action);
        Assert.All(Directory.EnumerateFiles(Backup, "*", SearchOption.AllDirectories),
            path => Assert.Contains(Path.GetExtension(path), new[] { ".png", ".json", ".html", ".txt", ".lock", ".lock-owner", ".journal" }));
    }

    [Fact]
    public void A_content_type_with_a_hostile_parameter_is_read_as_its_media_type()
    {
        List(1, "abc123");
        archive.Files["f1_thumb"] = ("image/png; name=../../x", HostileArchive.Png);

        var run = Guarded("-Size Thumb,Gallery -User victim", "a parameter naming a path");

        Assert.Empty(run.Errors);
        Assert.True(File.Exists(Path.Combine(Backup, "abc123 - Image 1", "abc123_thumb.png")));
    }

    [Theory]
    [InlineData("../outside")]
    [InlineData("..")]
    [InlineData("my notes")]
    [InlineData("good22 - Image 2")]
    public void A_manifest_edited_to_point_elsewhere_ends_in_an_error_id_in_sync_prune_and_verify(string folder)
    {
        List(1, "abc123");
        List(2, "good22");
        Directory.CreateDirectory(Path.Combine(parent, "outside"));
        File.WriteAllText(Path.Combine(parent, "outside", "abc123_thumb.png"), "not the backup's");
        Assert.Empty(Guarded("-Size Thumb,Gallery -User victim", "first sync").Errors);
        var manifest = Path.Combine(Backup, SyncLayout.ManifestName);
        var text = File.ReadAllText(manifest).Replace("\"abc123 - Image 1", "\"" + folder.Replace("\\", "\\\\"));
        File.WriteAllText(manifest, text);

        var verify = Guarded("-Verify", "verify, manifest pointing at '" + folder + "'");
        Assert.Equal(["AstroBinSyncManifestUnsafe"], ErrorIds(verify));
        Assert.Equal(System.Management.Automation.ErrorCategory.InvalidData, verify.Errors[0].CategoryInfo.Category);
        Assert.Equal([("good22", SyncAction.Verified)], Results(verify).Select(result => (result.ImageId, result.Action)));

        archive.Listed.RemoveAt(0);
        var prune = Guarded("-Size Thumb,Gallery -User victim -Prune", "prune, manifest pointing at '" + folder + "'");
        Assert.Equal(["AstroBinSyncManifestUnsafe"], ErrorIds(prune));
        Assert.Equal([("good22", SyncAction.Unchanged)], Results(prune).Select(result => (result.ImageId, result.Action)));
        Assert.True(File.Exists(Path.Combine(Backup, "abc123 - Image 1", "abc123_thumb.png")), "the folder of a refused entry is not pruned");
    }
}
