using AstroBin.Api;

namespace AstroBin.Tests.Api;

/// <summary>Many images of one user by hash: the user's image list is read instead of one lookup a hash, when it costs fewer requests.</summary>
[Collection("Emulator")]
public class UserImagesTests(EmulatorFixture emulator)
{
    private (AstroBinClient Client, ClientEmulatorTests.CountingHandler Handler) Client(ResponseCache? cache = null) => CountingClient.Create(emulator, cache);

    /// <summary>A generated uploader's images, newest first (the list's order), all readable.</summary>
    private List<AstroBin.Emulator.Data.ImageRow> Uploader(Func<int, bool> count) =>
        emulator.Server.Data.Images.Where(image => !image.IsRecorded && image.Hash != null).GroupBy(image => image.User)
            .Where(group => count(group.Count()) && group.All(image => image.Published != null))
            .OrderBy(group => group.Key, StringComparer.Ordinal).First()
            .OrderByDescending(image => image.Uploaded).ThenByDescending(image => image.Id).ToList();

    [Fact]
    public async Task All_of_a_users_images_cost_one_request_a_page_not_one_a_hash_and_go_into_the_cache()
    {
        var images = Uploader(count => count > 25);
        var hashes = images.Select(image => image.Hash!).Reverse().ToList();
        var cache = new ResponseCache(TimeSpan.FromMinutes(1));
        var (client, handler) = Client(cache);

        var found = await client.FindUserImagesAsync(images[0].User, hashes, CancellationToken.None);

        Assert.Equal(hashes.OrderBy(hash => hash, StringComparer.Ordinal), found.Keys.OrderBy(hash => hash, StringComparer.Ordinal));
        Assert.Equal((images.Count + 24) / 25, handler.Requests);
        var (again, second) = Client(cache);
        Assert.Equal(hashes[0], (await again.GetImageAsync(hashes[0], CancellationToken.None)).Hash);
        Assert.Equal(0, second.Requests);
    }

    [Fact]
    public async Task A_list_longer_than_the_hashes_missing_is_not_read_past_its_first_page()
    {
        var images = Uploader(count => count > 25 * 5);
        var wanted = images.Skip(60).Take(3).Select(image => image.Hash!).Append(images[0].Hash!).ToList();
        var (client, handler) = Client();

        var found = await client.FindUserImagesAsync(images[0].User, wanted, CancellationToken.None);

        Assert.Equal(1, handler.Requests);
        Assert.Equal(new[] { images[0].Hash! }, found.Keys.ToArray());
    }

    [Fact]
    public async Task Fewer_than_three_hashes_are_left_to_their_own_lookups()
    {
        var images = Uploader(count => count > 2);
        var (client, handler) = Client();

        var found = await client.FindUserImagesAsync(images[0].User, images.Take(2).Select(image => image.Hash!).ToList(), CancellationToken.None);

        Assert.Empty(found);
        Assert.Equal(0, handler.Requests);
    }
}
