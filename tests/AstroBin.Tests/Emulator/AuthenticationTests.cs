using System.Net;
using System.Net.Http;
using System.Threading.Tasks;
using Xunit;

namespace AstroBin.Tests.Emulator;

public sealed class AuthenticationTests(EmulatorFixture fixture) : EmulatorTestBase(fixture)
{
    [Theory]
    [InlineData("")]
    [InlineData("api_key=0123456789abcdef0123456789abcdef01234567")]
    [InlineData("api_secret=fedcba9876543210fedcba9876543210fedcba98")]
    [InlineData("api_key=0123456789abcdef0123456789abcdef01234567&api_secret=wrong")]
    [InlineData("api_key=&api_secret=")]
    [InlineData("api_key=0123456789abcdef0123456789abcdef01234567&api_secret=fedcba9876543210fedcba9876543210fedcba98&api_key=other")]
    public async Task Bad_credentials_get_401_with_an_empty_html_body(string query)
    {
        var reply = await Get("/api/v1/image/?" + query + "&format=json");

        Assert.Equal(HttpStatusCode.Unauthorized, reply.Status);
        Assert.Empty(reply.Bytes);
        Assert.Equal("text/html; charset=utf-8", reply.ContentType);
    }

    [Fact]
    public async Task Credentials_in_headers_are_ignored()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/imageoftheday/");
        request.Headers.Add("Authorization", $"ApiKey {Fixture.ApiKey}:{Fixture.ApiSecret}");
        request.Headers.Add("api_key", Fixture.ApiKey);
        request.Headers.Add("api_secret", Fixture.ApiSecret);
        using var response = await Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Authentication_comes_before_the_lookup()
    {
        var reply = await Get("/api/v1/image/doesnotexist/?api_key=bad&api_secret=bad");

        Assert.Equal(HttpStatusCode.Unauthorized, reply.Status);
    }

    [Fact]
    public async Task Valid_credentials_are_accepted_on_every_resource()
    {
        foreach (var path in new[] { "/api/v1/image/", "/api/v1/imageoftheday/", "/api/v1/userprofile/" })
        {
            Assert.Equal(HttpStatusCode.OK, (await GetAuthorized(path)).Status);
        }
    }

    [Fact]
    public async Task The_top_level_index_needs_no_key_and_lists_the_eight_resources()
    {
        var reply = await Get("/api/v1/");

        Assert.Equal(HttpStatusCode.OK, reply.Status);
        Assert.Equal("application/json", reply.ContentType);
        var expected = string.Join(", ", new[]
        {
            "collection", "image", "imageoftheday", "imagerevision", "location", "toppick", "toppicknomination", "userprofile",
        }.Select(name => $"\"{name}\": {{\"list_endpoint\": \"/api/v1/{name}/\", \"schema\": \"/api/v1/{name}/schema/\"}}"));
        Assert.Equal("{" + expected + "}", reply.Body);
    }
}
