using AstroBin.Api;
using AstroBin.Api.Errors;

namespace AstroBin.Tests.Api;

/// <summary>Images by number: one multi-get per 100 numbers, in order, each missing number its own error, through the cache.</summary>
[Collection("Emulator")]
public class ImageNumberTests(EmulatorFixture emulator)
{
    private (AstroBinClient Client, ClientEmulatorTests.CountingHandler Handler) Client(ResponseCache? cache = null) => CountingClient.Create(emulator, cache);

    private List<int> HashedNumbers(int count, int skip) =>
        emulator.Server.Data.Images.Where(image => image.Hash != null && !image.IsRecorded && image.Published != null).Skip(skip).Take(count).Select(image => image.Id).ToList();

    [Fact]
    public async Task The_number_of_an_image_that_has_a_hash_finds_it_although_its_detail_path_is_a_404()
    {
        var (client, _) = Client();

        var image = await client.GetImageAsync("659781", CancellationToken.None);

        Assert.Equal("yx76x9", image.Hash);
    }

    [Fact]
    public async Task Two_hundred_numbers_are_two_requests_in_input_order_with_each_missing_number_its_own_error()
    {
        var numbers = HashedNumbers(200, 100);
        numbers.Insert(50, 99999901);
        numbers.Add(99999902);
        var (client, handler) = Client();

        var results = await client.GetImagesByNumberAsync(numbers, CancellationToken.None);

        Assert.Equal(3, handler.Requests); // 202 numbers: 100 + 100 + 2
        Assert.Equal(numbers, results.Select(result => result.Number).ToList());
        Assert.Equal(numbers.Where(number => number < 99999900).ToList(), results.Where(result => result.Image != null).Select(result => result.Image!.Id).ToList());
        Assert.IsType<AstroBinNotFoundException>(results[50].Error);
        Assert.Contains("99999901", results[50].Error!.Message);
        Assert.IsType<AstroBinNotFoundException>(results[201].Error);
    }

    [Fact]
    public async Task Numbers_and_hashes_already_cached_cost_no_request()
    {
        var cache = new ResponseCache(TimeSpan.FromMinutes(1));
        var numbers = HashedNumbers(30, 400);
        var (first, _) = Client(cache);
        var images = await first.GetImagesByNumberAsync(numbers, CancellationToken.None);
        var (second, handler) = Client(cache);

        var again = await second.GetImagesByNumberAsync(numbers, CancellationToken.None);
        var byHash = await second.GetImageAsync(images[0].Image!.Hash!, CancellationToken.None);

        Assert.Equal(0, handler.Requests);
        Assert.Equal(numbers, again.Select(result => result.Image!.Id).ToList());
        Assert.Equal(numbers[0], byHash.Id);
    }

    [Fact]
    public async Task A_set_the_server_fails_whole_is_asked_again_in_halves_down_to_the_image_it_cannot_serve()
    {
        var archive = emulator.Server.Data.Images.Where(image => image.User == "archive_scans").OrderBy(image => image.Id).ToList();
        var unreadable = archive.Where(image => image.Published == null).Select(image => image.Id).ToList();
        Assert.Equal(2, unreadable.Count);
        var (client, _) = Client();

        var results = await client.GetImagesByNumberAsync(archive.Select(image => image.Id).ToList(), CancellationToken.None);

        Assert.Equal(archive.Count - 2, results.Count(result => result.Image != null));
        foreach (var number in unreadable)
        {
            var error = Assert.IsType<AstroBinBadRequestException>(results.Single(result => result.Number == number).Error);
            Assert.Contains("published", error.Message);
        }
    }

    [Theory]
    [InlineData("https://www.astrobin.com/yx76x9/B/rawthumb/hd/", "yx76x9")]
    [InlineData("http://127.0.0.1:5000/57782/C/rawthumb/thumb/", "57782")]
    [InlineData("https://www.astrobin.com/yx76x9/", null)]
    [InlineData("https://cdn.astrobin.com/solutions/x.jpg", null)]
    [InlineData("not a url", null)]
    [InlineData(null, null)]
    public void A_file_address_names_its_image(string? address, string? expected) =>
        Assert.Equal(expected, PublicPage.ImageIdOf(address));

    [Fact]
    public void A_revision_carries_its_images_hash_from_its_file_addresses_else_its_number()
    {
        var hashed = new ImageRevision { Image = "/api/v1/image/659781/", UrlThumb = "https://www.astrobin.com/yx76x9/B/rawthumb/thumb/" };
        var bare = new ImageRevision { Image = "/api/v1/image/659781/" };

        Assert.Equal("yx76x9", hashed.ImageId);
        Assert.Equal("659781", bare.ImageId);
    }

    [Theory]
    [InlineData("crgood2", true)]
    [InlineData("astro_björn", true)]
    [InlineData("j.doe+stars@x-y", true)]
    [InlineData("7630", true)]
    [InlineData("https://www.astrobin.com/yx76x9/", false)]
    [InlineData("two words", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void User_names_follow_djangos_rule(string? name, bool valid) => Assert.Equal(valid, Usernames.IsValid(name));
}
