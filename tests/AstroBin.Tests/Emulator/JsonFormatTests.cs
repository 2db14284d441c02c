using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using AstroBin.Emulator.Data;
using Xunit;

namespace AstroBin.Tests.Emulator;

/// <summary>Byte-level checks of Python json.dumps(sort_keys=True, ensure_ascii=False) output.</summary>
public sealed partial class JsonFormatTests(EmulatorFixture fixture) : EmulatorTestBase(fixture)
{
    [Fact]
    public async Task A_recorded_detail_is_served_byte_for_byte_as_python_wrote_it()
    {
        // This fixture is itself json.dumps(sort_keys=True) output of the real body; the emulator serves the file
        // addresses (url_*) from itself, their paths unchanged.
        var recorded = File.ReadAllText(Path.Combine("Fixtures", "LalitNM-STACBot--image-detail-yx76x9-CONVERTED.json")).TrimEnd();
        var expected = Regex.Replace(recorded, "(\"url_[a-z_]+\": \")https://(?:www|cdn)\\.astrobin\\.com/", "$1" + Fixture.Server.Root.AbsoluteUri);

        var reply = await GetAuthorized("/api/v1/image/yx76x9/");

        Assert.Equal("application/json", reply.ContentType);
        Assert.Equal(expected, reply.Body);
    }

    [Fact]
    public async Task Keys_are_sorted_at_every_level_with_python_separators_on_one_line()
    {
        var reply = await GetAuthorized("/api/v1/image/", "limit=3");

        Assert.DoesNotContain('\n', reply.Body);
        Assert.StartsWith("{\"meta\": {\"limit\": 3, \"next\": \"/api/v1/image/?api_key=", reply.Body);
        Assert.Contains("\"objects\": [{\"animated\": ", reply.Body);
        Assert.Contains("}, {\"animated\": ", reply.Body);
        AssertSorted(JsonDocument.Parse(reply.Bytes).RootElement);
    }

    [Fact]
    public async Task Strings_escape_only_quotes_backslashes_and_control_characters()
    {
        var image = Data.Images.Single(candidate => candidate.Description == SpecialImages.EscapesDescription);

        var reply = await GetAuthorized($"/api/v1/image/{image.PublicId}/");

        const string expected = "\"description\": \"Line one\\r\\nTab:\\there, \\\"quoted\\\", back\\\\slash, /slash, bell:\\u0007, form feed:\\f, ünïcödé ★ – done\"";
        Assert.Contains(expected, reply.Body);
        Assert.Contains("\"title\": \"Orion & Running Man\"", reply.Body);
        // Raw UTF-8 bytes, not \u escapes.
        Assert.True(reply.Bytes.AsSpan().IndexOf(Encoding.UTF8.GetBytes("ünïcödé ★")) >= 0);
    }

    [Fact]
    public async Task Decimals_are_strings_with_three_decimals_and_null_without_a_solution()
    {
        var solved = Data.Images.First(image => !image.IsRecorded && image.Solution is { IsSolved: true });
        var unsolved = Data.Images.First(image => !image.IsRecorded && image.Solution is null);

        var solvedBody = await GetJson($"/api/v1/image/{solved.PublicId}/");
        var unsolvedBody = await GetJson($"/api/v1/image/{unsolved.PublicId}/");

        foreach (var field in new[] { "ra", "dec", "pixscale", "orientation", "radius" })
        {
            Assert.Equal(JsonValueKind.String, solvedBody[field]!.GetValueKind());
            Assert.Matches(DecimalPattern(), solvedBody[field]!.GetValue<string>());
            Assert.Null(unsolvedBody[field]);
        }
        Assert.Equal(solved.Solution!.Ra!.Value.ToString("F3", System.Globalization.CultureInfo.InvariantCulture), solvedBody["ra"]!.GetValue<string>());
        Assert.Equal("MISSING", unsolvedBody["solution_status"]!.GetValue<string>());
        Assert.False(unsolvedBody["is_solved"]!.GetValue<bool>());
        Assert.Empty(unsolvedBody["subjects"]!.AsArray());
    }

    [Fact]
    public async Task Datetimes_are_naive_iso_with_microseconds_omitted_when_zero()
    {
        var whole = Data.Images.First(image => image.Uploaded.Ticks % System.TimeSpan.TicksPerSecond == 0);
        var fractional = Data.Images.First(image => !image.IsRecorded && image.Uploaded.Ticks % System.TimeSpan.TicksPerSecond != 0);

        var wholeBody = await GetJson($"/api/v1/image/{whole.PublicId}/");
        var fractionalBody = await GetJson($"/api/v1/image/{fractional.PublicId}/");

        Assert.Equal(whole.Uploaded.ToString("yyyy-MM-dd'T'HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture), wholeBody["uploaded"]!.GetValue<string>());
        Assert.Equal(fractional.Uploaded.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff", System.Globalization.CultureInfo.InvariantCulture), fractionalBody["uploaded"]!.GetValue<string>());
        foreach (var field in new[] { "uploaded", "published", "updated" })
        {
            Assert.Matches(DateTimePattern(), fractionalBody[field]!.GetValue<string>());
        }
    }

    [Fact]
    public async Task Generated_images_have_the_48_fields_of_the_2022_recording()
    {
        var recorded = JsonNode.Parse(File.ReadAllText(Path.Combine("Fixtures", "LalitNM-STACBot--image-detail-yx76x9-CONVERTED.json")))!.AsObject();
        var image = Data.Images.First(candidate => !candidate.IsRecorded && candidate.Hash is not null);

        var body = await GetJson($"/api/v1/image/{image.Hash}/");

        Assert.Equal(48, body.Count);
        Assert.Equal(recorded.Select(pair => pair.Key).Order(), body.Select(pair => pair.Key).Order());
        Assert.Equal($"/api/v1/image/{image.Id}/", body["resource_uri"]!.GetValue<string>());
        Assert.Equal($"{Fixture.Server.Root}{image.Hash}/0/rawthumb/hd/", body["url_hd"]!.GetValue<string>());
        Assert.Equal(image.User, body["user"]!.GetValue<string>());
    }

    private static void AssertSorted(JsonElement element)
    {
        if (element.ValueKind == JsonValueKind.Object)
        {
            var names = element.EnumerateObject().Select(property => property.Name).ToList();
            Assert.Equal(names.Order(System.StringComparer.Ordinal), names);
            foreach (var property in element.EnumerateObject())
            {
                AssertSorted(property.Value);
            }
        }
        else if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in element.EnumerateArray())
            {
                AssertSorted(item);
            }
        }
    }

    [GeneratedRegex(@"^-?[0-9]+\.[0-9]{3}$")]
    private static partial Regex DecimalPattern();

    [GeneratedRegex(@"^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\.[0-9]{6})?$")]
    private static partial Regex DateTimePattern();
}
