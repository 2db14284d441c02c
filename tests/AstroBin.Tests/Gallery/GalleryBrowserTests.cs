using System.Text.Json.Nodes;
using AstroBin.Emulator.Resources;
using AstroBin.Sync;
using Xunit.Abstractions;

namespace AstroBin.Tests.Gallery;

/// <summary>
/// The offline gallery in a real browser: Debian's headless Chromium opens index.html from disk with no network,
/// every thumbnail (real PNG and JPEG files, in folders whose names need percent-encoding) must decode, and a
/// title that is a script must show as text without running. The screenshot is kept as out/gallery/gallery.png.
/// </summary>
public sealed class GalleryBrowserTests(ITestOutputHelper output) : IDisposable
{
    private const string HostileTitle = "<script>window.galleryPwned = true</script><img src=x onerror=\"window.galleryPwned = true\">";

    private readonly string folder = Directory.CreateTempSubdirectory("astrobin-gallery-browser-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private sealed record Picture(string Id, string Title, string Folder, bool Jpeg, int Width, int Height, string[] Subjects, string[] Equipment);

    private static readonly Picture[] Pictures =
    [
        new("1001", "M42 — the Orion Nebula", "1001 M42 Orion Nebula", false, 320, 240, ["M42", "M43"], ["Takahashi FSQ-106", "ZWO ASI2600MC Pro"]),
        new("1002", "NGC 7000 #2, North America", "1002 NGC 7000 #2", true, 320, 240, ["NGC7000"], ["William Optics RedCat 51", "Canon EOS Ra"]),
        new("1003", "Sh2-129 & Ou4: the Squid?", "1003 Sh2-129 Squid?", false, 240, 320, ["Sh2-129", "Ou4"], ["Askar FRA400", "QHY268M"]),
        new("1004", "Andromède à 100 %", "1004 Andromède 100%", true, 400, 200, ["M31", "M110", "M32"], ["Celestron RASA 8", "ZWO ASI2400MC"]),
        new("1005", "Ωmega Centauri", "1005 Ωmega Centauri", false, 256, 256, ["NGC5139"], ["Planewave CDK14", "FLI ML16803"]),
        new("1006", "Pleiades, 12 hours", "1006 Pleiades", true, 320, 208, ["M45"], ["Sky-Watcher Esprit 100ED", "ZWO ASI6200MM Pro"]),
        new("1007", "The Veil, bicolour", "1007 Veil", false, 336, 224, ["NGC6960", "NGC6992"], ["Takahashi Epsilon-160ED", "Moravian C3-61000"]),
        new("1008", HostileTitle, "1008 hostile", true, 320, 240, ["<b onmouseover=\"window.galleryPwned = true\">bold</b>"], ["\" onerror=\"window.galleryPwned = true"]),
    ];

    [Fact]
    public async Task Chromium_decodes_every_thumbnail_from_disk_and_shows_a_script_title_as_text()
    {
        var entries = Pictures.Select((picture, index) => Prepare(picture, uploaded: new DateTime(2026, 11, 1, 20, 0, 0, DateTimeKind.Utc).AddDays(index * 3))).ToList();
        GalleryPage.Write(folder, entries);

        await using var chromium = await HeadlessChromium.StartAsync(1280, 900);
        await chromium.OpenAsync(Path.Combine(folder, GalleryPage.FileName));
        var state = (await chromium.EvaluateAsync(PageStateScript))!.AsObject();
        var screenshot = await chromium.ScreenshotAsync();
        var kept = KeepScreenshot(screenshot);
        output.WriteLine($"screenshot: {kept}; requests: {string.Join(", ", chromium.RequestedUrls)}");

        var images = state["images"]!.AsArray().Select(image => image!.AsObject()).ToList();
        Assert.Equal(Pictures.Length, images.Count);
        foreach (var image in images)
        {
            var picture = Pictures.Single(candidate => image["url"]!.GetValue<string>().EndsWith(ThumbnailName(candidate), StringComparison.Ordinal)
                && Uri.UnescapeDataString(image["url"]!.GetValue<string>()).Contains("/" + candidate.Folder + "/", StringComparison.Ordinal));
            Assert.True(image["decoded"]!.GetValue<bool>(), $"{picture.Folder}/{ThumbnailName(picture)} did not decode: {image.ToJsonString()}");
            Assert.Equal(picture.Width, image["width"]!.GetValue<int>());
            Assert.Equal(picture.Height, image["height"]!.GetValue<int>());
            Assert.True(image["shownWidth"]!.GetValue<int>() > 100, "shown as a thumbnail, not a broken-image box");
        }
        // Every thumbnail fills a cell of one size, whatever the picture's own proportions.
        Assert.Single(images.Select(image => (image["shownWidth"]!.GetValue<int>(), image["shownHeight"]!.GetValue<int>())).Distinct());

        // Newest first, and the hostile title is the heading's text, character for character.
        Assert.Equal(Pictures.Reverse().Select(picture => picture.Title), state["titles"]!.AsArray().Select(title => title!.GetValue<string>()));
        Assert.Contains(HostileTitle, state["text"]!.GetValue<string>());
        Assert.Equal(1, state["scripts"]!.GetValue<int>()); // the page's own (search and filters), none from a text
        Assert.False(state["pwned"]!.GetValue<bool>(), "a script from an API text ran");
        Assert.True(state["columns"]!.GetValue<int>() >= 3, "a grid of several columns at 1280 pixels");

        // From disk only: the page and its thumbnails, nothing else.
        Assert.All(chromium.RequestedUrls, url => Assert.StartsWith("file:///", url));
        Assert.Equal(Pictures.Length + 1, chromium.RequestedUrls.Distinct().Count());

        Assert.Equal(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G' }, screenshot.Take(4));
        Assert.True(screenshot.Length > 20_000, $"a screenshot of {screenshot.Length} bytes is too small to show the gallery");
    }

    /// <summary>What the page shows, read in the browser: each image's decoding and size, the titles, the text, scripts.</summary>
    internal const string PageStateScript = """
        (async () => {
          const images = Array.from(document.images);
          const decoded = await Promise.all(images.map(image => image.decode().then(() => true, () => false)));
          return {
            images: images.map((image, n) => ({ url: image.src, decoded: decoded[n] && image.complete && image.naturalWidth > 0,
              width: image.naturalWidth, height: image.naturalHeight, shownWidth: image.clientWidth, shownHeight: image.clientHeight })),
            titles: Array.from(document.querySelectorAll('h2')).map(heading => heading.textContent),
            text: document.body.innerText,
            scripts: document.scripts.length,
            pwned: typeof window.galleryPwned !== 'undefined',
            columns: getComputedStyle(document.querySelector('main')).gridTemplateColumns.split(' ').length
          };
        })()
        """;

    private static string ThumbnailName(Picture picture) => picture.Jpeg ? "thumb.jpg" : "thumb.png";

    private GalleryEntry Prepare(Picture picture, DateTime uploaded)
    {
        var imageFolder = Directory.CreateDirectory(Path.Combine(folder, picture.Folder)).FullName;
        var fullSizeName = picture.Jpeg ? "full size.jpg" : "full size.png";
        File.WriteAllBytes(Path.Combine(imageFolder, ThumbnailName(picture)), Image(picture, picture.Width, picture.Height));
        File.WriteAllBytes(Path.Combine(imageFolder, fullSizeName), Image(picture, picture.Width * 3, picture.Height * 3));
        return new GalleryEntry(picture.Id, picture.Title, uploaded, picture.Subjects, picture.Equipment,
            picture.Folder + "/" + ThumbnailName(picture), picture.Folder + "/" + fullSizeName, $"https://www.astrobin.com/{picture.Id}/");
    }

    private static byte[] Image(Picture picture, int width, int height) =>
        picture.Jpeg ? GeneratedJpeg.Create(width, height, picture.Id) : GeneratedPng.Create(width, height, picture.Id);

    /// <summary>Keeps <paramref name="png"/> as out/gallery/<paramref name="name"/>, for a person to look at.</summary>
    internal static string KeepScreenshot(byte[] png, string name = "gallery.png")
    {
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (root != null && !File.Exists(Path.Combine(root.FullName, "AstroBin.sln"))) root = root.Parent;
        var path = Path.Combine(root?.FullName ?? AppContext.BaseDirectory, "out", "gallery", name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, png);
        return path;
    }
}
