using System;
using System.Linq;
using System.Net;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using Xunit;

namespace AstroBin.Tests.Emulator;

public sealed class ImageOfTheDayTests(EmulatorFixture fixture) : EmulatorTestBase(fixture)
{
    [Fact]
    public async Task The_list_is_newest_first_one_per_day_ending_today()
    {
        var page = await GetJson("/api/v1/imageoftheday/", "limit=3");

        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        Assert.Equal(365, TotalCount(page));
        Assert.Equal(
            new[] { today, today.AddDays(-1), today.AddDays(-2) }.Select(date => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)),
            page["objects"]!.AsArray().Select(item => item!["date"]!.GetValue<string>()));
        var first = page["objects"]![0]!.AsObject();
        Assert.Equal(["date", "image", "resource_uri", "runnerup_1", "runnerup_2"], first.Select(pair => pair.Key));
        Assert.Null(first["runnerup_1"]);
        Assert.Null(first["runnerup_2"]);
        Assert.Equal($"/api/v1/imageoftheday/{Data.ImagesOfTheDay[0].Id}/", first["resource_uri"]!.GetValue<string>());
    }

    [Fact]
    public async Task The_image_is_a_path_without_trailing_slash_that_redirects_to_the_detail()
    {
        var row = Data.ImagesOfTheDay[1];
        var page = await GetJson("/api/v1/imageoftheday/", "limit=1&offset=1");
        var imagePath = page["objects"]![0]!["image"]!.GetValue<string>();

        Assert.Equal($"/api/v1/image/{row.Image.Hash}", imagePath);

        var redirect = await Get(imagePath + "?" + Fixture.Credentials);
        Assert.Equal(HttpStatusCode.MovedPermanently, redirect.Status);
        var detail = JsonNode.Parse((await Get(redirect.Location!)).Body)!;
        Assert.Equal(row.Image.Id, detail["id"]!.GetValue<int>());
    }

    [Fact]
    public async Task Detail_by_numeric_pk_equals_the_list_entry()
    {
        var row = Data.ImagesOfTheDay[10];
        var page = await GetJson("/api/v1/imageoftheday/", "limit=1&offset=10");

        var detail = await GetJson($"/api/v1/imageoftheday/{row.Id}/");

        Assert.True(JsonNode.DeepEquals(page["objects"]![0], detail));
    }

    [Fact]
    public async Task A_non_numeric_pk_is_404_with_the_json_error_message()
    {
        var reply = await GetAuthorized("/api/v1/imageoftheday/abc/");

        Assert.Equal(HttpStatusCode.NotFound, reply.Status);
        Assert.Equal("application/json", reply.ContentType);
        Assert.Equal("{\"error_message\": \"Sorry, this request could not be processed. Please try again later.\"}", reply.Body);
    }

    [Fact]
    public async Task An_unknown_numeric_pk_is_404_with_an_empty_body()
    {
        var reply = await GetAuthorized("/api/v1/imageoftheday/1/");

        Assert.Equal(HttpStatusCode.NotFound, reply.Status);
        Assert.Empty(reply.Bytes);
    }

    [Theory]
    [InlineData("date=2024-01-01", "The 'date' field does not allow filtering.")]
    [InlineData("date__gte=2024-01-01", "The 'date' field does not allow filtering.")]
    [InlineData("image=abc", "The 'image' field does not allow filtering.")]
    [InlineData("resource_uri=x", "The 'resource_uri' field is not a valid field name")]
    [InlineData("order_by=date", "The 'date' field does not allow ordering.")]
    [InlineData("order_by=-date", "The 'date' field does not allow ordering.")]
    public async Task Filtering_and_ordering_are_refused(string query, string message)
    {
        Assert.Equal(message, await GetError("/api/v1/imageoftheday/", query));
    }
}
