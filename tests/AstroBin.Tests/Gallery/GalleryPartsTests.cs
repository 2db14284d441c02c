using System.Text;
using AstroBin.Sync;
using AstroBin.Sync.Gallery;

namespace AstroBin.Tests.Gallery;

/// <summary>The gallery's pieces on their own: descriptions as text, the projection, coordinates, damaged records.</summary>
public sealed class GalleryPartsTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("astrobin-gallery-parts-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Theory]
    [InlineData("<script>alert(1)</script>Hello", "Hello")]
    [InlineData("[url=javascript:alert(1)]click[/url]", "click (javascript:alert(1))")]
    [InlineData("[URL=data:text/html,x]d[/URL]", "d (data:text/html,x)")]
    [InlineData("<a href=\"javascript:alert(1)\" onclick=\"alert(2)\">me</a>", "me (javascript:alert(1))")]
    [InlineData("<img src=x onerror=alert(1)>text", "text")]
    [InlineData("[b]Bold[/b] and [i]italic[/i]\r\nline two<br>line three", "Bold and italic\nline two\nline three")]
    [InlineData("&lt;script&gt; 5 &amp; 6", "&lt;script&gt; 5 &amp; 6")]
    [InlineData("[list][*]one[*]two[/list]", "• one\n• two")]
    [InlineData("a\n\n\n\n\nb", "a\n\nb")]
    public void A_description_becomes_escaped_text_with_no_element_of_its_own(string description, string expected)
    {
        var markup = DescriptionText.ToMarkup(description);
        Assert.Equal(expected, markup);
        Assert.DoesNotContain('<', markup);
    }

    [Theory]
    [InlineData("See https://example.org/a?b=1&c=2.", "See <a href=\"https://example.org/a?b=1&amp;c=2\" rel=\"nofollow noopener noreferrer\">https://example.org/a?b=1&amp;c=2</a>.")]
    [InlineData("[url=https://example.com/wide]the wide field[/url]", "the wide field (<a href=\"https://example.com/wide\" rel=\"nofollow noopener noreferrer\">https://example.com/wide</a>)")]
    [InlineData("http://example.com/\"onmouseover=\"x", "<a href=\"http://example.com/\" rel=\"nofollow noopener noreferrer\">http://example.com/</a>&quot;onmouseover=&quot;x")]
    [InlineData("javascript://example.com/%0Aalert(1)", "javascript://example.com/%0Aalert(1)")]
    public void Only_http_and_https_addresses_become_links(string description, string expected) =>
        Assert.Equal(expected, DescriptionText.ToMarkup(description));

    [Fact]
    public void The_projection_puts_RA_0h_Dec_0_at_the_centre_RA_6h_left_and_the_poles_at_the_top_and_bottom()
    {
        Assert.Equal((0, 0), SkyProjection.Project(0, 0));
        Assert.Equal((0, 0), SkyProjection.Project(360, 0));
        var sixHours = SkyProjection.Project(90, 0);
        Assert.Equal(-2 / Math.Sqrt(1 + Math.Sqrt(0.5)), sixHours.X, 12);
        Assert.Equal(-sixHours.X, SkyProjection.Project(270, 0).X, 12);
        Assert.Equal(Math.Sqrt(2), SkyProjection.Project(123, 90).Y, 12);
        Assert.Equal(-Math.Sqrt(2), SkyProjection.Project(5, -90).Y, 12);
        Assert.Equal(-2 * Math.Sqrt(2), SkyProjection.Project(179.9999999, 0).X, 5);
        Assert.Equal(2 * Math.Sqrt(2), SkyProjection.Project(180.0000001, 0).X, 5);
        // Equal-area: near the centre one unit is one radian either way.
        Assert.Equal(-Math.PI / 180, SkyProjection.Project(1e-6, 0).X * 1e6, 6);
        Assert.Equal(Math.PI / 180, SkyProjection.Project(0, 1e-6).Y * 1e6, 6);
    }

    [Theory]
    [InlineData(10.685, "00h 42m 44.4s", 41.269, "+41° 16′ 08″")]
    [InlineData(83.822, "05h 35m 17.3s", -5.391, "\u221205° 23′ 28″")]
    [InlineData(359.99999, "00h 00m 00.0s", -0.0000001, "+00° 00′ 00″")]
    [InlineData(-15, "23h 00m 00.0s", -89.99999, "\u221290° 00′ 00″")]
    public void Coordinates_read_as_astronomers_write_them(double ra, string raText, double dec, string decText)
    {
        Assert.Equal(raText, Sexagesimal.RightAscension(ra));
        Assert.Equal(decText, Sexagesimal.Declination(dec));
    }

    [Fact]
    public void The_reference_stars_are_the_embedded_catalogue_with_its_source_named()
    {
        var stars = BrightStars.Catalogue;
        Assert.True(stars.Count >= 50);
        var sirius = stars[0];
        Assert.Equal("Sirius", sirius.Name);
        Assert.Equal(101.287, sirius.Ra, 3);
        Assert.Equal(-16.716, sirius.Dec, 3);
        Assert.All(stars, star => Assert.InRange(star.Ra, 0, 360));
        Assert.All(stars, star => Assert.InRange(star.Dec, -90, 90));
        using var data = typeof(GalleryPage).Assembly.GetManifestResourceStream(BrightStars.ResourceName)!;
        Assert.Contains("Yale Bright Star Catalogue", new StreamReader(data, Encoding.UTF8).ReadToEnd());
    }

    [Fact]
    public void A_folder_with_a_gallery_of_0_2_0_without_pages_gets_the_new_gallery_at_its_next_sync()
    {
        var sync = FolderSync.Open(folder, new SyncOptions([ImageSize.Gallery], false), null, null);
        Assert.True(sync.GalleryDue);
        File.WriteAllText(Path.Combine(folder, GalleryPage.FileName), "0.2.0's page");
        Assert.True(sync.GalleryDue);
        sync.WriteGallery();
        Assert.True(Directory.Exists(Path.Combine(folder, GalleryPage.PagesFolder)));
        Assert.False(sync.GalleryDue);
    }

    [Fact]
    public void An_image_whose_record_cannot_be_read_keeps_a_card_from_what_the_manifest_knows()
    {
        var imageFolder = Directory.CreateDirectory(Path.Combine(folder, "abc123 - M 31")).FullName;
        File.WriteAllText(Path.Combine(imageFolder, SyncLayout.ImageRecordName), "{ not json");
        var png = AstroBin.Emulator.Resources.GeneratedPng.Create(130, 130, "abc123");
        File.WriteAllBytes(Path.Combine(imageFolder, "abc123_gallery.png"), png);
        File.WriteAllText(Path.Combine(folder, SyncLayout.ManifestName), $$"""
            { "format": 1, "images": [ { "id": "abc123", "title": "M 31 from the manifest", "updated": null, "folder": "abc123 - M 31",
              "sizes": ["Gallery"], "includesRevisions": false, "revisions": [],
              "files": [
                { "path": "abc123 - M 31/abc123_gallery.png", "bytes": {{png.Length}}, "sha256": "00", "source": "https://example.org/g", "size": "Gallery" },
                { "path": "abc123 - M 31/image.json", "bytes": 10, "sha256": "00", "source": "https://example.org/r" } ] } ] }
            """);

        var set = SyncGallery.Set(folder, SyncManifest.Load(folder));

        var entry = Assert.Single(set.Entries);
        Assert.Equal("M 31 from the manifest", entry.Title);
        Assert.Equal("abc123 - M 31/abc123_gallery.png", entry.ThumbnailPath);
        Assert.Null(entry.Solution);
        Assert.Null(set.Owner);
        Assert.Equal(png.Length + 10, set.BytesOnDisk);
        Assert.Equal(File.GetLastWriteTimeUtc(Path.Combine(folder, SyncLayout.ManifestName)), set.LastSync);
        GalleryPage.Write(folder, set);
        Assert.Contains(">M 31 from the manifest</a></h2>", File.ReadAllText(Path.Combine(folder, GalleryPage.FileName)));
    }
}
