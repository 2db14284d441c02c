using AstroBin.Api;
using AstroBin.Api.Errors;
using AstroBin.Emulator;

namespace AstroBin.Tests.Reliability;

/// <summary>Each injected fault kind: survived by retrying, or reported with its own exception once retries run out.</summary>
[Collection("Emulator")]
public sealed class FaultMatrixTests(EmulatorFixture fixture)
{
    private const string Hash = "yx76x9";

    private EmulatorServer Server => fixture.Server;

    public static TheoryData<string> AllFaults => new()
    {
        "429", "429-date", "500", "502", "503", "504", "reset", "reset-mid-body", "truncated", "malformed", "html", "stall",
    };

    [Theory]
    [MemberData(nameof(AllFaults))]
    public async Task Two_faults_in_a_row_are_retried_and_the_image_arrives(string fault)
    {
        var log = new RecordingLog();
        var before = Server.Traffic.Snapshot();
        var client = FaultingClient.Create(Server, fault + "*2", log, timeout: TimeSpan.FromSeconds(1));

        var image = await client.GetImageAsync(Hash, CancellationToken.None);

        var after = Server.Traffic.Snapshot();
        Assert.Equal(Hash, image.Hash);
        Assert.Equal(2, after.FaultsByKind.GetValueOrDefault(fault) - before.FaultsByKind.GetValueOrDefault(fault));
        Assert.Equal(2, log.Retries.Length);
        Assert.StartsWith("retry 1 of 3 in ", log.Retries[0]);
        Assert.Contains("api_key=***", log.Retries[1]);
    }

    [Theory]
    [InlineData("429", typeof(AstroBinRateLimitedException))]
    [InlineData("429-date", typeof(AstroBinRateLimitedException))]
    [InlineData("500", typeof(AstroBinServerException))]
    [InlineData("502", typeof(AstroBinServerException))]
    [InlineData("503", typeof(AstroBinServerException))]
    [InlineData("504", typeof(AstroBinServerException))]
    [InlineData("reset", typeof(AstroBinNetworkException))]
    [InlineData("reset-mid-body", typeof(AstroBinNetworkException))]
    [InlineData("truncated", typeof(AstroBinInvalidResponseException))]
    [InlineData("malformed", typeof(AstroBinInvalidResponseException))]
    [InlineData("html", typeof(AstroBinInvalidResponseException))]
    [InlineData("stall", typeof(AstroBinTimeoutException))]
    public async Task A_fault_that_persists_fails_with_its_own_error_after_max_retry(string fault, Type expected)
    {
        var log = new RecordingLog();
        // A short timeout only where the fault is a stall: a busy machine can take longer than 500 ms to see a reset.
        var timeout = fault == "stall" ? TimeSpan.FromMilliseconds(500) : TimeSpan.FromSeconds(5);
        var client = FaultingClient.Create(Server, fault, log, maxRetry: 2, timeout: timeout);

        var error = await Assert.ThrowsAnyAsync<AstroBinException>(() => client.GetImageAsync(Hash, CancellationToken.None));

        Assert.IsType(expected, error);
        Assert.Equal(2, log.Retries.Length);
        Assert.Contains("api_key=***", error.RequestUri);
        Assert.DoesNotContain(EmulatorOptions.DefaultApiSecret, error.ToString() + string.Join("\n", log.Requests));
    }

    [Fact]
    public async Task A_401_is_never_retried_and_says_the_pair_is_wrong_or_revoked()
    {
        var log = new RecordingLog();
        var options = new AstroBinClientOptions(Server.BaseUri, new ApiCredentials(new string('a', 40), new string('b', 40))) { RetryDelay = TimeSpan.Zero };
        var client = new AstroBinClient(new HttpClient(), options, log);

        var error = await Assert.ThrowsAsync<AstroBinUnauthorizedException>(() => client.GetImageAsync(Hash, CancellationToken.None));

        Assert.Contains("was revoked", error.Message);
        Assert.Single(log.Requests);
    }

    [Fact]
    public async Task A_404_is_never_retried()
    {
        var log = new RecordingLog();

        await Assert.ThrowsAsync<AstroBinNotFoundException>(() => FaultingClient.Create(Server, log: log).GetImageAsync("zzzzzz", CancellationToken.None));

        Assert.Single(log.Requests);
    }

    [Fact]
    public async Task A_400_is_never_retried()
    {
        var log = new RecordingLog();
        var client = FaultingClient.Create(Server, log: log);

        await Assert.ThrowsAsync<AstroBinBadRequestException>(() => client.GetAsync(
            "imageoftheday/", new QueryParameters().Add("date", "2024-01-01"), AstroBin.Api.Json.AstroBinJsonContext.Default.ListPageImageOfTheDay, null, CancellationToken.None));

        Assert.Single(log.Requests);
    }

    [Fact]
    public async Task A_retry_after_beyond_the_retry_budget_is_not_waited_for()
    {
        var log = new RecordingLog();
        var client = FaultingClient.Create(Server, "429", log, retryBudget: TimeSpan.FromMilliseconds(500));
        var clock = System.Diagnostics.Stopwatch.StartNew();

        var error = await Assert.ThrowsAsync<AstroBinRateLimitedException>(() => client.GetImageAsync(Hash, CancellationToken.None));

        Assert.Equal(TimeSpan.FromSeconds(1), error.RetryAfter);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(1), "waited " + clock.Elapsed);
        Assert.Contains(log.Requests, line => line.Contains("beyond the retry budget", StringComparison.Ordinal));
    }
}
