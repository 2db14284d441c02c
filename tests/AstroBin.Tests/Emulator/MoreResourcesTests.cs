using System.Linq;
using System.Net;
using System.Threading.Tasks;
using System.Xml;
using AstroBin.Emulator.Data;
using Xunit;

namespace AstroBin.Tests.Emulator;

/// <summary>Spec §7.2-7.8, §3 (XML, Accept) and §5 (whole-page 400, set/) for the emulator's other resources.</summary>
public sealed class MoreResourcesTests(EmulatorFixture fixture) : EmulatorTestBase(fixture)
{
    [Theory]
    [InlineData("imagerevision", 32)]
    [InlineData("toppick", 3)]
    [InlineData("toppicknomination", 3)]
    [InlineData("collection", 17)]
    [InlineData("location", 6)]
    public async Task Each_resource_lists_its_fields_with_the_default_page(string resource, int fieldCount)
    {
        var page = await GetJson($"/api/v1/{resource}/");
        var first = page["objects"]!.AsArray()[0]!.AsObject();
        Assert.Equal(fieldCount, first.Count);
        Assert.StartsWith($"/api/v1/{resource}/", first["resource_uri"]!.GetValue<string>());
        Assert.Equal(20, page["objects"]!.AsArray().Count);
    }

    [Fact]
    public async Task Top_picks_are_newest_first_and_their_image_path_has_no_trailing_slash()
    {
        var page = await GetJson("/api/v1/toppick/", "limit=3");
        var rows = Data.TopPicks.Take(3).ToList();
        Assert.Equal(rows.Select(row => "/api/v1/image/" + row.Image.PublicId), page["objects"]!.AsArray().Select(item => item!["image"]!.GetValue<string>()));
        Assert.Equal(Data.TopPicks.Count, TotalCount(page));
    }

    [Theory]
    [InlineData("toppick", "date=2020-01-01", "The 'date' field is not a valid field name")]
    [InlineData("toppick", "image=abc", "The 'image' field does not allow filtering.")]
    [InlineData("collection", "order_by=name", "The 'name' field does not allow ordering.")]
    [InlineData("location", "city=Tucson", "The 'city' field does not allow filtering.")]
    [InlineData("imagerevision", "order_by=uploaded", "The 'uploaded' field does not allow ordering.")]
    public async Task Unsupported_filters_and_orderings_answer_400(string resource, string query, string message) =>
        Assert.Equal(message, await GetError($"/api/v1/{resource}/", query));

    [Fact]
    public async Task Collections_filter_by_user_exactly_and_by_name_with_lookups()
    {
        var page = await GetJson("/api/v1/collection/", $"user={ArchiveImages.User}&limit=25");
        Assert.Equal(Data.Collections.Count(row => row.User == ArchiveImages.User), TotalCount(page));
        var named = await GetJson("/api/v1/collection/", "name__icontains=GALAX&limit=25");
        Assert.Equal(Data.Collections.Count(row => row.Name.Contains("Galax")), TotalCount(named));
    }

    [Fact]
    public async Task A_page_with_a_null_published_image_fails_whole_and_the_pages_around_it_do_not()
    {
        var message = await GetError("/api/v1/image/", $"user={ArchiveImages.User}&limit=25");
        Assert.Equal("The object '&lt;Image: Archive plate 21&gt;' has an empty attribute 'published' and doesn't allow a default or null value.", message);
        var before = await GetJson("/api/v1/image/", $"user={ArchiveImages.User}&limit=9");
        Assert.Equal(9, before["objects"]!.AsArray().Count);
        Assert.Equal(30, TotalCount(before));
    }

    [Fact]
    public async Task Xml_has_tastypies_shape_and_the_browser_accept_header_gets_xml()
    {
        var reply = await GetAuthorized("/api/v1/location/", "format=xml&limit=1");
        Assert.Equal("application/xml; charset=utf-8", reply.ContentType);
        Assert.StartsWith("<?xml version='1.0' encoding='utf-8'?>\n<response><meta type=\"hash\"><limit type=\"integer\">1</limit>", reply.Body);
        var document = new XmlDocument();
        document.LoadXml(reply.Body);
        Assert.Equal(Data.Locations.Count.ToString(), document.SelectSingleNode("/response/meta/total_count")!.InnerText);

        using var request = new System.Net.Http.HttpRequestMessage(System.Net.Http.HttpMethod.Get, $"/api/v1/imageoftheday/?{Fixture.Credentials}&limit=1");
        request.Headers.TryAddWithoutValidation("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
        using var response = await Client.SendAsync(request);
        Assert.Equal("application/xml; charset=utf-8", response.Content.Headers.ContentType!.ToString());
    }

    [Fact]
    public async Task A_detail_in_xml_is_an_object_root_with_types_and_python_booleans()
    {
        var reply = await GetAuthorized("/api/v1/image/yx76x9/", "format=xml");
        var document = new XmlDocument();
        document.LoadXml(reply.Body);
        Assert.Equal("object", document.DocumentElement!.Name);
        Assert.Equal("integer", document.SelectSingleNode("/object/id/@type")!.Value);
        Assert.Equal("list", document.SelectSingleNode("/object/subjects/@type")!.Value);
        Assert.Contains(document.SelectSingleNode("/object/is_final")!.InnerText, new[] { "True", "False" });
    }

    [Fact]
    public async Task Set_returns_the_found_objects_and_lists_the_missing_ids()
    {
        var first = Data.Locations[0].Id;
        var body = await GetJson($"/api/v1/location/set/{first};1/");
        Assert.Single(body["objects"]!.AsArray());
        Assert.Equal("1", body["not_found"]!.AsArray().Single()!.GetValue<string>());
        var broken = await GetAuthorized("/api/v1/location/set/abc/");
        Assert.Equal(HttpStatusCode.InternalServerError, broken.Status);
    }
}
