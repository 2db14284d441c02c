using AstroBin.Api;

namespace AstroBin.Tests.Api;

public class ResponseCacheTests
{
    private DateTime _now = new(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    private ResponseCache Cache(TimeSpan lifetime, int capacity = 100) => new(lifetime, capacity, () => _now);

    [Fact]
    public async Task No_holder_of_a_cached_object_can_change_it_under_another()
    {
        var cache = Cache(TimeSpan.FromSeconds(60));
        var fetched = new Image { Id = 7, Title = "M31" };
        cache.Set("a", fetched);
        fetched.Title = "changed by the one who fetched it";

        Assert.True(cache.TryGet<Image>("a", out var first));
        Assert.True(cache.TryGet<Image>("a", out var second));
        first.Title = "changed by a later reader";

        Assert.Equal("M31", second.Title);
        Assert.NotSame(first, second);
        Assert.True(cache.TryGet<Image>("a", out var third));
        Assert.Equal("M31", third.Title);

        // Lookups started together share one answer, each with its own copy.
        var answer = new TaskCompletionSource<Image>();
        var one = cache.Share("b", () => answer.Task, out _);
        var other = cache.Share("b", () => answer.Task, out var joined);
        answer.SetResult(new Image { Id = 8, Title = "M42" });
        Assert.True(joined);
        (await one).Title = "changed";
        Assert.Equal("M42", (await other).Title);
    }

    [Fact]
    public void An_answer_is_reused_until_its_lifetime_ends()
    {
        var cache = Cache(TimeSpan.FromSeconds(60));
        cache.Set("a", "value");

        _now = _now.AddSeconds(59);
        Assert.True(cache.TryGet<string>("a", out var value));
        Assert.Equal("value", value);

        _now = _now.AddSeconds(2);
        Assert.False(cache.TryGet<string>("a", out _));
        Assert.Equal(0, cache.Count);
    }

    [Fact]
    public void A_zero_lifetime_caches_nothing_and_clears_what_was_there()
    {
        var cache = Cache(TimeSpan.FromSeconds(60));
        cache.Set("a", "value");

        cache.Lifetime = TimeSpan.Zero;
        cache.Set("b", "value");

        Assert.Equal(0, cache.Count);
        Assert.False(cache.TryGet<string>("a", out _));
    }

    [Fact]
    public void A_full_cache_drops_expired_entries_first_and_never_grows_past_its_capacity()
    {
        var cache = Cache(TimeSpan.FromSeconds(10), capacity: 3);
        cache.Set("old", "x");
        _now = _now.AddSeconds(11);
        cache.Set("b", "x");
        cache.Set("c", "x");
        cache.Set("d", "x");

        Assert.False(cache.TryGet<string>("old", out _));
        Assert.True(cache.TryGet<string>("d", out _));
        for (var i = 0; i < 50; i++) cache.Set("k" + i, "x");
        Assert.True(cache.Count <= 3);
    }

    [Fact]
    public void A_value_of_another_type_is_a_miss()
    {
        var cache = Cache(TimeSpan.FromSeconds(60));
        cache.Set("a", "text");

        Assert.False(cache.TryGet<Image>("a", out _));
    }

    [Fact]
    public void A_negative_lifetime_is_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Cache(TimeSpan.FromSeconds(-1)));
    }

    [Fact]
    public async Task A_fetch_in_flight_is_shared_by_the_same_key_and_its_answer_remembered()
    {
        var cache = Cache(TimeSpan.FromSeconds(60));
        var release = new TaskCompletionSource<string>();
        var fetches = 0;
        Task<string> Fetch()
        {
            Interlocked.Increment(ref fetches);
            return release.Task;
        }

        var first = cache.Share("a", Fetch, out var firstJoined);
        var second = cache.Share("a", Fetch, out var secondJoined);
        var other = cache.Share("b", () => Task.FromResult("b"), out var otherJoined);
        release.SetResult("value");

        Assert.False(firstJoined);
        Assert.True(secondJoined);
        Assert.False(otherJoined);
        Assert.Equal("value", await first);
        Assert.Equal("value", await second);
        Assert.Equal("b", await other);
        Assert.Equal(1, fetches);
        Assert.True(cache.TryGet<string>("a", out var remembered));
        Assert.Equal("value", remembered);
    }

    [Fact]
    public async Task A_failed_fetch_is_shared_but_not_remembered()
    {
        var cache = Cache(TimeSpan.FromSeconds(60));
        var release = new TaskCompletionSource<string>();

        var first = cache.Share("a", () => release.Task, out _);
        var second = cache.Share("a", () => Task.FromResult("never"), out var joined);
        release.SetException(new InvalidOperationException("no"));

        Assert.True(joined);
        await Assert.ThrowsAsync<InvalidOperationException>(() => first);
        await Assert.ThrowsAsync<InvalidOperationException>(() => second);
        Assert.False(cache.TryGet<string>("a", out _));
        Assert.Equal("again", await cache.Share("a", () => Task.FromResult("again"), out var afterwards));
        Assert.False(afterwards);
    }
}
