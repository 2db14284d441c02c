using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using AstroBin.Api;
using AstroBin.Api.Queries;
using AstroBin.Emulator;
using AstroBin.Sync;
using Xunit.Abstractions;

namespace AstroBin.Tests.Sync;

/// <summary>Issue 12's "done when" list for the sync engine, end to end against the emulator, one user per test.</summary>
public sealed class FolderSyncTests(SyncRig rig, ITestOutputHelper output) : IClassFixture<SyncRig>, IDisposable
{
    private readonly List<string> folders = [];

    public void Dispose()
    {
        foreach (var folder in folders) Directory.Delete(folder, recursive: true);
    }

    private string NewFolder()
    {
        var folder = SyncRig.NewFolder();
        folders.Add(folder);
        return folder;
    }

    [Fact]
    public async Task The_first_sync_of_a_60_image_user_has_every_file_and_the_second_makes_only_list_requests()
    {
        var ids = rig.Server.Data.Changes.AddImages("sixty_images", 60, revisionsEach: 1);
        var folder = NewFolder();

        var before = rig.Counts;
        var first = await rig.SyncUserAsync(folder, "sixty_images");
        var afterFirst = rig.Counts;

        Assert.Equal(60, first.Count);
        Assert.All(first, result => Assert.Equal(SyncAction.Added, result.Action));
        Assert.Equal(ids.Order(StringComparer.Ordinal), first.Select(result => result.ImageId).Order(StringComparer.Ordinal));
        // Per image: its record, its revision's record, two sizes of each.
        Assert.All(first, result => Assert.Equal(6, result.Files.Count));
        Assert.Equal(60 + 60, afterFirst.Detail - before.Detail);
        Assert.Equal(60 * 4 * 2, afterFirst.File - before.File);

        // Every file the manifest lists is on disk with its hash; nothing else is there but the manifest.
        using var manifest = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(folder, SyncLayout.ManifestName)));
        var listed = manifest.RootElement.GetProperty("images").EnumerateArray().SelectMany(image => image.GetProperty("files").EnumerateArray()).ToList();
        Assert.Equal(360, listed.Count);
        foreach (var file in listed)
        {
            var bytes = File.ReadAllBytes(Path.Combine(folder, file.GetProperty("path").GetString()!));
            Assert.Equal(file.GetProperty("bytes").GetInt64(), bytes.LongLength);
            Assert.Equal(file.GetProperty("sha256").GetString(), Convert.ToHexString(SHA256.HashData(bytes)).ToLowerInvariant());
        }
        // The 360 files, the manifest and the (empty) lock file; the journal was folded into the manifest.
        Assert.Equal(362, SyncRig.Snapshot(folder).Count);
        Assert.Equal(0, new FileInfo(Path.Combine(folder, SyncLayout.LockName)).Length);
        Assert.False(File.Exists(Path.Combine(folder, SyncLayout.JournalName)));
        Assert.All(SyncRig.Verify(folder), result => Assert.Equal(SyncAction.Verified, result.Action));

        var second = await rig.SyncUserAsync(folder, "sixty_images");
        var afterSecond = rig.Counts;

        Assert.All(second, result => Assert.Equal(SyncAction.Unchanged, result.Action));
        Assert.Equal(60, second.Count);
        Assert.Equal(0, afterSecond.Detail - afterFirst.Detail);
        Assert.Equal(0, afterSecond.File - afterFirst.File);
        Assert.Equal(3, afterSecond.List - afterFirst.List);
    }

    [Fact]
    public async Task Records_are_the_servers_bytes_and_never_hold_the_key_pair()
    {
        var id = rig.Server.Data.Changes.AddImages("record_keeper", 1, revisionsEach: 1)[0];
        var folder = NewFolder();

        await rig.SyncUserAsync(folder, "record_keeper");

        var record = File.ReadAllBytes(Path.Combine(folder, SyncLayout.ImageFolderName(id, "record_keeper image 1"), SyncLayout.ImageRecordName));
        using var http = new HttpClient();
        var served = await http.GetByteArrayAsync(new Uri(rig.Server.BaseUri, $"image/{id}/?format=json&api_key={EmulatorOptions.DefaultApiKey}&api_secret={EmulatorOptions.DefaultApiSecret}"));
        Assert.Equal(served, record);
        foreach (var path in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories))
        {
            var text = Encoding.UTF8.GetString(File.ReadAllBytes(path));
            Assert.DoesNotContain(EmulatorOptions.DefaultApiKey, text);
            Assert.DoesNotContain(EmulatorOptions.DefaultApiSecret, text);
            Assert.DoesNotContain("api_key", text);
        }
    }

    [Fact]
    public async Task A_listed_images_record_is_its_detail_record_byte_for_byte_and_costs_no_request()
    {
        var id = rig.Server.Data.Changes.AddImages("list_record_keeper", 3, revisionsEach: 0)[1];
        var client = rig.CreateClient();
        Image? listed = null;
        await foreach (var image in client.SearchImagesAsync(new ImageQuery { User = "list_record_keeper" }, PageRange.All, null, CancellationToken.None))
        {
            if (image.ImageId == id) listed = image;
        }
        var before = rig.Counts;

        var record = client.ListedRecordOf(listed!)!;

        Assert.Equal(before, rig.Counts);
        using var http = new HttpClient();
        var served = await http.GetByteArrayAsync(new Uri(rig.Server.BaseUri, $"image/{id}/?format=json&api_key={EmulatorOptions.DefaultApiKey}&api_secret={EmulatorOptions.DefaultApiSecret}"));
        Assert.Equal(served, record.Body);
        Assert.Same(listed, record.Value);
        Assert.Equal(new Uri(rig.Server.BaseUri, "image/" + id + "/").AbsoluteUri, record.Source);
        var text = Encoding.UTF8.GetString(record.Body);
        Assert.DoesNotContain(EmulatorOptions.DefaultApiKey, text);
        Assert.DoesNotContain(EmulatorOptions.DefaultApiSecret, text);
    }

    [Fact]
    public async Task An_image_not_read_from_a_list_has_no_listed_record()
    {
        var id = rig.Server.Data.Changes.AddImages("detail_only", 1, revisionsEach: 0)[0];
        var client = rig.CreateClient();

        var image = await client.GetImageAsync(id, CancellationToken.None);

        Assert.Null(client.ListedRecordOf(image));
    }

    [Fact]
    public async Task Three_changed_two_added_one_removed_are_reported_exactly_and_prune_moves_the_removed_one_to_the_attic()
    {
        var ids = rig.Server.Data.Changes.AddImages("changing_user", 10, revisionsEach: 1);
        var folder = NewFolder();
        await rig.SyncUserAsync(folder, "changing_user");
        var removedFolder = Directory.GetDirectories(folder, ids[9] + " - *").Single();

        rig.Server.Data.Changes.ChangeImage(ids[0], "A new title", addRevision: false);
        rig.Server.Data.Changes.ChangeImage(ids[1], null, addRevision: true);
        rig.Server.Data.Changes.ChangeImage(ids[2], null, addRevision: false);
        var added = rig.Server.Data.Changes.AddImages("changing_user", 2, revisionsEach: 0);
        rig.Server.Data.Changes.RemoveImage(ids[9]);

        var results = await rig.SyncUserAsync(folder, "changing_user");

        Assert.Equal(new[] { ids[0], ids[1], ids[2] }.Order(StringComparer.Ordinal), Ids(results, SyncAction.Updated));
        Assert.Equal(added.Order(StringComparer.Ordinal), Ids(results, SyncAction.Added));
        Assert.Equal([ids[9]], Ids(results, SyncAction.Gone));
        Assert.Equal(6, Ids(results, SyncAction.Unchanged).Length);
        // A new title renames the folder; a new revision brings its files.
        Assert.Equal(Path.Combine(folder, ids[0] + " - A new title"), results.Single(result => result.ImageId == ids[0]).Folder);
        Assert.Single(Directory.GetDirectories(folder, ids[0] + "*"));
        Assert.Equal(2, Directory.GetDirectories(Path.Combine(results.Single(result => result.ImageId == ids[1]).Folder!, SyncLayout.RevisionsFolder)).Length);
        // Without -Prune the gone image is reported and kept.
        Assert.True(Directory.Exists(removedFolder));

        var pruned = await rig.SyncUserAsync(folder, "changing_user", prune: true);

        Assert.Equal([ids[9]], Ids(pruned, SyncAction.Pruned));
        Assert.Equal(11, Ids(pruned, SyncAction.Unchanged).Length);
        Assert.False(Directory.Exists(removedFolder));
        var manifest = SyncManifestOf(folder);
        Assert.Null(manifest.Find(ids[9]));
        // Nothing deleted: the folder is in the attic, listed with its files, which are the same bytes.
        var attic = Assert.Single(manifest.Attic);
        Assert.Equal(ids[9], attic.ImageId);
        Assert.Equal(Path.GetFileName(removedFolder), attic.FormerFolder);
        Assert.Equal(SyncLayout.AtticFolder + "/" + DateTime.UtcNow.ToString("yyyy-MM-dd") + "/" + Path.GetFileName(removedFolder), attic.Folder);
        Assert.Equal(pruned.Single(result => result.Action == SyncAction.Pruned).Folder, Path.Combine(folder, attic.Folder));
        Assert.All(attic.Files, file => Assert.Equal(FileCheck.Intact, file.Check(folder, hash: true)));
        // Its record, two sizes, its revision's record and two sizes.
        Assert.Equal(6, attic.Files.Count);
        Assert.Empty(await rig.SyncUserAsync(folder, "changing_user").ContinueWith(task => task.Result.Where(result => result.Action != SyncAction.Unchanged).ToList()));
    }

    [Fact]
    public async Task A_file_corrupted_on_disk_is_found_by_verify_and_repaired_by_the_next_sync_from_its_own_address()
    {
        rig.Server.Data.Changes.AddImages("careless_disk", 3, revisionsEach: 1);
        var folder = NewFolder();
        await rig.SyncUserAsync(folder, "careless_disk");
        var reference = SyncRig.Snapshot(folder);
        var victim = Directory.EnumerateFiles(folder, "*_gallery.png", SearchOption.AllDirectories).First();
        var bytes = File.ReadAllBytes(victim);
        bytes[bytes.Length / 2] ^= 0xFF; // same length: only the hash can tell
        File.WriteAllBytes(victim, bytes);
        var missing = Directory.EnumerateFiles(folder, "*_thumb.png", SearchOption.AllDirectories).Last();
        File.Delete(missing);

        var verified = SyncRig.Verify(folder);

        var damaged = verified.Where(result => result.Action == SyncAction.Damaged).SelectMany(result => result.Problems).Order().ToList();
        Assert.Equal(new[] { Path.GetRelativePath(folder, victim) + ": changed on disk", Path.GetRelativePath(folder, missing) + ": missing" }.Order(), damaged);
        Assert.Equal(3 - verified.Count(result => result.Action == SyncAction.Verified), verified.Count(result => result.Action == SyncAction.Damaged));

        var before = rig.Counts;
        var repaired = await rig.SyncUserAsync(folder, "careless_disk");
        var after = rig.Counts;

        Assert.Equal(verified.Where(result => result.Action == SyncAction.Damaged).Select(result => result.ImageId).Order(), Ids(repaired, SyncAction.Repaired));
        Assert.Equal(0, after.Detail - before.Detail);
        Assert.Equal(2 * 2, after.File - before.File);
        Assert.Equal(reference, SyncRig.Snapshot(folder));
        Assert.All(SyncRig.Verify(folder), result => Assert.Equal(SyncAction.Verified, result.Action));
    }

    [Fact]
    public async Task Under_20_percent_injected_faults_the_folder_ends_as_without_faults()
    {
        rig.Server.Data.Changes.AddImages("flaky_network", 20, revisionsEach: 1);
        var reference = NewFolder();
        await rig.SyncUserAsync(reference, "flaky_network", sizes: [ImageSize.Thumb]);
        var folder = NewFolder();

        rig.Faults.Rate = 0.2;
        rig.Timeout = TimeSpan.FromSeconds(1);
        var runs = 0;
        List<SyncResult> results;
        try
        {
            // Record requests are retried by the client; a failed image is fetched again by the next run.
            do
            {
                results = await rig.SyncUserAsync(folder, "flaky_network", sizes: [ImageSize.Thumb]);
                runs++;
            }
            while (results.Any(result => result.Action == SyncAction.Failed) && runs < 40);
        }
        finally
        {
            rig.Faults.Rate = 0;
            rig.Timeout = TimeSpan.FromSeconds(10);
        }

        // An image whose file could not be fetched (after the retries there are) waits for the next run.
        output.WriteLine(runs + " run(s), " + rig.Server.Traffic.Snapshot().Faults + " faults injected in all");
        Assert.DoesNotContain(results, result => result.Action == SyncAction.Failed);
        Assert.True(rig.Server.Traffic.Snapshot().Faults > 0);
        Assert.Equal(SyncRig.Snapshot(reference), SyncRig.Snapshot(folder));
        Assert.Empty(Directory.EnumerateFiles(folder, "*.part", SearchOption.AllDirectories));
    }

    [Fact]
    public async Task Updating_an_image_keeps_what_the_user_put_in_its_folder_and_a_new_title_takes_it_along()
    {
        var ids = rig.Server.Data.Changes.AddImages("annotating_user", 2, revisionsEach: 1);
        var folder = NewFolder();
        await rig.SyncUserAsync(folder, "annotating_user", sizes: [ImageSize.Thumb, ImageSize.Gallery]);
        var imageFolder = Directory.GetDirectories(folder, ids[0] + " - *").Single();
        var revisionFolder = Directory.GetDirectories(Path.Combine(imageFolder, SyncLayout.RevisionsFolder)).Single();
        File.WriteAllText(Path.Combine(imageFolder, "my-edit.txt"), "the user's");
        File.WriteAllText(Path.Combine(revisionFolder, "my-rev-note.txt"), "the user's");
        Directory.CreateDirectory(Path.Combine(imageFolder, "processing"));
        File.WriteAllText(Path.Combine(imageFolder, "processing", "stack.tif"), "the user's");
        var other = Directory.GetDirectories(folder, ids[1] + " - *").Single();
        File.WriteAllText(Path.Combine(other, "notes.md"), "the user's too");

        // Only the date changes for one; the other gets a new title (a new folder name) and a revision.
        rig.Server.Data.Changes.ChangeImage(ids[0], TitleOf(imageFolder, ids[0]), addRevision: false);
        rig.Server.Data.Changes.ChangeImage(ids[1], "A brand new title", addRevision: true);
        var results = await rig.SyncUserAsync(folder, "annotating_user", sizes: [ImageSize.Thumb, ImageSize.Gallery]);

        Assert.All(results, result => Assert.Equal(SyncAction.Updated, result.Action));
        // 0.3.0 before this fix: every file the manifest did not list was deleted by the update.
        Assert.Equal("the user's", File.ReadAllText(Path.Combine(imageFolder, "my-edit.txt")));
        Assert.Equal("the user's", File.ReadAllText(Path.Combine(imageFolder, "processing", "stack.tif")));
        Assert.Equal("the user's", File.ReadAllText(Path.Combine(revisionFolder, "my-rev-note.txt")));
        var renamed = Directory.GetDirectories(folder, ids[1] + " - *").Single();
        Assert.EndsWith("A brand new title", renamed, StringComparison.Ordinal);
        Assert.Equal("the user's too", File.ReadAllText(Path.Combine(renamed, "notes.md")));
        Assert.All(SyncRig.Verify(folder), result => Assert.Equal(SyncAction.Verified, result.Action));
    }

    [Fact]
    public async Task An_earlier_folder_of_an_image_gives_its_user_files_to_the_current_one_and_its_own_files_go()
    {
        var id = rig.Server.Data.Changes.AddImages("two_folders", 1, revisionsEach: 0)[0];
        var folder = NewFolder();
        await rig.SyncUserAsync(folder, "two_folders", sizes: [ImageSize.Thumb]);
        var current = Directory.GetDirectories(folder, id + " - *").Single();
        // What a run killed between a rename and the manifest's write can leave: the image under an earlier name too.
        var earlier = Directory.CreateDirectory(Path.Combine(folder, id + " - Old title")).FullName;
        File.Copy(Path.Combine(current, SyncLayout.ImageRecordName), Path.Combine(earlier, SyncLayout.ImageRecordName));
        File.WriteAllText(Path.Combine(earlier, id + "_thumb.png"), "stale");
        File.WriteAllText(Path.Combine(earlier, "kept.txt"), "the user's");
        rig.Server.Data.Changes.ChangeImage(id, TitleOf(current, id), addRevision: false);

        await rig.SyncUserAsync(folder, "two_folders", sizes: [ImageSize.Thumb]);

        Assert.False(Directory.Exists(earlier));
        Assert.Equal("the user's", File.ReadAllText(Path.Combine(current, "kept.txt")));
        Assert.False(File.Exists(Path.Combine(current, id + "_thumb.png")) && File.ReadAllText(Path.Combine(current, id + "_thumb.png")) == "stale");
    }

    /// <summary>The title an image's folder is named by ("&lt;id&gt; - &lt;title&gt;"), to change an image without renaming its folder.</summary>
    private static string TitleOf(string imageFolder, string id) => Path.GetFileName(imageFolder).Substring(id.Length + " - ".Length);

    [Fact]
    public async Task A_folder_left_by_a_run_killed_while_pruning_is_reported_and_moved_to_the_attic_and_the_users_own_folders_are_not()
    {
        var ids = rig.Server.Data.Changes.AddImages("half_pruned", 2, revisionsEach: 0);
        var folder = NewFolder();
        await rig.SyncUserAsync(folder, "half_pruned");
        // What a kill between the manifest's write and the folder's deletion leaves: a folder the manifest forgot.
        var orphan = Directory.CreateDirectory(Path.Combine(folder, "zz0000 - Deleted on AstroBin")).FullName;
        File.WriteAllText(Path.Combine(orphan, SyncLayout.ImageRecordName), "{}");
        var mine = Directory.CreateDirectory(Path.Combine(folder, "My notes")).FullName;
        var alsoMine = Directory.CreateDirectory(Path.Combine(folder, "zz1111 - no record inside")).FullName;

        var kept = await rig.SyncUserAsync(folder, "half_pruned");
        var pruned = await rig.SyncUserAsync(folder, "half_pruned", prune: true);

        Assert.Equal(["zz0000"], Ids(kept, SyncAction.Gone));
        Assert.Equal(["zz0000"], Ids(pruned, SyncAction.Pruned));
        Assert.Equal(ids.Order(StringComparer.Ordinal), Ids(pruned, SyncAction.Unchanged));
        Assert.False(Directory.Exists(orphan));
        Assert.True(Directory.Exists(mine));
        Assert.True(Directory.Exists(alsoMine));
    }

    [Fact]
    public async Task The_gallery_gets_each_image_with_its_record_and_the_thumbnail_and_largest_file_of_its_final_version()
    {
        var id = rig.Server.Data.Changes.AddImages("gallery_owner", 1, revisionsEach: 1)[0];
        var folder = NewFolder();
        await rig.SyncUserAsync(folder, "gallery_owner", sizes: [ImageSize.Thumb, ImageSize.Gallery, ImageSize.Regular]);

        var entry = Assert.Single(SyncGallery.Set(folder, SyncManifest.Load(folder)).Entries);

        var image = rig.Server.Data.FindImageByHash(id)!;
        var name = SyncLayout.ImageFolderName(id, image.Title);
        Assert.Equal(id, entry.ImageId);
        Assert.Equal(image.Title, entry.Title);
        Assert.Equal(image.Uploaded, entry.Uploaded);
        // The image's revision B is final (is_final false on the image): its files are the ones shown.
        Assert.Equal("B", entry.FinalRevision);
        Assert.Equal(name + "/revisions/B/" + id + "_gallery.png", entry.ThumbnailPath);
        Assert.Equal(name + "/revisions/B/" + id + "_regular.png", entry.FullSizePath);
        Assert.Equal("https://www.astrobin.com/" + id + "/", entry.PageUrl);
    }

    private static SyncManifest SyncManifestOf(string folder) => SyncManifest.Load(folder);

    private static string[] Ids(IEnumerable<SyncResult> results, SyncAction action) =>
        results.Where(result => result.Action == action).Select(result => result.ImageId).Order(StringComparer.Ordinal).ToArray();
}
