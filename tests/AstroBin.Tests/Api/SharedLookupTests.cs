using System.Text;
using AstroBin.Api;
using AstroBin.Api.Errors;
using AstroBin.Emulator;
using AstroBin.Tests.Hostile;
using Microsoft.AspNetCore.Http;

namespace AstroBin.Tests.Api;

/// <summary>
/// Lookups of one object started together (every image of one user piped to Get-AstroBinUser, looked up
/// concurrently) share one request. The server holds every answer until all the lookups have started, so that
/// none of them can find the first one already answered.
/// </summary>
public sealed class SharedLookupTests
{
    [Fact]
    public async Task Lookups_of_one_object_started_together_share_one_request_and_a_failure_is_shared_but_not_remembered()
    {
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var server = await HostileServer.StartAsync(async context =>
        {
            await gate.Task;
            if (context.Request.Path.Value!.StartsWith("/api/v1/userprofile/", StringComparison.Ordinal))
            {
                context.Response.ContentType = "application/json";
                await context.Response.WriteAsync(
                    "{\"meta\": {\"limit\": 1, \"next\": null, \"offset\": 0, \"previous\": null, \"total_count\": 1}, "
                    + "\"objects\": [{\"id\": 7630, \"username\": \"crgood2\"}]}", Encoding.UTF8);
                return;
            }
            context.Response.StatusCode = StatusCodes.Status404NotFound;
        });
        var client = new AstroBinClient(new HttpClient(), new AstroBinClientOptions(server.BaseUri,
            new ApiCredentials(EmulatorOptions.DefaultApiKey, EmulatorOptions.DefaultApiSecret)) { Cache = new ResponseCache(TimeSpan.FromMinutes(1)) });

        var users = Enumerable.Range(0, 5).Select(_ => client.GetUserProfileByNameAsync("crgood2", CancellationToken.None)).ToList();
        var missing = Enumerable.Range(0, 3).Select(_ => client.GetImageAsync("zzzzz9", CancellationToken.None)).ToList();
        gate.SetResult();

        Assert.All(await Task.WhenAll(users), user => Assert.Equal("crgood2", user.Username));
        foreach (var lookup in missing) await Assert.ThrowsAsync<AstroBinNotFoundException>(() => lookup);
        Assert.Equal(2, server.Requests.Count);

        // Answered: the user from the cache, the missing image asked for again (a failure is not remembered).
        Assert.Equal(7630, (await client.GetUserProfileByNameAsync("crgood2", CancellationToken.None)).Id);
        await Assert.ThrowsAsync<AstroBinNotFoundException>(() => client.GetImageAsync("zzzzz9", CancellationToken.None));
        Assert.Equal(3, server.Requests.Count);
    }
}
