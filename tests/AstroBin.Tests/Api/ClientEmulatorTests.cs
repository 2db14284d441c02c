using AstroBin.Api;
using AstroBin.Api.Queries;

namespace AstroBin.Tests.Api;

/// <summary>The client against the running emulator: paging, concurrency, the session cache.</summary>
[Collection("Emulator")]
public class ClientEmulatorTests(EmulatorFixture emulator)
{
    private AstroBinClient Client(int concurrency = 4, ResponseCache? cache = null, CountingHandler? handler = null)
    {
        var options = new AstroBinClientOptions(emulator.Server.BaseUri, new ApiCredentials(emulator.ApiKey, emulator.ApiSecret))
        {
            MaxConcurrency = concurrency,
            Cache = cache,
        };
        return new AstroBinClient(new HttpClient(handler ?? new CountingHandler()), options);
    }

    private static async Task<List<T>> ReadAll<T>(IAsyncEnumerable<T> source)
    {
        var items = new List<T>();
        await foreach (var item in source) items.Add(item);
        return items;
    }

    [Theory]
    [InlineData(1)]
    [InlineData(8)]
    public async Task A_long_read_returns_every_image_once_in_the_servers_order(int concurrency)
    {
        var expected = emulator.Server.Data.Images.Take(2000).Select(image => image.PublicId).ToList();

        var images = await ReadAll(Client(concurrency).SearchImagesAsync(new ImageQuery(), new PageRange(0, 2000), null, CancellationToken.None));

        Assert.Equal(expected, images.Select(image => image.ImageId).ToList());
    }

    [Fact]
    public async Task Skip_and_take_cut_the_same_sequence_at_any_offset()
    {
        var expected = emulator.Server.Data.Images.Skip(37).Take(111).Select(image => image.PublicId).ToList();

        var images = await ReadAll(Client(8).SearchImagesAsync(new ImageQuery(), new PageRange(37, 111), null, CancellationToken.None));

        Assert.Equal(expected, images.Select(image => image.ImageId).ToList());
    }

    [Fact]
    public async Task The_total_count_comes_with_the_first_page_even_when_nothing_is_taken()
    {
        long total = -1;
        var images = await ReadAll(Client().SearchImagesAsync(new ImageQuery { TitleContains = "andromeda" }, new PageRange(0, 0), new ListObserver { TotalCount = count => total = count }, CancellationToken.None));

        Assert.Empty(images);
        Assert.Equal(emulator.Server.Data.Images.Count(image => image.Title.Contains("andromeda", StringComparison.OrdinalIgnoreCase)), total);
    }

    [Fact]
    public async Task Stopping_early_leaves_no_read_ahead_running_and_asks_for_little()
    {
        var handler = new CountingHandler();
        var client = Client(8, handler: handler);

        await foreach (var _ in client.SearchImagesAsync(new ImageQuery(), PageRange.All, null, CancellationToken.None))
        {
            break;
        }

        Assert.True(handler.Requests <= 9, "requests: " + handler.Requests);
        Assert.Equal(0, handler.InFlight);
    }

    [Fact]
    public async Task The_session_cache_answers_a_repeated_lookup_without_a_request()
    {
        var handler = new CountingHandler();
        var client = Client(cache: new ResponseCache(TimeSpan.FromMinutes(1)), handler: handler);

        var first = await client.GetImageAsync("yx76x9", CancellationToken.None);
        var second = await client.GetImageAsync("yx76x9", CancellationToken.None);
        var user = await client.GetUserProfileByNameAsync("crgood2", CancellationToken.None);
        var again = await client.GetUserProfileByNameAsync("crgood2", CancellationToken.None);

        // The same record, each caller with its own copy (one changing it changes no one else's).
        Assert.Equal(first.ImageId, second.ImageId);
        Assert.NotSame(first, second);
        Assert.Equal(user.Username, again.Username);
        Assert.NotSame(user, again);
        Assert.Equal(2, handler.Requests);
    }

    [Fact]
    public async Task Another_key_pair_does_not_see_the_cached_answers()
    {
        var cache = new ResponseCache(TimeSpan.FromMinutes(1));
        await Client(cache: cache).GetImageAsync("yx76x9", CancellationToken.None);
        var options = new AstroBinClientOptions(emulator.Server.BaseUri, new ApiCredentials(new string('f', 40), new string('0', 40))) { Cache = cache };

        await Assert.ThrowsAsync<AstroBin.Api.Errors.AstroBinUnauthorizedException>(() => new AstroBinClient(new HttpClient(), options).GetImageAsync("yx76x9", CancellationToken.None));
    }

    /// <summary>Counts the requests that reach the network, and those still open.</summary>
    public sealed class CountingHandler() : DelegatingHandler(new HttpClientHandler())
    {
        private int _requests;
        private int _inFlight;

        public int Requests => Volatile.Read(ref _requests);

        public int InFlight => Volatile.Read(ref _inFlight);

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref _requests);
            Interlocked.Increment(ref _inFlight);
            try
            {
                return await base.SendAsync(request, cancellationToken);
            }
            finally
            {
                Interlocked.Decrement(ref _inFlight);
            }
        }
    }
}
