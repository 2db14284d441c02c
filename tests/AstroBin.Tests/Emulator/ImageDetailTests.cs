using System.Globalization;
using System.Linq;
using System.Net;
using System.Threading.Tasks;
using Xunit;

namespace AstroBin.Tests.Emulator;

public sealed class ImageDetailTests(EmulatorFixture fixture) : EmulatorTestBase(fixture)
{
    [Fact]
    public async Task An_image_with_a_hash_is_found_by_hash_and_its_resource_uri_stays_numeric()
    {
        var image = Data.Images.First(candidate => !candidate.IsRecorded && candidate.Hash is not null);

        var body = await GetJson($"/api/v1/image/{image.Hash}/");

        Assert.Equal(image.Id, body["id"]!.GetValue<int>());
        Assert.Equal(image.Hash, body["hash"]!.GetValue<string>());
        Assert.Equal(image.Title, body["title"]!.GetValue<string>());
        Assert.Equal($"/api/v1/image/{image.Id}/", body["resource_uri"]!.GetValue<string>());
    }

    [Fact]
    public async Task The_numeric_id_of_an_image_with_a_hash_is_404_with_an_empty_body()
    {
        var image = Data.Images.First(candidate => candidate.Hash is not null);

        var reply = await GetAuthorized($"/api/v1/image/{image.Id}/");

        Assert.Equal(HttpStatusCode.NotFound, reply.Status);
        Assert.Empty(reply.Bytes);
        Assert.Equal("text/html; charset=utf-8", reply.ContentType);
    }

    [Fact]
    public async Task A_legacy_image_without_hash_is_found_by_number_and_its_urls_use_the_number()
    {
        var image = Data.Images.First(candidate => !candidate.IsRecorded && candidate.Hash is null);

        var body = await GetJson($"/api/v1/image/{image.Id}/");

        Assert.Null(body["hash"]);
        Assert.Equal(image.Id, body["id"]!.GetValue<int>());
        Assert.Equal($"{Fixture.Server.Root}{image.Id}/0/rawthumb/thumb/", body["url_thumb"]!.GetValue<string>());
        Assert.Contains(body["data_source"]!.GetValue<string>(), new[] { "UNSET", string.Empty });
    }

    [Theory]
    [InlineData("zzzzzz")]
    [InlineData("YX76X9")]
    [InlineData("999999999")]
    [InlineData("99999999999999999999")]
    [InlineData("yx76x9/extra")]
    public async Task Unknown_images_are_404_with_an_empty_body(string pk)
    {
        var reply = await GetAuthorized($"/api/v1/image/{pk}/");

        Assert.Equal(HttpStatusCode.NotFound, reply.Status);
        Assert.Empty(reply.Bytes);
    }

    [Fact]
    public async Task Every_url_field_points_at_the_original_upload_thumbnail()
    {
        var image = Data.Images.First(candidate => !candidate.IsRecorded && candidate.Hash is not null);

        var body = await GetJson($"/api/v1/image/{image.Hash}/");

        foreach (var alias in new[] { "thumb", "gallery", "regular", "hd", "real", "duckduckgo", "duckduckgo_small", "histogram" })
        {
            Assert.Equal($"{Fixture.Server.Root}{image.Hash}/0/rawthumb/{alias}/", body["url_" + alias]!.GetValue<string>());
        }
        Assert.Equal(image.Id.ToString(CultureInfo.InvariantCulture), body["resource_uri"]!.GetValue<string>().Split('/')[4]);
    }
}
