using System.Web;
using AstroBin.Api;
using AstroBin.Api.Queries;
using RichardSzalay.MockHttp;

namespace AstroBin.Tests.Reliability;

/// <summary>User values are data: whatever they contain, they cannot add or override a query parameter.</summary>
public sealed class QueryInjectionTests
{
    private const string Key = "0123456789abcdef0123456789abcdef01234567";
    private const string Secret = "fedcba9876543210fedcba9876543210fedcba98";

    public static TheoryData<string> HostileValues => new()
    {
        "a&api_key=evil",
        "x=1&format=xml",
        "M31 # comment",
        "100% + 50%",
        "what?/../../user/",
        "it's \"quoted\"",
        "Ångström é 星雲 🌌",
        "&=#%+?/ '\"",
    };

    [Theory]
    [MemberData(nameof(HostileValues))]
    public async Task A_hostile_title_reaches_the_server_as_one_value(string value)
    {
        var handler = new MockHttpMessageHandler();
        Uri? sent = null;
        handler.When("*").Respond(request =>
        {
            sent = request.RequestUri;
            return new HttpResponseMessage(System.Net.HttpStatusCode.OK)
            {
                Content = new StringContent("{\"meta\": {\"limit\": 25, \"next\": null, \"offset\": 0, \"previous\": null, \"total_count\": 0}, \"objects\": []}", System.Text.Encoding.UTF8, "application/json"),
            };
        });
        var client = new AstroBinClient(handler.ToHttpClient(), new AstroBinClientOptions(new Uri("https://astrobin.test/api/v1/"), new ApiCredentials(Key, Secret)));

        await foreach (var _ in client.SearchImagesAsync(new ImageQuery { TitleContains = value, User = value }, PageRange.All, null, CancellationToken.None)) { }

        Assert.Equal("/api/v1/image/", sent!.AbsolutePath);
        var query = HttpUtility.ParseQueryString(sent.Query);
        Assert.Equal(value, query["title__icontains"]);
        Assert.Equal(value, query["user"]);
        Assert.Equal("json", query["format"]);
        Assert.Equal(Key, query["api_key"]);
        Assert.Equal(Secret, query["api_secret"]);
        Assert.Equal(["api_key", "api_secret", "format", "limit", "offset", "title__icontains", "user"], query.AllKeys.Order(StringComparer.Ordinal));
        Assert.Single(query.GetValues("api_key")!);
        Assert.Empty(sent.Fragment);
    }
}
