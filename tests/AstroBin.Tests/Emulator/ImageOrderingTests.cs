using System;
using System.Linq;
using System.Threading.Tasks;
using AstroBin.Emulator.Data;
using Xunit;

namespace AstroBin.Tests.Emulator;

public sealed class ImageOrderingTests(EmulatorFixture fixture) : EmulatorTestBase(fixture)
{
    [Fact]
    public async Task The_default_order_is_newest_upload_first()
    {
        var page = await GetJson("/api/v1/image/", "limit=25&offset=50");

        Assert.Equal(Data.Images.Skip(50).Take(25).Select(image => image.Id), Ids(page));
        Assert.True(Data.Images.Zip(Data.Images.Skip(1)).All(pair => pair.First.Uploaded >= pair.Second.Uploaded));
    }

    public static TheoryData<string, Func<ImageRow[], ImageRow[]>> Orders => new()
    {
        { "order_by=title", images => images.OrderBy(image => image.Title, StringComparer.Ordinal).ToArray() },
        { "order_by=-title", images => images.OrderByDescending(image => image.Title, StringComparer.Ordinal).ToArray() },
        { "order_by=published", images => images.OrderBy(image => image.Published).ToArray() },
        { "order_by=-published", images => images.OrderByDescending(image => image.Published).ToArray() },
        { "order_by=uploaded", images => images.OrderBy(image => image.Uploaded).ToArray() },
        { "order_by=title&order_by=-uploaded", images => images.OrderBy(image => image.Title, StringComparer.Ordinal).ThenByDescending(image => image.Uploaded).ToArray() },
        { "sort_by=-title", images => images.OrderByDescending(image => image.Title, StringComparer.Ordinal).ToArray() },
    };

    [Theory]
    [MemberData(nameof(Orders))]
    public async Task Order_by_sorts_by_published_uploaded_or_title(string query, Func<ImageRow[], ImageRow[]> order)
    {
        var page = await GetJson("/api/v1/image/", query + "&limit=25&title__icontains=nebula");

        var expected = order(Data.Images.Where(image => image.Title.Contains("nebula", StringComparison.OrdinalIgnoreCase)).ToArray());
        Assert.Equal(expected.Take(25).Select(image => image.Id), Ids(page));
    }

    [Theory]
    [InlineData("order_by=id", "The 'id' field does not allow ordering.")]
    [InlineData("order_by=-likes", "The 'likes' field does not allow ordering.")]
    [InlineData("order_by=w", "The 'w' field does not allow ordering.")]
    [InlineData("order_by=foo", "No matching 'foo' field for ordering on.")]
    [InlineData("order_by=-", "No matching '' field for ordering on.")]
    [InlineData("order_by=title&order_by=rating", "No matching 'rating' field for ordering on.")]
    public async Task Invalid_order_by_gets_the_right_400_message(string query, string message)
    {
        Assert.Equal(message, await GetError("/api/v1/image/", query));
    }

    private static int[] Ids(System.Text.Json.Nodes.JsonObject page) =>
        page["objects"]!.AsArray().Select(item => item!["id"]!.GetValue<int>()).ToArray();
}
