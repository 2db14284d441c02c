using System.Management.Automation;
using AstroBin.Api;
using AstroBin.Api.Errors;
using AstroBin.Emulator;
using Microsoft.AspNetCore.Http;
using Xunit;

namespace AstroBin.Tests.Hostile;

/// <summary>Issue 10 item 6: no path given to Invoke-AstroBinApi reaches the server outside the base URI's path.</summary>
[Collection("Session configuration")]
public sealed class ApiPathEscapeTests
{
    private static readonly Uri BaseUri = new("http://127.0.0.1:5000/api/v1/");

    [Theory]
    [InlineData("%2e%2e/%2e%2e/%2e%2e/admin/secret")]
    [InlineData("%2E%2E/admin")]
    [InlineData("image/%252e%252e/%252e%252e/admin")]   // encoded twice
    [InlineData("image/%25252e%25252e/x")]   // three times
    [InlineData(".%2e/admin")]
    [InlineData("..\\..\\admin")]
    [InlineData("image%2f..%2f..%2fadmin")]   // an encoded slash
    [InlineData("image%5c..")]   // an encoded backslash
    [InlineData("image/%3flimit=1")]   // a query, smuggled encoded
    [InlineData("image/%23fragment")]
    [InlineData("image/%00")]
    [InlineData("http://evil.example/api/v1/image/")]   // a full URL elsewhere
    [InlineData("http://127.0.0.1:5000/admin/")]   // the right host, outside the API
    [InlineData("http://127.0.0.1:5000/api/v1/%2e%2e/admin/")]
    [InlineData("//evil.example/api/v1/image/")]
    [InlineData("\\\\evil.example\\api")]
    public void A_path_that_would_leave_the_base_uri_is_refused(string path)
    {
        var error = Assert.Throws<ArgumentException>(() => ApiRequestPath.Normalize(path, BaseUri));
        Assert.Contains("'" + path + "'", error.Message);
    }

    [Theory]
    [InlineData("%69mage/abc123", "image/abc123/")]
    [InlineData("http://127.0.0.1:5000/api/v1/image/abc123/", "image/abc123/")]
    [InlineData("API/V1/image", "image/")]
    [InlineData("image/M%2031", "image/M%2031/")]
    public void A_path_below_the_base_uri_is_kept(string path, string expected) =>
        Assert.Equal(expected, ApiRequestPath.Normalize(path, BaseUri));

    [Fact]
    public async Task The_client_never_sends_a_request_outside_the_base_uri_even_when_handed_one()
    {
        // Below Invoke-AstroBinApi's check: the URI the client builds decodes %2e and drops dot segments.
        await using var server = await HostileServer.StartAsync(context => context.Response.WriteAsync("{}"));

        var error = await Assert.ThrowsAsync<AstroBinRedirectRefusedException>(() =>
            TestClients.Client(server).GetDocumentAsync("%2e%2e/%2e%2e/%2e%2e/admin/secret/", null, ApiFormat.Json, CancellationToken.None));

        Assert.Empty(server.Requests);
        Assert.Contains("/admin/secret/", error.Target);
        Assert.DoesNotContain(EmulatorOptions.DefaultApiSecret, error.Message);
    }

    [Fact]
    public async Task Invoke_AstroBinApi_refuses_the_escape_before_any_request()
    {
        await using var server = await HostileServer.StartAsync(context => context.Response.WriteAsync("{}"));

        var run = TestClients.Run(server, "", "Invoke-AstroBinApi '%2e%2e/%2e%2e/%2e%2e/admin/secret'; Invoke-AstroBinApi 'image%252f..%252f..%252fadmin'");

        Assert.Empty(run.Output);
        Assert.Empty(server.Requests);
        Assert.Equal(2, run.Errors.Count);
        Assert.All(run.Errors, record =>
        {
            Assert.Equal("AstroBinInvalidPath,AstroBin.Commands.InvokeAstroBinApi", record.FullyQualifiedErrorId);
            Assert.Equal(ErrorCategory.InvalidArgument, record.CategoryInfo.Category);
            Assert.Contains("Give a path below the base URI", record.ToString());
        });
    }
}
