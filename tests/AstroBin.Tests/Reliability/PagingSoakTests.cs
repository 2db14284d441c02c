using AstroBin.Api;
using AstroBin.Api.Queries;
using AstroBin.Emulator;
using AstroBin.Emulator.Faults;
using Xunit.Abstractions;

namespace AstroBin.Tests.Reliability;

/// <summary>Paging under a random 20% of faults yields exactly the fault-free sequence: no gap, no duplicate.</summary>
[Collection("Emulator")]
public sealed class PagingSoakTests(EmulatorFixture fixture, ITestOutputHelper output)
{
    private const int Count = 2000;

    [Fact]
    public async Task Two_thousand_images_under_20_percent_faults_arrive_exactly_once_in_order()
    {
        var expected = await ReadIdsAsync(fixture.Server, new RecordingLog());
        await using var faulty = await EmulatorServer.StartAsync(new EmulatorOptions
        {
            Faults = new FaultOptions { Rate = 0.2, Seed = 5, Latency = TimeSpan.FromMilliseconds(2), RetryAfterSeconds = 0 },
        });
        var log = new RecordingLog();

        var received = await ReadIdsAsync(faulty, log);

        var traffic = faulty.Traffic.Snapshot();
        output.WriteLine($"soak: {traffic.Faults} faults injected ({string.Join(", ", traffic.FaultsByKind.Select(p => p.Key + "=" + p.Value))}), "
            + $"{traffic.Requests} requests, {log.Retries.Length} retries, {expected.Count} ids expected, {received.Count} received");
        Assert.Equal(Count, expected.Count);
        Assert.Equal(Count, expected.Distinct().Count());
        Assert.Equal(expected, received);
        Assert.True(traffic.Faults >= 10, "only " + traffic.Faults + " faults were injected");
        // Every fault cost one retry; a reset can cost one more, when the next request meets the pooled
        // connection it killed (that retry fails before the server sees it).
        var resets = traffic.FaultsByKind.Where(pair => pair.Key.StartsWith("reset", StringComparison.Ordinal)).Sum(pair => pair.Value);
        Assert.InRange(log.Retries.Length, traffic.Faults, traffic.Faults + resets);
    }

    private static async Task<List<int>> ReadIdsAsync(EmulatorServer server, RecordingLog log)
    {
        // Oldest first: a fixed order that no other test's requests could change; from 2017 on, past the
        // archive images whose unreadable records the poisoned-page tests cover.
        var query = new ImageQuery { OrderBy = ImageOrder.Uploaded, UploadedAfter = new DateTime(2017, 1, 1, 0, 0, 0, DateTimeKind.Utc) };
        var client = FaultingClient.Create(server, log: log, maxRetry: 10, timeout: TimeSpan.FromMilliseconds(750));
        var ids = new List<int>();
        await foreach (var image in client.SearchImagesAsync(query, new PageRange(0, Count), null, CancellationToken.None))
        {
            ids.Add(image.Id);
        }
        return ids;
    }
}
