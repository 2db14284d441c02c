using System.Diagnostics;
using System.Management.Automation;
using AstroBin.Emulator;
using AstroBin.Emulator.Faults;
using AstroBin.Tests.Hostile;
using Xunit.Abstractions;

namespace AstroBin.Tests.Reliability;

/// <summary>
/// Ctrl+C on a hosted pipeline (PowerShell.Stop, what the console does) while the cmdlet is stuck:
/// in a back-off wait, in a stalled response, in a rate-limit wait. The bound is 0.25 s; the
/// assertion allows generous slack for a loaded CI machine, and the output shows the measure.
/// </summary>
[Collection("Session configuration")]
public sealed class CancellationTests(ITestOutputHelper output)
{
    private static readonly TimeSpan Slack = TimeSpan.FromSeconds(1.5);

    [Fact]
    public async Task Stop_ends_a_search_waiting_out_a_long_retry_after()
    {
        await using var server = await EmulatorServer.StartAsync(new EmulatorOptions
        {
            Faults = new FaultOptions { Rate = 1, Kinds = [FaultKind.RateLimited], RetryAfterSeconds = 60 },
        });

        var stopTime = await StopWhenStuckAsync(server, "Search-AstroBinImage -First 10");

        output.WriteLine($"stop in back-off: {stopTime.TotalMilliseconds:0} ms");
        Assert.True(stopTime < Slack, "Stop took " + stopTime);
    }

    [Fact]
    public async Task Stop_ends_a_search_reading_a_stalled_response()
    {
        await using var server = await EmulatorServer.StartAsync(new EmulatorOptions
        {
            Faults = new FaultOptions { Rate = 1, Kinds = [FaultKind.Stall] },
        });

        var stopTime = await StopWhenStuckAsync(server, "Search-AstroBinImage -First 10");

        output.WriteLine($"stop in stalled response: {stopTime.TotalMilliseconds:0} ms");
        Assert.True(stopTime < Slack, "Stop took " + stopTime);
    }

    [Fact]
    public async Task Stop_ends_a_search_waiting_for_the_rate_limiter()
    {
        await using var server = await EmulatorServer.StartAsync();

        // At 0.1 request per second the second page waits ten seconds for its turn.
        var stopTime = await StopWhenStuckAsync(server, "Search-AstroBinImage -First 50", "-MaxRequestsPerSecond 0.1");

        output.WriteLine($"stop in rate-limit wait: {stopTime.TotalMilliseconds:0} ms");
        Assert.True(stopTime < Slack, "Stop took " + stopTime);
    }

    private static async Task<TimeSpan> StopWhenStuckAsync(EmulatorServer server, string command, string settings = "")
    {
        using var runspace = TestClients.Runspace(server.BaseUri, "-TimeoutSec 120 " + settings);
        using var pipeline = PowerShell.Create(runspace);
        pipeline.AddScript(command);
        var running = pipeline.BeginInvoke();
        var requestsBefore = 0;
        var deadline = Stopwatch.StartNew();
        // Stuck means: the first request has arrived and nothing has moved for half a second.
        while (deadline.Elapsed < TimeSpan.FromSeconds(20))
        {
            await Task.Delay(500);
            var requests = server.Traffic.Snapshot().Requests;
            if (requests > 0 && requests == requestsBefore) break;
            requestsBefore = requests;
        }
        Assert.False(running.IsCompleted, "the command finished instead of waiting");

        var clock = Stopwatch.StartNew();
        pipeline.Stop();
        clock.Stop();
        Assert.Equal(PSInvocationState.Stopped, pipeline.InvocationStateInfo.State);
        try
        {
            pipeline.EndInvoke(running);
        }
        catch (PipelineStoppedException)
        {
            // What a stopped pipeline reports.
        }
        TestClients.Reset(runspace);
        return clock.Elapsed;
    }
}
