using System.Linq;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using Xunit;

namespace AstroBin.Tests.Emulator;

public sealed class PaginationTests(EmulatorFixture fixture) : EmulatorTestBase(fixture)
{
    [Fact]
    public async Task Defaults_are_limit_20_offset_0_with_a_relative_next_link()
    {
        var page = await GetJson("/api/v1/image/");
        var meta = page["meta"]!.AsObject();

        Assert.Equal(20, meta["limit"]!.GetValue<int>());
        Assert.Equal(0, meta["offset"]!.GetValue<int>());
        Assert.Null(meta["previous"]);
        Assert.Equal($"/api/v1/image/?{Fixture.Credentials}&limit=20&offset=20", meta["next"]!.GetValue<string>());
        Assert.Equal(Data.Images.Count, meta["total_count"]!.GetValue<int>());
        Assert.Equal(20, page["objects"]!.AsArray().Count);
        Assert.Equal(["limit", "next", "offset", "previous", "total_count"], meta.Select(pair => pair.Key));
    }

    [Theory]
    [InlineData("limit=0", 25)]
    [InlineData("limit=26", 25)]
    [InlineData("limit=1000", 25)]
    [InlineData("limit=99999999999999999999999", 25)]
    [InlineData("limit=25", 25)]
    [InlineData("limit=7", 7)]
    [InlineData("limit=3&limit=5", 5)]
    [InlineData("limit=+4", 4)]
    public async Task Limit_is_clamped_to_25(string query, int expected)
    {
        var page = await GetJson("/api/v1/image/", query);

        Assert.Equal(expected, page["meta"]!["limit"]!.GetValue<int>());
        Assert.Equal(expected, page["objects"]!.AsArray().Count);
        Assert.EndsWith($"&limit={expected}&offset={expected}", page["meta"]!["next"]!.GetValue<string>());
    }

    [Fact]
    public async Task Next_and_previous_repeat_every_parameter_in_request_order_then_limit_and_offset()
    {
        var query = $"format=json&{Fixture.Credentials}&w__in=6248&offset=10&foo=a+b%26c%2Fd%C3%A9&limit=5&w__in=4144";

        var page = JsonNode.Parse((await Get("/api/v1/image/?" + query)).Body)!.AsObject();

        // Django's QueryDict.urlencode groups a repeated key's values at the key's first position.
        var kept = $"format=json&{Fixture.Credentials}&w__in=6248&w__in=4144&foo=a+b%26c%2Fd%C3%A9";
        Assert.Equal($"/api/v1/image/?{kept}&limit=5&offset=15", page["meta"]!["next"]!.GetValue<string>());
        Assert.Equal($"/api/v1/image/?{kept}&limit=5&offset=5", page["meta"]!["previous"]!.GetValue<string>());
        Assert.Equal(Data.Images.Count(image => image.W is 6248 or 4144), TotalCount(page));
    }

    [Fact]
    public async Task Previous_is_null_while_offset_is_below_limit()
    {
        var page = await GetJson("/api/v1/image/", "offset=10&limit=20");

        Assert.Null(page["meta"]!["previous"]);
        Assert.Equal(Data.Images[10].Id, page["objects"]![0]!["id"]!.GetValue<int>());
    }

    [Fact]
    public async Task Next_is_null_on_the_last_page()
    {
        var total = Data.Images.Count;

        var page = await GetJson("/api/v1/image/", $"limit=5&offset={total - 5}");

        Assert.Null(page["meta"]!["next"]);
        Assert.Equal($"/api/v1/image/?{Fixture.Credentials}&limit=5&offset={total - 10}", page["meta"]!["previous"]!.GetValue<string>());
        Assert.Equal(Data.Images[^1].Id, page["objects"]![4]!["id"]!.GetValue<int>());
    }

    [Fact]
    public async Task An_offset_past_the_end_gives_an_empty_page()
    {
        var page = await GetJson("/api/v1/imageoftheday/", "offset=1000&limit=10");

        Assert.Empty(page["objects"]!.AsArray());
        Assert.Null(page["meta"]!["next"]);
        Assert.Equal($"/api/v1/imageoftheday/?{Fixture.Credentials}&limit=10&offset=990", page["meta"]!["previous"]!.GetValue<string>());
        Assert.Equal(365, TotalCount(page));
    }

    [Theory]
    [InlineData("limit=abc", "Invalid limit 'abc' provided. Please provide a positive integer.")]
    [InlineData("limit=1.5", "Invalid limit '1.5' provided. Please provide a positive integer.")]
    [InlineData("limit=-1", "Invalid limit '-1' provided. Please provide a positive integer &gt;= 0.")]
    [InlineData("offset=x", "Invalid offset 'x' provided. Please provide an integer.")]
    [InlineData("offset=-3", "Invalid offset '-3' provided. Please provide a positive integer &gt;= 0.")]
    [InlineData("limit=%3Cb%3E", "Invalid limit '&lt;b&gt;' provided. Please provide a positive integer.")]
    public async Task Bad_limit_or_offset_gets_the_tastypie_message(string query, string message)
    {
        Assert.Equal(message, await GetError("/api/v1/userprofile/", query));
    }

    [Fact]
    public async Task Pages_walk_the_whole_list_without_gaps()
    {
        var ids = new System.Collections.Generic.List<int>();
        string? next = "/api/v1/imageoftheday/?" + Fixture.Credentials + "&limit=25";
        while (next is not null)
        {
            var reply = await Get(next);
            var page = JsonNode.Parse(reply.Body)!;
            ids.AddRange(page["objects"]!.AsArray().Select(item => int.Parse(item!["resource_uri"]!.GetValue<string>().Split('/')[4], System.Globalization.CultureInfo.InvariantCulture)));
            next = page["meta"]!["next"]?.GetValue<string>();
        }

        Assert.Equal(Data.ImagesOfTheDay.Select(row => row.Id), ids);
    }
}
