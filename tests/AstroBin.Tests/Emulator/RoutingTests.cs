using System.Net;
using System.Net.Http;
using System.Threading.Tasks;
using Xunit;

namespace AstroBin.Tests.Emulator;

public sealed class RoutingTests(EmulatorFixture fixture) : EmulatorTestBase(fixture)
{
    [Theory]
    [InlineData("POST")]
    [InlineData("PUT")]
    [InlineData("PATCH")]
    [InlineData("DELETE")]
    public async Task Other_methods_get_405_GET_before_authentication(string method)
    {
        var reply = await Get("/api/v1/image/", method);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, reply.Status);
        Assert.Equal("GET", reply.Body);
        Assert.Equal("GET", reply.Allow);
        Assert.Equal("text/html; charset=utf-8", reply.ContentType);
    }

    [Fact]
    public async Task Options_gets_200_GET_with_Allow()
    {
        var reply = await Get("/api/v1/imageoftheday/", "OPTIONS");

        Assert.Equal(HttpStatusCode.OK, reply.Status);
        Assert.Equal("GET", reply.Body);
        Assert.Equal("GET", reply.Allow);
    }

    [Fact]
    public async Task The_method_override_header_is_honoured_before_the_method_check()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/image/?" + Fixture.Credentials);
        request.Headers.Add("X-HTTP-Method-Override", "DELETE");
        using var response = await Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }

    [Theory]
    [InlineData("/api/v1/image?format=json&title__icontains=m%2031&x=a+b", "/api/v1/image/?format=json&title__icontains=m%2031&x=a+b")]
    [InlineData("/api/v1/image/yx76x9", "/api/v1/image/yx76x9/")]
    [InlineData("/api/v1/imageoftheday/5?limit=1", "/api/v1/imageoftheday/5/?limit=1")]
    [InlineData("/api/v1", "/api/v1/")]
    public async Task A_missing_trailing_slash_gets_301_to_the_slashed_url_keeping_the_query(string requested, string location)
    {
        var reply = await Get(requested);

        Assert.Equal(HttpStatusCode.MovedPermanently, reply.Status);
        Assert.Equal(location, reply.Location);
    }

    [Fact]
    public async Task The_redirect_comes_before_the_method_and_credential_checks()
    {
        Assert.Equal(HttpStatusCode.MovedPermanently, (await Get("/api/v1/userprofile", "POST")).Status);
        Assert.Equal(HttpStatusCode.MovedPermanently, (await Get("/api/v1/userprofile?api_key=bad")).Status);
    }

    [Theory]
    [InlineData("/api/v1/foo/")]
    [InlineData("/api/v1/foo")]
    [InlineData("/api/v2/image/")]
    [InlineData("/")]
    [InlineData("/API/V1/IMAGE/")]
    public async Task Unknown_urls_get_the_html_404_page(string path)
    {
        var reply = await Get(path + "?" + Fixture.Credentials);

        Assert.Equal(HttpStatusCode.NotFound, reply.Status);
        Assert.Equal("text/html; charset=utf-8", reply.ContentType);
        Assert.NotEmpty(reply.Bytes);
    }

    [Fact]
    public async Task RequestCount_counts_every_request()
    {
        var before = Fixture.Server.RequestCount;
        await Get("/api/v1/");
        await Get("/nowhere");

        Assert.True(Fixture.Server.RequestCount >= before + 2);
    }
}
