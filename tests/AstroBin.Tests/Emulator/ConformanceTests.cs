using System.Linq;
using System.Net;
using System.Net.Http;
using System.Threading.Tasks;
using Xunit;

namespace AstroBin.Tests.Emulator;

/// <summary>
/// Spec §5 (error catalogue) and §11 (checklist) behaviours that the topic test files do not cover yet.
/// </summary>
public sealed class ConformanceTests(EmulatorFixture fixture) : EmulatorTestBase(fixture)
{
    private const string ErrorMessage = "{\"error_message\": \"Sorry, this request could not be processed. Please try again later.\"}";

    public static readonly TheoryData<string> NumericPkResources =
        ["imagerevision", "toppick", "toppicknomination", "collection", "userprofile", "location"];

    [Theory]
    [MemberData(nameof(NumericPkResources))]
    public async Task Other_resources_answer_an_unknown_numeric_pk_with_404_and_an_empty_body(string resource)
    {
        var reply = await GetAuthorized($"/api/v1/{resource}/987654321/");
        AssertReply(reply, HttpStatusCode.NotFound, "text/html; charset=utf-8", string.Empty);
    }

    [Theory]
    [MemberData(nameof(NumericPkResources))]
    public async Task Other_resources_answer_a_non_numeric_pk_with_404_and_the_json_error_message(string resource)
    {
        var reply = await GetAuthorized($"/api/v1/{resource}/abc/");
        AssertReply(reply, HttpStatusCode.NotFound, "application/json", ErrorMessage);
    }

    [Fact]
    public async Task Set_with_a_non_numeric_id_is_500_with_the_json_error_message()
    {
        var reply = await GetAuthorized("/api/v1/image/set/abc123/");
        AssertReply(reply, HttpStatusCode.InternalServerError, "application/json", ErrorMessage);
    }

    [Fact]
    public async Task Set_needs_credentials()
    {
        var reply = await Get($"/api/v1/location/set/{Data.Locations[0].Id}/");
        AssertReply(reply, HttpStatusCode.Unauthorized, "text/html; charset=utf-8", string.Empty);
    }

    [Fact]
    public async Task A_400_comes_in_the_negotiated_format_xml_as_a_response_error_element()
    {
        var reply = await GetAuthorized("/api/v1/image/", "format=xml&order_by=foo");
        AssertReply(reply, HttpStatusCode.BadRequest, "application/xml; charset=utf-8", "<?xml version='1.0' encoding='utf-8'?>\n<response><error>No matching 'foo' field for ordering on.</error></response>");
    }

    [Fact]
    public async Task A_404_error_message_comes_in_xml_when_xml_is_asked_for()
    {
        var reply = await GetAuthorized("/api/v1/collection/abc/", "format=xml");
        AssertReply(reply, HttpStatusCode.NotFound, "application/xml; charset=utf-8", "<?xml version='1.0' encoding='utf-8'?>\n<response><error_message>Sorry, this request could not be processed. Please try again later.</error_message></response>");
    }

    [Fact]
    public async Task Credential_failures_stay_empty_401_whatever_the_format()
    {
        var reply = await Get("/api/v1/image/?format=xml&api_key=x&api_secret=y");
        AssertReply(reply, HttpStatusCode.Unauthorized, "text/html; charset=utf-8", string.Empty);
    }

    [Theory]
    [InlineData("format=csv")]
    [InlineData("format=jsonp&callback=f")]
    [InlineData("format=plist")]
    [InlineData("format=JSON")]
    public async Task Unknown_format_values_are_ignored_and_json_is_served(string query)
    {
        var reply = await GetAuthorized("/api/v1/location/", query + "&limit=1");
        Assert.Equal(HttpStatusCode.OK, reply.Status);
        Assert.Equal("application/json", reply.ContentType);
        Assert.StartsWith("{\"meta\": {\"limit\": 1, ", reply.Body);
    }

    [Theory]
    [InlineData(null, "application/json")]
    [InlineData("*/*", "application/json")]
    [InlineData("application/json", "application/json")]
    [InlineData("application/xml", "application/xml; charset=utf-8")]
    [InlineData("text/plain", "application/json")]
    [InlineData("application/xml;q=0.5, application/json;q=0.9", "application/json")]
    public async Task Without_format_the_accept_header_decides_and_json_is_the_default(string? accept, string contentType)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/v1/location/?{Fixture.Credentials}&limit=1");
        if (accept is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept", accept);
        }
        using var response = await Client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(contentType, response.Content.Headers.ContentType!.ToString());
    }

    [Fact]
    public async Task Format_in_the_query_wins_over_the_accept_header()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/v1/location/?{Fixture.Credentials}&limit=1&format=json");
        request.Headers.TryAddWithoutValidation("Accept", "application/xml");
        using var response = await Client.SendAsync(request);
        Assert.Equal("application/json", response.Content.Headers.ContentType!.ToString());
    }

    [Fact]
    public async Task Head_is_405_with_Allow_GET()
    {
        var reply = await Get($"/api/v1/image/?{Fixture.Credentials}", "HEAD");
        Assert.Equal(HttpStatusCode.MethodNotAllowed, reply.Status);
        Assert.Equal("GET", reply.Allow);
    }

    [Fact]
    public async Task Method_check_comes_before_the_schema_and_set_views()
    {
        foreach (var path in new[] { "/api/v1/image/schema/", "/api/v1/location/set/1;2/" })
        {
            var reply = await Get(path, "POST");
            Assert.Equal(HttpStatusCode.MethodNotAllowed, reply.Status);
            Assert.Equal("GET", reply.Body);
            Assert.Equal("GET", reply.Allow);
        }
    }

    [Fact]
    public async Task There_is_no_throttling_and_no_rate_limit_header()
    {
        var requests = Enumerable.Range(0, 60).Select(async _ =>
        {
            using var response = await Client.GetAsync($"/api/v1/imageoftheday/?{Fixture.Credentials}&limit=1");
            return (response.StatusCode, Headers: response.Headers.Select(header => header.Key).ToArray());
        });
        var replies = await Task.WhenAll(requests);
        Assert.All(replies, reply => Assert.Equal(HttpStatusCode.OK, reply.StatusCode));
        Assert.DoesNotContain(replies.SelectMany(reply => reply.Headers),
            header => header.StartsWith("X-RateLimit", System.StringComparison.OrdinalIgnoreCase) || header == "Retry-After");
    }

    [Fact]
    public async Task Collection_images_are_paths_without_trailing_slash_that_redirect_to_the_detail()
    {
        var collection = Data.Collections.First(row => row.Images.Count > 0);
        var body = await GetJson($"/api/v1/collection/{collection.Id}/");
        var images = body["images"]!.AsArray().Select(image => image!.GetValue<string>()).ToList();
        Assert.Equal(collection.Images.Select(image => "/api/v1/image/" + image.PublicId), images);
        var redirect = await Get(images[0] + "?" + Fixture.Credentials);
        Assert.Equal(HttpStatusCode.MovedPermanently, redirect.Status);
        Assert.Equal(images[0] + "/?" + Fixture.Credentials, redirect.Location);
    }

    /// <summary>The exact status, Content-Type and body of one of the catalogue's answers.</summary>
    private static void AssertReply(Reply reply, HttpStatusCode status, string contentType, string body)
    {
        Assert.Equal(status, reply.Status);
        Assert.Equal(contentType, reply.ContentType);
        Assert.Equal(body, reply.Body);
    }
}
