using AstroBin.Api;
using AstroBin.Api.Http;
using AstroBin.Api.Queries;
using AstroBin.Emulator;
using AstroBin.Emulator.Faults;
using Xunit.Abstractions;

namespace AstroBin.Tests.Reliability;

/// <summary>The fair-use limiter, measured where it matters: at the server.</summary>
public sealed class ThrottleTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Parallel_searches_sharing_one_throttle_stay_within_its_rate_and_concurrency()
    {
        await using var server = await EmulatorServer.StartAsync(new EmulatorOptions { Faults = new FaultOptions { Latency = TimeSpan.FromMilliseconds(150) } });
        var throttle = new RequestThrottle(requestsPerSecond: 8, maxConcurrency: 2);
        var clock = System.Diagnostics.Stopwatch.StartNew();

        // Six clients, as six runspaces would have, each reading three pages.
        var counts = await Task.WhenAll(Enumerable.Range(0, 6).Select(async _ =>
        {
            var client = FaultingClient.Create(server, throttle: throttle);
            var count = 0;
            await foreach (var image in client.SearchImagesAsync(new ImageQuery(), new PageRange(0, 75), null, CancellationToken.None)) count++;
            return count;
        }));

        var traffic = server.Traffic.Snapshot();
        var rate = traffic.Requests / clock.Elapsed.TotalSeconds;
        output.WriteLine($"rate: {traffic.Requests} requests in {clock.Elapsed.TotalSeconds:0.00} s = {rate:0.00}/s on average, at most {traffic.MaxPerSecond} in any second, at most {traffic.MaxConcurrent} at once");
        Assert.All(counts, count => Assert.Equal(75, count));
        Assert.Equal(18, traffic.Requests);
        Assert.InRange(traffic.MaxConcurrent, 1, 2);
        // One start every 125 ms; network jitter may let one more land within a second at the server.
        Assert.InRange(traffic.MaxPerSecond, 1, 9);
        Assert.True(rate <= 8.5, "average rate " + rate);
    }

    [Fact]
    public async Task A_wait_for_the_throttle_ends_at_once_on_cancellation()
    {
        var throttle = new RequestThrottle(requestsPerSecond: 0.1, maxConcurrency: 1);
        using (await throttle.AcquireAsync(CancellationToken.None)) { }
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(100));
        var clock = System.Diagnostics.Stopwatch.StartNew();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => throttle.AcquireAsync(cancel.Token));

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(2), "waited " + clock.Elapsed);
    }
}
