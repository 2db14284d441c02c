using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using Xunit;

namespace AstroBin.Tests.Emulator;

/// <summary>The real responses in tests/fixtures/astrobin-responses are served back with the same keys and values.</summary>
public sealed class RecordedResponseTests(EmulatorFixture fixture) : EmulatorTestBase(fixture)
{
    [Theory]
    [InlineData("sly9-AstrobinSpider--image-detail-00evnt.json")]
    [InlineData("sly9-AstrobinSpider--image-detail-00fte8.json")]
    [InlineData("sly9-AstrobinSpider--image-detail-00xjb8.json")]
    [InlineData("sly9-AstrobinSpider--image-detail-09wufi.json")]
    [InlineData("LalitNM-STACBot--image-detail-yx76x9-CONVERTED.json")]
    public async Task Recorded_details_are_served_by_hash(string file)
    {
        var recorded = Load(file);

        var body = await GetJson($"/api/v1/image/{recorded["hash"]!.GetValue<string>()}/");

        Assert.Equal(recorded.Select(pair => pair.Key).Order(), body.Select(pair => pair.Key).Order());
        Assert.True(JsonNode.DeepEquals(recorded, body));
    }

    [Fact]
    public async Task The_2019_list_objects_have_no_hash_and_are_served_by_numeric_id()
    {
        var objects = Load("damadormoreno-astrobin_app--image-list-title-icontains-andromeda.json")["objects"]!.AsArray();

        foreach (var recorded in objects)
        {
            var body = await GetJson($"/api/v1/image/{recorded!["id"]!.GetValue<int>()}/");

            Assert.False(body.ContainsKey("hash"));
            Assert.True(JsonNode.DeepEquals(recorded, body));
        }
    }

    [Fact]
    public async Task Recorded_images_take_part_in_filters()
    {
        var page = await GetJson("/api/v1/image/", "user=jhayes_tucson");

        Assert.Equal(1, TotalCount(page));
        Assert.Equal("09wufi", page["objects"]![0]!["hash"]!.GetValue<string>());
    }

    private static JsonObject Load(string file) =>
        JsonNode.Parse(File.ReadAllText(Path.Combine("Fixtures", file)))!.AsObject();
}
