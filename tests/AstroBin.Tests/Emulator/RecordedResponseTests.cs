using System;
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
        Assert.True(JsonNode.DeepEquals(OnEmulator(recorded), body));
        // Files come from the emulator: a test that downloads one never reaches AstroBin.
        Assert.All(body.Where(pair => pair.Key.StartsWith("url_", StringComparison.Ordinal) && pair.Value != null),
            pair => Assert.StartsWith(Fixture.Server.Root.AbsoluteUri, pair.Value!.GetValue<string>()));
    }

    [Fact]
    public async Task The_2019_list_objects_have_no_hash_and_are_served_by_numeric_id()
    {
        var objects = Load("damadormoreno-astrobin_app--image-list-title-icontains-andromeda.json")["objects"]!.AsArray();

        foreach (var recorded in objects)
        {
            var body = await GetJson($"/api/v1/image/{recorded!["id"]!.GetValue<int>()}/");

            Assert.False(body.ContainsKey("hash"));
            Assert.True(JsonNode.DeepEquals(OnEmulator(recorded.AsObject()), body));
        }
    }

    [Fact]
    public async Task Recorded_images_take_part_in_filters()
    {
        var page = await GetJson("/api/v1/image/", "user=jhayes_tucson");

        Assert.Equal(1, TotalCount(page));
        Assert.Equal("09wufi", page["objects"]![0]!["hash"]!.GetValue<string>());
    }

    /// <summary>The recorded body as the emulator serves it: its url_* addresses, path and all, on the emulator's origin.</summary>
    private JsonObject OnEmulator(JsonObject recorded)
    {
        var expected = recorded.DeepClone().AsObject();
        foreach (var name in expected.Select(pair => pair.Key).Where(key => key.StartsWith("url_", StringComparison.Ordinal)).ToList())
        {
            if (expected[name] is JsonValue value && value.TryGetValue<string>(out var address))
            {
                foreach (var origin in new[] { "https://www.astrobin.com/", "https://cdn.astrobin.com/" })
                {
                    if (address.StartsWith(origin, StringComparison.Ordinal)) expected[name] = Fixture.Server.Root.AbsoluteUri + address.Substring(origin.Length);
                }
            }
        }
        return expected;
    }

    private static JsonObject Load(string file) =>
        JsonNode.Parse(File.ReadAllText(Path.Combine("Fixtures", file)))!.AsObject();
}
