using System;
using System.IO;
using System.Linq;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using AstroBin.Api.Downloads;
using AstroBin.Api.Errors;
using Xunit;

namespace AstroBin.Tests.Api;

public sealed class ImageFileNameTests
{
    [Theory]
    [InlineData("image/jpeg", "jpg")]
    [InlineData("image/png", "png")]
    [InlineData("image/png; name=../../x", "png")]
    [InlineData("IMAGE/WEBP", "webp")]
    [InlineData("image/tiff", "tif")]
    [InlineData("image/gif;charset=x", "gif")]
    [InlineData("image/x-portable-anymap", null)]
    [InlineData("image/svg+xml", null)]
    [InlineData("image/html", null)]
    [InlineData("image/xhtml", null)]
    [InlineData("image/hta", null)]
    [InlineData("image/exe", null)]
    [InlineData("image/js", null)]
    [InlineData("image/desktop", null)]
    [InlineData("text/html", null)]
    [InlineData("application/octet-stream", null)]
    [InlineData(null, null)]
    public void Only_allowed_image_types_have_an_extension(string? contentType, string? extension) =>
        Assert.Equal(extension, ImageFileType.FromContentType(contentType)?.Extension);

    [Fact]
    public void A_file_of_a_type_must_start_and_end_as_one()
    {
        byte[] png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 1, 2, 3, 4, 0, 0, 0, 0, 0x49, 0x45, 0x4E, 0x44, 0xAE, 0x42, 0x60, 0x82];
        Assert.True(ImageFileType.Png.StartsRight(png[..12]));
        Assert.True(ImageFileType.Png.IsWhole(png[..12], png[^12..], png.Length));
        Assert.False(ImageFileType.Png.IsWhole(png[..12], png[4..16], 16));
        Assert.False(ImageFileType.Png.StartsRight("<html><scri"u8.ToArray()));
        Assert.True(ImageFileType.Jpeg.StartsRight([0xFF, 0xD8, 0xFF, 0xE0]));
        Assert.False(ImageFileType.Jpeg.IsWhole([0xFF, 0xD8, 0xFF], [0xFF, 0xE0, 0, 0], 6));
        Assert.False(ImageFileType.Gif.StartsRight("<svg xmlns="u8.ToArray()));
        byte[] webp = [.. "RIFF"u8.ToArray(), 8, 0, 0, 0, .. "WEBPVP8 "u8.ToArray()];
        Assert.True(ImageFileType.WebP.StartsRight(webp[..12]));
        Assert.True(ImageFileType.WebP.IsWhole(webp[..12], webp[^12..], 16));
        Assert.False(ImageFileType.WebP.IsWhole(webp[..12], webp[^12..], 15));
    }

    [Fact]
    public void The_name_is_id_size_extension_inside_the_folder()
    {
        var folder = Path.GetTempPath();
        Assert.Equal(Path.Combine(Path.GetFullPath(folder), "yx76x9_hd.jpg"), ImageFileName.PathFor(folder, "yx76x9", ImageSize.Hd, "jpg"));
        Assert.Equal(Path.Combine(Path.GetFullPath(folder), "57782_duckduckgosmall.png"), ImageFileName.PathFor(folder, "57782", ImageSize.DuckDuckGoSmall, "png"));
    }

    [Theory]
    [InlineData("../evil", "jpg")]
    [InlineData("/etc/passwd", "jpg")]
    [InlineData("abc", "../x")]
    [InlineData("", "jpg")]
    [InlineData("ABC", "jpg")]
    public void A_name_that_could_leave_the_folder_is_refused(string id, string extension) =>
        Assert.Throws<ArgumentException>(() => ImageFileName.PathFor(Path.GetTempPath(), id, ImageSize.Hd, extension));
}

[Collection("Emulator")]
public sealed class ImageDownloaderTests(EmulatorFixture fixture) : IDisposable
{
    private readonly string folder = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "astrobin-xunit-" + Guid.NewGuid().ToString("N"))).FullName;
    private readonly HttpClient http = new(new HttpClientHandler { AllowAutoRedirect = false });

    public void Dispose()
    {
        http.Dispose();
        Directory.Delete(folder, recursive: true);
    }

    private ImageDownloader Downloader => new(http, new DownloadOptions { StallTimeout = TimeSpan.FromSeconds(10), MaxRetry = 0 });

    [Fact]
    public async Task Follows_the_redirect_and_saves_the_png_reporting_bytes()
    {
        var image = fixture.Server.Data.Images.First(candidate => !candidate.IsRecorded && candidate.Hash is not null);
        long announced = 0, received = 0;

        var result = await Downloader.DownloadAsync(new Uri(fixture.Server.Root, $"{image.Hash}/0/rawthumb/gallery/"), folder, image.Hash!, ImageSize.Gallery, false,
            length => announced = length, count => Interlocked.Add(ref received, count), CancellationToken.None);

        Assert.False(result.Skipped);
        Assert.Equal(Path.Combine(folder, image.Hash + "_gallery.png"), result.Path);
        Assert.Equal(new FileInfo(result.Path).Length, result.Bytes);
        Assert.Equal(result.Bytes, announced);
        Assert.Equal(result.Bytes, received);
        Assert.Single(Directory.GetFiles(folder));
    }

    [Fact]
    public async Task An_existing_file_is_skipped_and_kept()
    {
        var image = fixture.Server.Data.Images.First(candidate => candidate.Hash is not null);
        var target = Path.Combine(folder, image.Hash + "_thumb.png");
        await File.WriteAllTextAsync(target, "mine");

        var result = await Downloader.DownloadAsync(new Uri(fixture.Server.Root, $"{image.Hash}/0/rawthumb/thumb/"), folder, image.Hash!, ImageSize.Thumb, false, null, null, CancellationToken.None);

        Assert.True(result.Skipped);
        Assert.Equal("mine", await File.ReadAllTextAsync(target));
    }

    [Fact]
    public async Task A_cancelled_download_leaves_no_file()
    {
        using var cancel = new CancellationTokenSource();
        var started = new TaskCompletionSource();
        var download = Downloader.DownloadAsync(new Uri(fixture.Server.Root, "faults/slow.png"), folder, "abc123", ImageSize.Hd, false, null, _ => started.TrySetResult(), cancel.Token);
        await started.Task.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Single(Directory.GetFiles(folder), name => name.EndsWith(".part", StringComparison.Ordinal));

        cancel.Cancel();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => download);
        Assert.Empty(Directory.GetFiles(folder));
    }

    [Fact]
    public async Task A_truncated_body_fails_and_leaves_no_file()
    {
        var error = await Assert.ThrowsAsync<AstroBinDownloadException>(() =>
            Downloader.DownloadAsync(new Uri(fixture.Server.Root, "faults/truncated.png"), folder, "abc123", ImageSize.Hd, false, null, null, CancellationToken.None));

        Assert.Equal(DownloadFailure.Incomplete, error.Failure);
        Assert.Empty(Directory.GetFiles(folder));
    }

    [Fact]
    public async Task A_redirect_to_plain_http_off_the_loopback_is_refused()
    {
        var error = await Assert.ThrowsAsync<AstroBinDownloadException>(() =>
            Downloader.DownloadAsync(new Uri(fixture.Server.Root, "faults/insecure-redirect/"), folder, "abc123", ImageSize.Hd, false, null, null, CancellationToken.None));

        Assert.Equal(DownloadFailure.InsecureAddress, error.Failure);
        Assert.Contains("http://example.invalid/image.png", error.Message);
    }
}
