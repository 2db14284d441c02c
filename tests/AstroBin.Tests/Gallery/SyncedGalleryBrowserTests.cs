using System.Text.Json;
using AstroBin.Api.Json;
using AstroBin.Sync;
using AstroBin.Tests.Sync;
using Xunit.Abstractions;

namespace AstroBin.Tests.Gallery;

/// <summary>
/// The gallery of a real sync, not of hand-made files: a user's images as a sync leaves them (the emulator's PNG
/// and JPEG files, folders named by id and title), opened from disk in headless Chromium.
/// </summary>
public sealed class SyncedGalleryBrowserTests(SyncRig rig, ITestOutputHelper output) : IClassFixture<SyncRig>, IDisposable
{
    private readonly string folder = SyncRig.NewFolder();

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public async Task Every_thumbnail_of_a_synced_folder_decodes_in_Chromium_newest_first()
    {
        rig.Server.Data.Changes.AddImages("gallery_owner", 12, revisionsEach: 1);
        var results = await rig.SyncUserAsync(folder, "gallery_owner");
        Assert.All(results, result => Assert.Equal(SyncAction.Added, result.Action));
        SyncGallery.Write(folder, SyncManifest.Load(folder));

        await using var chromium = await HeadlessChromium.StartAsync(1280, 900);
        await chromium.OpenAsync(Path.Combine(folder, GalleryPage.FileName));
        var state = (await chromium.EvaluateAsync(GalleryBrowserTests.PageStateScript))!.AsObject();
        output.WriteLine("screenshot: " + GalleryBrowserTests.KeepScreenshot(await chromium.ScreenshotAsync(), "synced-gallery.png"));

        var images = state["images"]!.AsArray().Select(image => image!.AsObject()).ToList();
        Assert.Equal(12, images.Count);
        Assert.All(images, image => Assert.True(image["decoded"]!.GetValue<bool>() && image["width"]!.GetValue<int>() > 0, "did not decode: " + image.ToJsonString()));
        // The records on disk, newest upload first: what the page must list.
        var records = Directory.EnumerateFiles(folder, SyncLayout.ImageRecordName, SearchOption.AllDirectories)
            .Select(path => JsonSerializer.Deserialize(File.ReadAllBytes(path), AstroBinJsonContext.Default.Image)!)
            .OrderByDescending(image => image.Uploaded).ThenBy(image => image.ImageId, StringComparer.Ordinal);
        Assert.Equal(records.Select(image => image.Title), state["titles"]!.AsArray().Select(title => title!.GetValue<string>()));
        Assert.All(chromium.RequestedUrls, url => Assert.StartsWith("file:///", url));
    }
}
