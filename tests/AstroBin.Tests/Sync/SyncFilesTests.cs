using AstroBin.Files;
using AstroBin.Sync;

namespace AstroBin.Tests.Sync;

/// <summary>The plain parts of a sync: names, the manifest's bytes, atomic writes, whole-image checks.</summary>
public sealed class SyncFilesTests : IDisposable
{
    private readonly string folder = SyncRig.NewFolder();

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Theory]
    [InlineData("M 31 in LRGB", "abc123 - M 31 in LRGB")]
    [InlineData("a/b\\c:d*e?f\"g<h>i|j", "abc123 - a b c d e f g h i j")]
    [InlineData("  tabs\tand\nnewlines  ", "abc123 - tabs and newlines")]
    [InlineData("ends with dots...", "abc123 - ends with dots")]
    [InlineData("", "abc123")]
    [InlineData(null, "abc123")]
    [InlineData("../../etc", "abc123 - .. .. etc")]
    [InlineData("evil\u202Egpj.exe", "abc123 - evilgpj.exe")]
    [InlineData("two\u2028lines\u2029here\u200Fx\u2066y\u200Ez", "abc123 - two lines herexyz")]
    [InlineData("\u202A\u202B\u202C\u202D\u2067\u2068\u2069\uFEFF", "abc123")]
    public void An_image_folder_is_named_by_id_and_a_safe_title(string? title, string expected) =>
        Assert.Equal(expected, SyncLayout.ImageFolderName("abc123", title));

    [Fact]
    public void A_long_title_is_cut_without_splitting_a_surrogate_pair()
    {
        var title = new string('x', SyncLayout.MaxTitleLength - 1) + "\U0001F30C" + "tail";
        var name = SyncLayout.ImageFolderName("abc123", title);
        Assert.Equal("abc123 - " + new string('x', SyncLayout.MaxTitleLength - 1), name);
    }

    [Theory]
    [InlineData("B", 7, "B")]
    [InlineData("../x", 7, "7")]
    [InlineData(null, 12, "12")]
    public void A_revision_folder_is_its_label_or_its_number(string? label, int number, string expected) =>
        Assert.Equal(expected, SyncLayout.RevisionFolderName(label, number));

    [Fact]
    public void The_manifest_reads_back_what_it_wrote_and_the_same_state_gives_the_same_bytes()
    {
        var file = new ManifestFile("abc123/abc123_thumb.png", 42, new string('a', 64), "http://127.0.0.1/abc123/0/rawthumb/thumb/", ImageSize.Thumb);
        var record = new ManifestFile("abc123/image.json", 7, new string('b', 64), "http://127.0.0.1/api/v1/image/abc123/", null, damaged: true);
        var image = new ManifestImage("abc123", "Title", new DateTime(2024, 5, 6, 7, 8, 9, DateTimeKind.Utc), "abc123", ["/api/v1/imagerevision/5/"],
            [ImageSize.Thumb, ImageSize.Real], true, [file, record]);
        using (var manifest = SyncManifest.Load(folder)) manifest.Save(image);
        var first = File.ReadAllBytes(Path.Combine(folder, SyncLayout.ManifestName));

        var read = SyncManifest.Load(folder).Find("abc123")!;
        using (var manifest = SyncManifest.Load(folder)) manifest.Save(read);

        Assert.Equal(first, File.ReadAllBytes(Path.Combine(folder, SyncLayout.ManifestName)));
        Assert.Equal(image.Updated, read.Updated);
        Assert.Equal(["abc123/abc123_thumb.png", "abc123/image.json"], read.Files.Select(item => item.Path));
        Assert.True(read.Files[1].Damaged);
        Assert.Null(read.Files[1].Size);
        Assert.Equal(ImageSize.Thumb, read.Files[0].Size);
        Assert.Empty(Directory.EnumerateFiles(folder, "*.part", SearchOption.AllDirectories));
    }

    [Fact]
    public void A_run_writes_one_journal_line_an_image_and_a_killed_runs_journal_is_folded_by_the_next_open_except_a_line_cut_short()
    {
        var images = Enumerable.Range(0, 50).Select(i => new ManifestImage("img" + i.ToString("D3"), "Title " + i, null, "img" + i.ToString("D3"), [], [ImageSize.Thumb], false,
            [new ManifestFile("img" + i.ToString("D3") + "/image.json", 10, new string('c', 64), "http://127.0.0.1/api/v1/image/x/", null)])).ToList();
        // A run killed before its end: nothing folded it.
        var killed = SyncManifest.Load(folder);
        foreach (var image in images) killed.Save(image);
        killed.Forget("img000");
        var journal = Path.Combine(folder, SyncLayout.JournalName);
        var manifestPath = Path.Combine(folder, SyncLayout.ManifestName);
        Assert.False(File.Exists(manifestPath));
        Assert.Equal(51, File.ReadAllLines(journal).Length);
        // Linear: each image costs one line of about its own size, not the whole manifest again.
        Assert.InRange(killed.BytesWritten, 50 * 150, 50 * 400);
        // The kill came while a line was being written.
        File.AppendAllText(journal, "{\"op\":\"save\",\"image\":{\"id\":\"img9");

        using (var reopened = SyncManifest.Load(folder))
        {
            Assert.Equal(49, reopened.Images.Count);
            Assert.Null(reopened.Find("img000"));
            Assert.NotNull(reopened.Find("img049"));
        }
        Assert.False(File.Exists(journal));
        var folded = File.ReadAllBytes(manifestPath);

        // The same state written in one go gives the same bytes.
        File.Delete(manifestPath);
        using (var again = SyncManifest.Load(folder)) again.SaveAll(images.Skip(1));
        Assert.Equal(folded, File.ReadAllBytes(manifestPath));
    }

    [Fact]
    public void A_journal_with_an_unreadable_line_before_its_last_is_refused_not_misread()
    {
        File.WriteAllText(Path.Combine(folder, SyncLayout.JournalName), "not json\n{\"op\":\"forget\",\"id\":\"a\"}\n");
        Assert.Throws<InvalidDataException>(() => SyncManifest.Load(folder));
    }

    [Theory]
    [InlineData("{\"format\": 2, \"images\": []}")]
    [InlineData("{\"format\": 1, \"images\": [{\"id\": \"x\"}]}")]
    [InlineData("not json")]
    public void A_manifest_that_cannot_be_read_is_refused_not_misread(string text)
    {
        File.WriteAllText(Path.Combine(folder, SyncLayout.ManifestName), text);
        Assert.Throws<InvalidDataException>(() => SyncManifest.Load(folder));
    }

    [Fact]
    public void An_atomic_write_replaces_the_file_and_leftovers_of_a_killed_run_are_deleted()
    {
        var path = Path.Combine(folder, "a.json");
        AtomicFile.Write(path, [1, 2, 3]);
        AtomicFile.Write(path, [4]);
        Directory.CreateDirectory(Path.Combine(folder, "sub"));
        File.WriteAllText(Path.Combine(folder, "sub", ".abc123_thumb.png.1234abcd.part"), "half");
        File.WriteAllText(Path.Combine(folder, "index.html.tmp"), "0.2.0's gallery temporary");
        File.WriteAllText(Path.Combine(folder, "mine.part"), "not ours: not hidden");
        File.WriteAllText(Path.Combine(folder, ".notes.part"), "not ours: no random part");
        File.WriteAllText(Path.Combine(folder, "sub", "index.html.tmp"), "not ours: not at the top");

        Assert.Equal(2, AtomicFile.DeleteLeftovers(folder));
        Assert.Equal([4], File.ReadAllBytes(path));
        Assert.Equal([".notes.part", "a.json", "mine.part", "sub/index.html.tmp"], SyncRig.Snapshot(folder).Keys.ToArray());
    }

    [Fact]
    public void An_atomic_write_that_is_not_committed_leaves_the_old_file_and_no_temporary()
    {
        var path = Path.Combine(folder, "a.json");
        AtomicFile.Write(path, [1, 2, 3]);
        using (var pending = AtomicFile.Create(path, useAsync: false))
        {
            pending.Stream.Write([9, 9]);
            Assert.True(AtomicFile.IsTemporaryName(Path.GetFileName(pending.TemporaryPath)));
        }
        Assert.Equal([1, 2, 3], File.ReadAllBytes(path));
        Assert.Equal(["a.json"], SyncRig.Snapshot(folder).Keys.ToArray());
    }

    [Fact]
    public void An_atomic_write_over_a_link_replaces_the_link_and_leaves_its_target_alone()
    {
        var victim = Path.Combine(SyncRig.NewFolder(), "victim.txt");
        try
        {
            File.WriteAllText(victim, "the user's");
            var path = Path.Combine(folder, "index.html");
            File.CreateSymbolicLink(path, victim);
            AtomicFile.Write(path, [1]);
            Assert.Equal("the user's", File.ReadAllText(victim));
            Assert.False(FileLinks.IsLink(path));
            Assert.Equal([1], File.ReadAllBytes(path));
        }
        finally
        {
            Directory.Delete(Path.GetDirectoryName(victim)!, recursive: true);
        }
    }

    [Theory]
    [InlineData("")]
    [InlineData(".")]
    [InlineData("..")]
    [InlineData("../../x")]
    [InlineData("/abs")]
    [InlineData("a/b")]
    [InlineData("C:\\x")]
    [InlineData("ABC")]
    [InlineData("abc\u202E")]
    [InlineData("\uFF0E\uFF0E")]
    [InlineData("abc\u0000")]
    public void An_image_id_that_is_no_plain_id_names_no_folder(string id)
    {
        var refused = Assert.Throws<UnsafePathException>(() => SyncLayout.ImageFolderName(id, "title"));
        Assert.Equal(UnsafePathKind.ServerName, refused.Kind);
        Assert.Throws<UnsafePathException>(() => SyncLayout.ImageFolderName(new string('a', 33), null));
    }

    [Theory]
    [InlineData("..")]
    [InlineData(".")]
    [InlineData("")]
    [InlineData("a/../..")]
    [InlineData("../sibling")]
    [InlineData("/etc")]
    [InlineData("../outside.png")]
    public void A_manifest_path_that_leaves_the_folder_is_refused(string relative)
    {
        Assert.False(SyncLayout.IsContained(folder, relative));
        Assert.Equal(UnsafePathKind.ManifestPath, Assert.Throws<UnsafePathException>(() => SyncLayout.Full(folder, relative)).Kind);
    }

    [Fact]
    public void A_link_on_the_way_is_refused_and_named()
    {
        var elsewhere = SyncRig.NewFolder();
        try
        {
            Directory.CreateSymbolicLink(Path.Combine(folder, "abc123"), elsewhere);
            var refused = Assert.Throws<UnsafePathException>(() => ContainedPath.RefuseLinks(folder, Path.Combine(folder, "abc123", "revisions", "B")));
            Assert.Equal(UnsafePathKind.Link, refused.Kind);
            Assert.Contains(Path.Combine(folder, "abc123"), refused.Message);
            Assert.Equal(Path.Combine(folder, "abc123"), FileLinks.FirstLinkIn(Path.Combine(folder, "abc123")));
            ContainedPath.RefuseLinks(folder, Path.Combine(folder, "other", "new"));
        }
        finally
        {
            Directory.Delete(elsewhere, recursive: true);
        }
    }
}
