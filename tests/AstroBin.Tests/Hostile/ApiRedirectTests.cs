using System.Diagnostics;
using System.Management.Automation;
using AstroBin.Api;
using AstroBin.Api.Errors;
using AstroBin.Api.Http;
using AstroBin.Emulator;
using Microsoft.AspNetCore.Http;
using Xunit;
using Xunit.Abstractions;

namespace AstroBin.Tests.Hostile;

/// <summary>
/// Issue 10 items 4 and 5: an API redirect is followed only within the base URI, a few hops at most, each hop
/// through the limiter and in the log; any other redirect fails before anything reaches its target.
/// </summary>
[Collection("Session configuration")]
public sealed class ApiRedirectTests(ITestOutputHelper output)
{
    private const string Document = """{"meta": {"limit": 20, "next": null, "offset": 0, "previous": null, "total_count": 0}, "objects": []}""";

    private static Task Json(HttpContext context)
    {
        context.Response.ContentType = "application/json";
        return context.Response.WriteAsync(Document);
    }

    private static Task Redirect(HttpContext context, string location, int status = StatusCodes.Status302Found)
    {
        context.Response.StatusCode = status;
        context.Response.Headers.Location = location;
        return Task.CompletedTask;
    }

    [Fact]
    public async Task A_redirect_to_another_host_is_refused_and_the_key_never_arrives_there()
    {
        await using var other = await HostileServer.StartAsync(Json);
        await using var server = await HostileServer.StartAsync(context =>
            Redirect(context, new Uri(other.Root, context.Request.Path.Value + context.Request.QueryString.Value).AbsoluteUri));
        var log = new RecordingLog();

        var error = await Assert.ThrowsAsync<AstroBinRedirectRefusedException>(() => TestClients.Client(server, log).GetDocumentAsync("image/", null, ApiFormat.Json, CancellationToken.None));

        Assert.Empty(other.Requests);
        Assert.Single(server.Requests);
        Assert.StartsWith(other.Root.AbsoluteUri + "api/v1/image/", error.Target);
        Assert.Contains(error.Target, error.Message);
        Assert.Contains("Set-AstroBinConfiguration -BaseUri", error.Message);
        foreach (var text in new[] { error.Message, error.Target, error.RequestUri! }.Concat(log.Lines))
        {
            Assert.DoesNotContain(EmulatorOptions.DefaultApiKey, text);
            Assert.DoesNotContain(EmulatorOptions.DefaultApiSecret, text);
        }
        Assert.Contains(log.Lines, line => line.StartsWith("GET " + server.BaseUri.AbsoluteUri + "image/", StringComparison.Ordinal) && line.Contains("-> 302"));
        Assert.Contains(log.Lines, line => line.StartsWith("not following the redirect to " + other.Root.AbsoluteUri, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("https://{host}/api/v1/image/")]   // another scheme
    [InlineData("http://example.invalid/api/v1/image/")]   // plain http off the loopback
    [InlineData("/admin/secret/")]   // the same host, outside the API
    [InlineData("/api/v1/../../admin/")]   // the same, by dot segments
    [InlineData("http://user@{host}/api/v1/image/")]   // a user name
    public async Task A_redirect_out_of_the_base_uri_sends_nothing(string location)
    {
        await using var server = await HostileServer.StartAsync(context => Task.CompletedTask);
        server.Handler = context => context.Request.Path.StartsWithSegments("/api/v1/image")
            ? Redirect(context, location.Replace("{host}", server.Root.Authority))
            : Json(context);

        var error = await Assert.ThrowsAsync<AstroBinRedirectRefusedException>(() => TestClients.Client(server).GetDocumentAsync("image/", null, ApiFormat.Json, CancellationToken.None));

        Assert.Single(server.Requests);
        Assert.DoesNotContain(EmulatorOptions.DefaultApiSecret, error.Message);
    }

    [Fact]
    public async Task A_redirect_within_the_base_uri_is_followed_and_each_hop_is_logged()
    {
        // What the real server does for a missing trailing slash: 301 to the same address with the slash.
        await using var server = await HostileServer.StartAsync(context => context.Request.Path.Value!.EndsWith("/again/", StringComparison.Ordinal)
            ? Json(context)
            : Redirect(context, context.Request.Path.Value + "again/" + context.Request.QueryString.Value, StatusCodes.Status301MovedPermanently));
        var log = new RecordingLog();

        var document = await TestClients.Client(server, log).GetDocumentAsync("image/", null, ApiFormat.Json, CancellationToken.None);

        Assert.Contains("total_count", document.Text);
        Assert.Equal(["/api/v1/image/", "/api/v1/image/again/"], server.Requests.Select(request => request.PathAndQuery.Split('?')[0]));
        Assert.Equal(2, log.Lines.Count(line => line.StartsWith("GET ", StringComparison.Ordinal)));
        Assert.Contains(log.Lines, line => line.Contains("/api/v1/image/again/?format=json&api_key=***&api_secret=*** -> 200"));
    }

    [Fact]
    public async Task A_redirect_to_itself_stops_after_the_hop_limit_at_the_configured_rate()
    {
        await using var server = await HostileServer.StartAsync(context => Redirect(context, context.Request.Path.Value + context.Request.QueryString.Value));
        var throttle = new RequestThrottle(10, 4);
        var clock = Stopwatch.StartNew();

        var error = await Assert.ThrowsAsync<AstroBinRedirectRefusedException>(() => TestClients.Client(server, throttle: throttle, maxRetry: 4).GetDocumentAsync("image/", null, ApiFormat.Json, CancellationToken.None));

        clock.Stop();
        var gap = TestClients.ShortestGap(server.Requests);
        output.WriteLine($"302 to itself: {server.Requests.Count} requests in {clock.ElapsedMilliseconds} ms, shortest gap {gap.TotalMilliseconds:0} ms (limit 10/s)");
        Assert.Equal(1 + ApiRedirectPolicy.DefaultMaxRedirects, server.Requests.Count);
        Assert.Contains("more than 3 times", error.Message);
        // 100 ms apart by the limiter; arrival times carry a few ms of scheduling noise.
        Assert.True(gap >= TimeSpan.FromMilliseconds(80), "requests arrived " + gap.TotalMilliseconds + " ms apart");
    }

    [Fact]
    public async Task A_redirect_chain_ending_in_503_is_retried_within_the_configured_rate()
    {
        // /api/v1/image/ -> hop1/ -> hop2/ -> hop3/ -> 503, every time: each attempt is four requests.
        await using var server = await HostileServer.StartAsync(context =>
        {
            var path = context.Request.Path.Value!;
            var hops = path.Split('/', StringSplitOptions.RemoveEmptyEntries).Count(segment => segment.StartsWith("hop", StringComparison.Ordinal));
            if (hops == ApiRedirectPolicy.DefaultMaxRedirects)
            {
                context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
                return Task.CompletedTask;
            }
            return Redirect(context, path + "hop" + (hops + 1) + "/" + context.Request.QueryString.Value);
        });
        const double rate = 20;
        var clock = Stopwatch.StartNew();

        await Assert.ThrowsAsync<AstroBinServerException>(() =>
            TestClients.Client(server, throttle: new RequestThrottle(rate, 4), maxRetry: 2).GetDocumentAsync("image/", null, ApiFormat.Json, CancellationToken.None));

        clock.Stop();
        var most = TestClients.MostWithin(server.Requests, TimeSpan.FromSeconds(1));
        output.WriteLine($"3-hop chain to 503, 2 retries: {server.Requests.Count} requests in {clock.ElapsedMilliseconds} ms, at most {most} in any second (limit {rate}/s), shortest gap {TestClients.ShortestGap(server.Requests).TotalMilliseconds:0} ms");
        Assert.Equal(3 * 4, server.Requests.Count);
        Assert.True(most <= rate + 1, most + " requests arrived within one second");
        Assert.True(clock.Elapsed >= TimeSpan.FromSeconds(11 / rate * 0.9), "12 requests took " + clock.Elapsed);
    }

    [Fact]
    public async Task A_long_redirect_chain_is_cut_at_the_hop_limit()
    {
        // The 45-hop chain of the issue: only the first four requests are ever sent.
        await using var server = await HostileServer.StartAsync(context =>
        {
            var path = context.Request.Path.Value!;
            var depth = path.Count(c => c == '/');
            return depth >= 48 ? Task.CompletedTask : Redirect(context, path + "h/" + context.Request.QueryString.Value);
        });

        await Assert.ThrowsAsync<AstroBinRedirectRefusedException>(() => TestClients.Client(server, maxRetry: 4).GetDocumentAsync("image/", null, ApiFormat.Json, CancellationToken.None));

        Assert.Equal(4, server.Requests.Count);
    }

    [Fact]
    public async Task A_cmdlet_reports_AstroBinRedirectRefused_and_shows_each_hop_in_verbose()
    {
        await using var other = await HostileServer.StartAsync(Json);
        await using var server = await HostileServer.StartAsync(context => Task.CompletedTask);
        server.Handler = context => context.Request.Path.Value!.EndsWith("/hop/", StringComparison.Ordinal)
            ? Redirect(context, new Uri(other.Root, context.Request.Path.Value + context.Request.QueryString.Value).AbsoluteUri)
            : Redirect(context, context.Request.Path.Value + "hop/" + context.Request.QueryString.Value, StatusCodes.Status301MovedPermanently);

        var run = TestClients.Run(server, "", "Invoke-AstroBinApi image -Verbose");

        Assert.Empty(run.Output);
        Assert.Empty(other.Requests);
        var record = Assert.Single(run.Errors);
        Assert.Equal("AstroBinRedirectRefused,AstroBin.Commands.InvokeAstroBinApi", record.FullyQualifiedErrorId);
        Assert.Equal(ErrorCategory.SecurityError, record.CategoryInfo.Category);
        Assert.Contains(other.Root.AbsoluteUri + "api/v1/image/hop/?format=json&api_key=***&api_secret=***", record.ToString());
        Assert.Contains(run.Verbose, line => line.StartsWith("GET " + server.BaseUri.AbsoluteUri + "image/?", StringComparison.Ordinal) && line.Contains("-> 301"));
        Assert.Contains(run.Verbose, line => line.StartsWith("GET " + server.BaseUri.AbsoluteUri + "image/hop/?", StringComparison.Ordinal) && line.Contains("-> 302"));
        foreach (var text in run.Verbose.Append(record.ToString()))
        {
            Assert.DoesNotContain(EmulatorOptions.DefaultApiKey, text);
            Assert.DoesNotContain(EmulatorOptions.DefaultApiSecret, text);
        }
    }
}
