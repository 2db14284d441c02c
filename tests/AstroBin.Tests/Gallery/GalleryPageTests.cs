using System.Text;
using AstroBin.Files;
using AstroBin.Sync;
using AstroBin.Tests.Sync;

namespace AstroBin.Tests.Gallery;

/// <summary>The offline gallery's writer: what index.html says, in which order, and how it reaches the disk.</summary>
public sealed class GalleryPageTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("astrobin-gallery-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private static GalleryEntry Entry(string id, string title = "M 42", DateTime? uploaded = null, string[]? subjects = null,
        string[]? equipment = null, string thumbnail = "images/t.png", string fullSize = "images/f.png",
        string pageUrl = "https://www.astrobin.com/abc123/") =>
        new(id, title, uploaded ?? new DateTime(2026, 11, 30, 21, 4, 5, DateTimeKind.Utc), subjects ?? ["M42"],
            equipment ?? ["Takahashi FSQ-106", "ZWO ASI2600MM"], thumbnail, fullSize, pageUrl);

    private string WriteAndRead(params GalleryEntry[] entries)
    {
        GalleryPage.Write(folder, entries);
        return File.ReadAllText(Path.Combine(folder, GalleryPage.FileName), Encoding.UTF8);
    }

    [Fact]
    public void Hostile_texts_from_the_API_are_shown_as_text_and_cannot_open_elements_or_attributes()
    {
        var html = WriteAndRead(Entry("1",
            title: "<script>alert(1)</script>\" onerror=\"alert(2)",
            subjects: ["<img src=x onerror=alert(3)>", "a & b"],
            equipment: ["' onmouseover='alert(4)", "</p><script>alert(5)</script>"]));

        Assert.DoesNotContain("<script", WithoutOwnScript(html), StringComparison.OrdinalIgnoreCase);
        // The handlers stay inside text: no quote of theirs closes an attribute.
        Assert.DoesNotContain("\" onerror=\"", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("' onmouseover='", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img src=x", html, StringComparison.OrdinalIgnoreCase);
        // Shown in the heading and in the thumbnail's alt attribute, escaped in both.
        Assert.Contains("<h2><a href=\"gallery/1.html\">&lt;script&gt;alert(1)&lt;/script&gt;&quot; onerror=&quot;alert(2)</a></h2>", html);
        Assert.Contains("alt=\"&lt;script&gt;alert(1)&lt;/script&gt;&quot; onerror=&quot;alert(2)\"", html);
        Assert.Contains("<li>&lt;img src=x onerror=alert(3)&gt;</li><li>a &amp; b</li>", html);
        Assert.Contains("&#39; onmouseover=&#39;alert(4) · &lt;/p&gt;&lt;script&gt;alert(5)&lt;/script&gt;", html);
        // The only elements are the page's own: one image, one heading, one list.
        Assert.Equal(1, Count(html, "<img "));
        Assert.Equal(1, Count(html, "<h2>"));
        Assert.Equal(1, Count(html, "<ul "));
    }

    [Fact]
    public void Control_characters_in_a_title_become_replacement_characters()
    {
        var html = WriteAndRead(Entry("1", title: "M\u000031\u0007"));
        Assert.Contains(">M\uFFFD31\uFFFD</a></h2>", html);
    }

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("JavaScript:alert(1)")]
    [InlineData("data:text/html,<script>alert(1)</script>")]
    [InlineData("file:///etc/passwd")]
    [InlineData("//evil.example/x")]
    [InlineData("not a url")]
    [InlineData("")]
    public void A_page_url_that_is_not_absolute_http_is_not_linked(string pageUrl)
    {
        var html = WriteAndRead(Entry("1", pageUrl: pageUrl));
        Assert.DoesNotContain("On AstroBin", html);
        Assert.Contains("<h2><a href=\"gallery/1.html\">M 42</a></h2>", html);
        Assert.DoesNotContain("javascript:", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("evil.example", html);
    }

    [Fact]
    public void A_page_url_cannot_break_out_of_its_attribute()
    {
        var html = WriteAndRead(Entry("1", pageUrl: "https://www.astrobin.com/x/\"onmouseover=\"alert(1)\"'<>"));
        Assert.Contains("<a href=\"https://www.astrobin.com/x/%22onmouseover=%22alert(1)%22&#39;%3C%3E\">On AstroBin</a>", html);
    }

    [Fact]
    public void Local_paths_are_percent_encoded_segment_by_segment()
    {
        var html = WriteAndRead(Entry("1", thumbnail: "12 M42 #1?/thumb é&.png", fullSize: "12 M42 #1?/real:100%.jpg"));
        Assert.Contains("<img src=\"12%20M42%20%231%3F/thumb%20%C3%A9%26.png\"", html);
        Assert.Contains("<a href=\"12%20M42%20%231%3F/real%3A100%25.jpg\">Full size</a>", html);
        // The image's page is one folder down.
        Assert.Contains("<a href=\"../12%20M42%20%231%3F/real%3A100%25.jpg\"><img src=\"../12%20M42%20%231%3F/thumb%20%C3%A9%26.png\"",
            File.ReadAllText(Path.Combine(folder, GalleryPage.PagesFolder, "1.html")));
    }

    [Theory]
    [InlineData("../outside.png")]
    [InlineData("images/../../outside.png")]
    [InlineData("images/..")]
    [InlineData("/etc/passwd")]
    [InlineData("C:/Windows/win.ini")]
    [InlineData("c:outside.png")]
    [InlineData("images\\..\\..\\outside.png")]
    [InlineData("images//x.png")]
    [InlineData("./images/x.png")]
    public void A_path_that_leaves_the_folder_is_refused_and_the_old_page_stays(string path)
    {
        var page = Path.Combine(folder, GalleryPage.FileName);
        File.WriteAllText(page, "the previous gallery");

        var thumbnail = Assert.Throws<ArgumentException>(() => GalleryPage.Write(folder, [Entry("7", thumbnail: path)]));
        var fullSize = Assert.Throws<ArgumentException>(() => GalleryPage.Write(folder, [Entry("7", fullSize: path)]));

        Assert.Contains("'7'", thumbnail.Message);
        Assert.Contains("inside the synced folder", fullSize.Message);
        Assert.Equal("the previous gallery", File.ReadAllText(page));
        Assert.Equal([GalleryPage.FileName], Directory.GetFiles(folder).Select(Path.GetFileName));
        Assert.Empty(Directory.GetDirectories(folder));
    }

    [Theory]
    [InlineData("../x")]
    [InlineData("a/b")]
    [InlineData("")]
    [InlineData("id.html")]
    public void An_image_id_that_is_not_a_plain_name_gets_no_page_and_nothing_is_written(string id)
    {
        var error = Assert.Throws<ArgumentException>(() => GalleryPage.Write(folder, [Entry(id)]));
        Assert.Contains("letters and digits", error.Message);
        Assert.Empty(Directory.GetFileSystemEntries(folder));
    }

    [Fact]
    public void Pages_of_images_no_longer_in_the_set_are_deleted_and_other_files_of_the_folder_kept()
    {
        GalleryPage.Write(folder, [Entry("1"), Entry("2")]);
        var pages = Path.Combine(folder, GalleryPage.PagesFolder);
        File.WriteAllText(Path.Combine(pages, "notes.txt"), "mine");
        Assert.Equal(["1.html", "2.html", "sky.html"], Directory.GetFiles(pages, "*.html").Select(Path.GetFileName).Order(StringComparer.Ordinal));

        GalleryPage.Write(folder, [Entry("2")]);

        Assert.Equal(["2.html", "notes.txt", "sky.html"], Directory.GetFiles(pages).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_pages_folder_that_links_elsewhere_is_refused_and_the_victim_folder_is_untouched()
    {
        var victim = Directory.CreateTempSubdirectory("astrobin-gallery-victim-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(victim, "1.html"), "someone else's page");
            File.WriteAllText(Path.Combine(victim, "sky.html"), "someone else's map");
            Directory.CreateSymbolicLink(Path.Combine(folder, GalleryPage.PagesFolder), victim);
            var before = SyncRig.Snapshot(victim);

            var error = Assert.Throws<UnsafePathException>(() => GalleryPage.Write(folder, [Entry("1"), Entry("2")]));

            Assert.Contains("is a symbolic link", error.Message);
            Assert.Equal(before, SyncRig.Snapshot(victim));
            // Nothing written beside the link either.
            Assert.Equal([GalleryPage.PagesFolder], Directory.GetFileSystemEntries(folder).Select(Path.GetFileName));
        }
        finally
        {
            Directory.Delete(victim, recursive: true);
        }
    }

    [Fact]
    public void Unchanged_pages_are_left_alone_and_a_changed_image_rewrites_its_page_and_its_neighbours()
    {
        var entries = Enumerable.Range(1, 5).Select(i => Entry(i.ToString(), title: "Image " + i, uploaded: new DateTime(2026, 1, i, 0, 0, 0, DateTimeKind.Utc))).ToArray();
        GalleryPage.Write(folder, entries);
        var pages = Path.Combine(folder, GalleryPage.PagesFolder);
        var old = new DateTime(2001, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        foreach (var page in Directory.GetFiles(pages)) File.SetLastWriteTimeUtc(page, old);

        GalleryPage.Write(folder, entries);
        Assert.All(Directory.GetFiles(pages), page => Assert.Equal(old, File.GetLastWriteTimeUtc(page)));

        entries[2] = Entry("3", title: "Image 3, reprocessed", uploaded: new DateTime(2026, 1, 3, 0, 0, 0, DateTimeKind.Utc));
        GalleryPage.Write(folder, entries);
        // Newest first: 4 and 2 link to 3 by its title.
        Assert.Equal(["2.html", "3.html", "4.html"], Directory.GetFiles(pages).Where(page => File.GetLastWriteTimeUtc(page) != old).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Contains("Image 3, reprocessed", File.ReadAllText(Path.Combine(pages, "4.html")));
    }

    [Fact]
    public void An_entry_without_files_shows_no_image_and_no_file_link()
    {
        var html = WriteAndRead(Entry("1", thumbnail: "", fullSize: ""));
        Assert.DoesNotContain("<img", html);
        Assert.DoesNotContain("Full size", html);
        Assert.Contains("<a class=\"thumb\" href=\"gallery/1.html\"><span class=\"nothumb\">no thumbnail</span></a>", html);
    }

    [Fact]
    public void Newest_upload_comes_first_then_the_image_id_and_undated_images_last()
    {
        var html = WriteAndRead(
            Entry("old", title: "Old", uploaded: new DateTime(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc)),
            new GalleryEntry("undated", "Undated", null, [], [], "u.png", "u.png", ""),
            Entry("b", title: "Tie B", uploaded: new DateTime(2025, 6, 1, 0, 0, 0, DateTimeKind.Utc)),
            Entry("new", title: "New", uploaded: new DateTime(2026, 11, 30, 22, 0, 0, DateTimeKind.Utc)),
            Entry("a", title: "Tie A", uploaded: new DateTime(2025, 6, 1, 0, 0, 0, DateTimeKind.Utc)));

        var order = new[] { "New", "Tie A", "Tie B", "Old", "Undated" }.Select(title => html.IndexOf(">" + title + "<", StringComparison.Ordinal)).ToList();
        Assert.DoesNotContain(-1, order);
        Assert.Equal(order.OrderBy(index => index), order);
        Assert.Contains("<time datetime=\"2026-11-30T22:00:00Z\">2026-11-30 22:00 UTC</time>", html);
        Assert.Contains("<strong>5</strong> images", html);
        // Each page links its neighbours in the same order.
        var newer = File.ReadAllText(Path.Combine(folder, GalleryPage.PagesFolder, "a.html"));
        Assert.Contains("<a rel=\"prev\" href=\"new.html\">← New</a>", newer);
        Assert.Contains("<a rel=\"next\" href=\"b.html\">Tie B →</a>", newer);
    }

    [Fact]
    public void The_same_entries_give_the_same_bytes_in_any_input_order()
    {
        var entries = Enumerable.Range(1, 20)
            .Select(i => Entry(i.ToString(), title: "Image " + i, uploaded: new DateTime(2026, 1, 1 + i % 4, 0, 0, 0, DateTimeKind.Utc)))
            .ToArray();

        GalleryPage.Write(folder, entries);
        var first = File.ReadAllBytes(Path.Combine(folder, GalleryPage.FileName));
        var firstPages = SyncRig.Snapshot(Path.Combine(folder, GalleryPage.PagesFolder));
        GalleryPage.Write(folder, entries.Reverse());
        var second = File.ReadAllBytes(Path.Combine(folder, GalleryPage.FileName));

        Assert.Equal(first, second);
        Assert.Equal(firstPages, SyncRig.Snapshot(Path.Combine(folder, GalleryPage.PagesFolder)));
        Assert.Equal(21, firstPages.Count); // twenty image pages and the sky map
        Assert.False(first.AsSpan().StartsWith(Encoding.UTF8.Preamble), "no byte-order mark");
        Assert.DoesNotContain((byte)'\r', first);
    }

    [Fact]
    public void The_page_needs_nothing_from_the_network_and_its_policy_allows_exactly_its_own_script()
    {
        var html = WriteAndRead(Entry("1"));
        Assert.Equal(1, Count(html, "<script"));
        var script = System.Text.RegularExpressions.Regex.Match(html, "<script>(.*)</script>", System.Text.RegularExpressions.RegexOptions.Singleline).Groups[1].Value;
        var style = System.Text.RegularExpressions.Regex.Match(html, "<style>(.*)</style>", System.Text.RegularExpressions.RegexOptions.Singleline).Groups[1].Value;
        Assert.Contains("script-src 'sha256-" + Convert.ToBase64String(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(script))) + "';", html);
        Assert.Contains("style-src 'sha256-" + Convert.ToBase64String(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(style))) + "';", html);
        Assert.DoesNotContain("<link", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("@import", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("url(", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none';", html);
        // The only absolute URL is the image's own page.
        Assert.Equal(["https://www.astrobin.com/abc123/"],
            System.Text.RegularExpressions.Regex.Matches(html, "https?://[^\"]*").Select(match => match.Value));
    }

    [Fact]
    public void An_empty_set_still_writes_a_page()
    {
        var html = WriteAndRead();
        Assert.Contains("<strong>0</strong> images", html);
        Assert.Contains("No images yet.", html);
    }

    [Fact]
    public void The_new_page_replaces_the_old_by_rename_and_leaves_no_temporary_file()
    {
        var page = Path.Combine(folder, GalleryPage.FileName);
        GalleryPage.Write(folder, [Entry("1", title: "First version")]);
        // A run killed while writing left its temporary file behind.
        File.WriteAllText(Path.Combine(folder, GalleryPage.FileName + ".tmp"), "<html>half a page");

        // A reader that opened the old page (a browser) keeps reading the whole old page: the new one is a new
        // file renamed over it, not the old file rewritten in place.
        using var reader = new FileStream(page, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        GalleryPage.Write(folder, [Entry("1", title: "Second version")]);

        Assert.Contains("First version", new StreamReader(reader).ReadToEnd());
        Assert.Contains("Second version", File.ReadAllText(page));
        // The page is written through the one atomic writer; the old temporary goes at a sync's start-up clean-up.
        Assert.Equal(1, AtomicFile.DeleteLeftovers(folder));
        Assert.Equal([GalleryPage.FileName], Directory.GetFiles(folder).Select(Path.GetFileName));
    }

    [Fact]
    public void A_null_entry_is_refused()
    {
        Assert.Throws<ArgumentException>(() => GalleryPage.Write(folder, [Entry("1"), null!]));
        Assert.Empty(Directory.GetFiles(folder));
    }

    private static string WithoutOwnScript(string html) =>
        System.Text.RegularExpressions.Regex.Replace(html, "<script>.*?</script>", "", System.Text.RegularExpressions.RegexOptions.Singleline);

    private static int Count(string text, string part)
    {
        var count = 0;
        for (var at = text.IndexOf(part, StringComparison.Ordinal); at >= 0; at = text.IndexOf(part, at + 1, StringComparison.Ordinal)) count++;
        return count;
    }
}
