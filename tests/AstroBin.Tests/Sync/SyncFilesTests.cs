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
    public void A_manifest_path_that_leaves_the_folder_is_refused() =>
        Assert.Throws<ArgumentException>(() => SyncLayout.Full(folder, "../outside.png"));

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
        File.WriteAllText(Path.Combine(folder, "mine.part"), "not ours: not hidden");

        Assert.Equal(1, AtomicFile.DeleteLeftovers(folder));
        Assert.Equal([4], File.ReadAllBytes(path));
        Assert.True(File.Exists(Path.Combine(folder, "mine.part")));
    }

    [Fact]
    public void A_png_or_jpeg_cut_short_or_replaced_is_not_whole()
    {
        // Signature, some chunk bytes, and the IEND chunk: what the check looks at.
        byte[] png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 1, 2, 3, 4, 5, 6, 7, 8, 0, 0, 0, 0, 0x49, 0x45, 0x4E, 0x44, 0xAE, 0x42, 0x60, 0x82];
        Assert.True(Write("whole.png", png));
        Assert.False(Write("half.png", png[..(png.Length / 2)]));
        Assert.False(Write("garbled.png", [.. "{\"meta\": "u8.ToArray(), .. png]));
        Assert.True(Write("whole.jpg", [0xFF, 0xD8, 0xFF, 0xE0, 0, 0, 0xFF, 0xD9]));
        Assert.False(Write("cut.jpg", [0xFF, 0xD8, 0xFF, 0xE0, 0, 0]));
        Assert.True(Write("other.webp", [1, 2, 3]));
    }

    private bool Write(string name, byte[] bytes)
    {
        var path = Path.Combine(folder, name);
        File.WriteAllBytes(path, bytes);
        return ImageIntegrity.LooksWhole(path);
    }
}
