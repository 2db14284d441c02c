using System;
using System.Buffers.Binary;
using System.Linq;
using System.Net;
using System.Threading.Tasks;
using Xunit;

namespace AstroBin.Tests.Emulator;

/// <summary>The rawthumb redirect and the image files the emulator serves for downloads.</summary>
public sealed class RawThumbnailTests(EmulatorFixture fixture) : EmulatorTestBase(fixture)
{
    [Fact]
    public async Task A_url_field_redirects_to_a_real_png_of_the_alias_size()
    {
        var image = Data.Images.First(candidate => !candidate.IsRecorded && candidate.Hash is not null);
        var body = await GetJson($"/api/v1/image/{image.Hash}/");
        var thumbUrl = new Uri(body["url_thumb"]!.GetValue<string>());

        var redirect = await Get(thumbUrl.PathAndQuery);
        Assert.Equal(HttpStatusCode.Redirect, redirect.Status);
        Assert.Equal($"/media/thumbs/{image.Hash}/thumb.png", redirect.Location);

        var file = await Get(redirect.Location!);
        Assert.Equal(HttpStatusCode.OK, file.Status);
        Assert.Equal("image/png", file.ContentType);
        Assert.Equal(new byte[] { 0x89, 0x50, 0x4E, 0x47 }, file.Bytes.Take(4));
        Assert.Equal(80, BinaryPrimitives.ReadInt32BigEndian(file.Bytes.AsSpan(16)));
        Assert.Equal(80, BinaryPrimitives.ReadInt32BigEndian(file.Bytes.AsSpan(20)));
    }

    [Fact]
    public async Task An_image_without_a_hash_is_reached_by_number()
    {
        var legacy = Data.Images.First(candidate => candidate.Hash is null);

        var redirect = await Get($"/{legacy.Id}/0/rawthumb/gallery/");

        Assert.Equal(HttpStatusCode.Redirect, redirect.Status);
        Assert.Equal($"/media/thumbs/{legacy.Id}/gallery.png", redirect.Location);
    }

    [Theory]
    [InlineData("/zzzzzz/0/rawthumb/hd/")]
    [InlineData("/media/thumbs/zzzzzz/hd.png")]
    public async Task An_unknown_image_is_404(string path)
    {
        Assert.Equal(HttpStatusCode.NotFound, (await Get(path)).Status);
    }

    [Fact]
    public async Task An_unknown_alias_is_404()
    {
        var image = Data.Images.First(candidate => candidate.Hash is not null);
        Assert.Equal(HttpStatusCode.NotFound, (await Get($"/{image.Hash}/0/rawthumb/huge/")).Status);
    }

    [Fact]
    public async Task Recorded_images_keep_their_recorded_paths_on_the_emulator_and_serve_a_file()
    {
        var body = await GetJson("/api/v1/image/yx76x9/");
        var hd = body["url_hd"]!.GetValue<string>();
        Assert.Equal(Fixture.Server.Root.AbsoluteUri + "yx76x9/0/rawthumb/hd/", hd);

        var redirect = await Get(new Uri(hd).PathAndQuery);
        Assert.Equal(HttpStatusCode.Redirect, redirect.Status);
        var file = await Get(redirect.Location!);
        Assert.Equal(HttpStatusCode.OK, file.Status);
        Assert.Equal(new byte[] { 0x89, 0x50, 0x4E, 0x47 }, file.Bytes.Take(4));
    }
}
