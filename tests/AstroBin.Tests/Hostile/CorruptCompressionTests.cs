using System.Management.Automation;
using AstroBin.Api;
using AstroBin.Api.Errors;
using Microsoft.AspNetCore.Http;
using Xunit;

namespace AstroBin.Tests.Hostile;

/// <summary>
/// Issue 10 item 9: a body announced as gzip that does not decompress is a damaged answer: retried, then
/// AstroBinInvalidResponse for that item only.
/// </summary>
[Collection("Session configuration")]
public sealed class CorruptCompressionTests
{
    private static Task CorruptGzip(HttpContext context)
    {
        context.Response.ContentType = "application/json";
        context.Response.Headers.ContentEncoding = "gzip";
        var noise = new byte[4096];
        new Random(10).NextBytes(noise);
        return context.Response.Body.WriteAsync(noise).AsTask();
    }

    private static Task Image(HttpContext context, string hash)
    {
        context.Response.ContentType = "application/json";
        return context.Response.WriteAsync("{\"id\": 1, \"hash\": \"" + hash + "\", \"title\": \"Image " + hash + "\", \"user\": \"someone\"}");
    }

    [Fact]
    public async Task The_client_retries_then_reports_an_invalid_response()
    {
        await using var server = await HostileServer.StartAsync(CorruptGzip);

        var error = await Assert.ThrowsAsync<AstroBinInvalidResponseException>(() =>
            TestClients.Client(server, maxRetry: 2).GetDocumentAsync("image/", null, ApiFormat.Json, CancellationToken.None));

        Assert.Equal(3, server.Requests.Count);
        Assert.Contains("does not decompress", error.Message);
        Assert.True(error.MayBeTransient);
    }

    [Fact]
    public async Task Get_AstroBinImage_reports_the_corrupt_one_and_returns_the_others()
    {
        await using var server = await HostileServer.StartAsync(context =>
        {
            var hash = context.Request.Path.Value!.Split('/', StringSplitOptions.RemoveEmptyEntries).Last();
            return hash == "bbbbbb" ? CorruptGzip(context) : Image(context, hash);
        });

        var run = TestClients.Run(server, "-MaxRetry 1 -RetryDelaySec 0", "'aaaaaa', 'bbbbbb', 'cccccc' | Get-AstroBinImage -NoCache");

        Assert.Equal(["aaaaaa", "cccccc"], run.Output.Select(item => ((Image)item.BaseObject).Hash));
        var record = Assert.Single(run.Errors);
        Assert.StartsWith("AstroBinInvalidResponse,", record.FullyQualifiedErrorId);
        Assert.Equal(ErrorCategory.InvalidResult, record.CategoryInfo.Category);
        Assert.Equal("bbbbbb", record.TargetObject);
        Assert.Equal(2, server.Requests.Count(request => request.PathAndQuery.Contains("/bbbbbb/")));
    }
}
