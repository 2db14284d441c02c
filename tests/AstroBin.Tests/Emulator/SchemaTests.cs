using System.Linq;
using System.Net;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using System.Xml;
using Xunit;

namespace AstroBin.Tests.Emulator;

/// <summary>Spec §1 and §8: /api/v1/&lt;res&gt;/schema/ and /api/v1/?fullschema=true.</summary>
public sealed class SchemaTests(EmulatorFixture fixture) : EmulatorTestBase(fixture)
{
    public static readonly TheoryData<string> Resources =
        ["collection", "image", "imageoftheday", "imagerevision", "location", "toppick", "toppicknomination", "userprofile"];

    [Fact]
    public async Task The_schema_document_is_tastypies_build_schema_in_python_json()
    {
        var reply = await GetAuthorized("/api/v1/toppick/schema/");
        Assert.Equal(HttpStatusCode.OK, reply.Status);
        Assert.Equal("application/json", reply.ContentType);
        Assert.Equal(
            "{\"allowed_detail_http_methods\": [\"get\"], \"allowed_list_http_methods\": [\"get\"], \"default_format\": \"application/json\", \"default_limit\": 20, \"fields\": {"
            + "\"date\": {\"blank\": false, \"default\": \"No default provided.\", \"help_text\": \"A date as a string. Ex: \\\"2010-11-10\\\"\", \"nullable\": true, \"primary_key\": false, \"readonly\": false, \"type\": \"date\", \"unique\": false, \"verbose_name\": \"date\"}, "
            + "\"image\": {\"blank\": false, \"default\": \"No default provided.\", \"help_text\": \"A single related resource. Can be either a URI or set of nested resource data.\", \"nullable\": false, \"primary_key\": false, \"readonly\": false, \"related_schema\": \"/api/v1/image/schema/\", \"related_type\": \"to_one\", \"type\": \"related\", \"unique\": false, \"verbose_name\": \"image\"}, "
            + "\"resource_uri\": {\"blank\": false, \"default\": \"No default provided.\", \"help_text\": \"Unicode string data. Ex: \\\"Hello World\\\"\", \"nullable\": false, \"primary_key\": false, \"readonly\": true, \"type\": \"string\", \"unique\": false, \"verbose_name\": \"resource uri\"}}}",
            reply.Body);
    }

    [Theory]
    [MemberData(nameof(Resources))]
    public async Task Each_schema_describes_exactly_the_fields_of_the_resources_objects(string resource)
    {
        var schema = await GetJson($"/api/v1/{resource}/schema/");
        var page = await GetJson($"/api/v1/{resource}/", "limit=25");
        var fields = schema["fields"]!.AsObject();
        foreach (var item in page["objects"]!.AsArray().Select(item => item!.AsObject()))
        {
            Assert.Equal(fields.Select(field => field.Key).Order(), item.Select(value => value.Key).Order());
            foreach (var (name, value) in item)
            {
                var field = fields[name]!;
                Assert.True(value is not null || field["nullable"]!.GetValue<bool>(), $"{resource}.{name} is null but not nullable");
                Assert.True(value is null || Fits(field["type"]!.GetValue<string>(), value), $"{resource}.{name} = {value?.ToJsonString()} is not a {field["type"]}");
            }
        }
    }

    [Fact]
    public async Task Filtering_and_ordering_show_meta_with_ALL_1_and_ALL_WITH_RELATIONS_2()
    {
        var image = await GetJson("/api/v1/image/schema/");
        Assert.Equal(
            "{\"data_source\":1,\"description\":1,\"h\":1,\"imaging_cameras\":1,\"imaging_telescopes\":1,\"is_solved\":1,\"published\":1,\"remote_source\":1,\"title\":1,\"uploaded\":1,\"user\":2,\"w\":1}",
            SortedJson(image["filtering"]!.AsObject()));
        Assert.Equal("[\"published\",\"uploaded\",\"title\"]", image["ordering"]!.ToJsonString());
        Assert.Equal("to_many", image["fields"]!["revisions"]!["related_type"]!.GetValue<string>());
        Assert.Equal("/api/v1/imagerevision/schema/", image["fields"]!["revisions"]!["related_schema"]!.GetValue<string>());
        Assert.True(image["fields"]!["id"]!["primary_key"]!.GetValue<bool>());

        var collection = await GetJson("/api/v1/collection/schema/");
        Assert.Equal("{\"description\":1,\"name\":1,\"user\":2}", SortedJson(collection["filtering"]!.AsObject()));
        Assert.Equal("[\"-date_created\"]", collection["ordering"]!.ToJsonString());
        var profile = await GetJson("/api/v1/userprofile/schema/");
        Assert.Equal("{\"username\":1}", profile["filtering"]!.ToJsonString());
        Assert.Equal("[\"-date_joined\"]", profile["ordering"]!.ToJsonString());
    }

    [Fact]
    public async Task Resources_without_filtering_or_ordering_leave_both_keys_out()
    {
        var schema = await GetJson("/api/v1/location/schema/");
        Assert.Equal(["allowed_detail_http_methods", "allowed_list_http_methods", "default_format", "default_limit", "fields"], schema.Select(entry => entry.Key));
    }

    [Fact]
    public async Task The_schema_needs_credentials()
    {
        var reply = await Get("/api/v1/image/schema/");
        Assert.Equal(HttpStatusCode.Unauthorized, reply.Status);
        Assert.Equal("text/html; charset=utf-8", reply.ContentType);
        Assert.Empty(reply.Bytes);
    }

    [Fact]
    public async Task Schema_takes_precedence_over_the_detail_pattern_but_only_as_the_whole_pk()
    {
        var schema = await GetJson("/api/v1/collection/schema/");
        Assert.True(schema.ContainsKey("fields"));
        // "schema/x/" is an ordinary pk for the detail view: non-numeric, so tastypie's 404 error document.
        var other = await GetAuthorized("/api/v1/collection/schema/x/");
        Assert.Equal(HttpStatusCode.NotFound, other.Status);
        Assert.Equal("{\"error_message\": \"Sorry, this request could not be processed. Please try again later.\"}", other.Body);
        var missingSlash = await Get("/api/v1/collection/schema");
        Assert.Equal(HttpStatusCode.MovedPermanently, missingSlash.Status);
        Assert.Equal("/api/v1/collection/schema/", missingSlash.Location);
    }

    [Fact]
    public async Task The_schema_in_xml_is_a_response_root_with_hash_fields()
    {
        var reply = await GetAuthorized("/api/v1/location/schema/", "format=xml");
        Assert.Equal("application/xml; charset=utf-8", reply.ContentType);
        var document = new XmlDocument();
        document.LoadXml(reply.Body);
        Assert.Equal("response", document.DocumentElement!.Name);
        Assert.Equal("integer", document.SelectSingleNode("/response/default_limit/@type")!.Value);
        Assert.Equal("hash", document.SelectSingleNode("/response/fields/altitude/@type")!.Value);
        Assert.Equal("True", document.SelectSingleNode("/response/fields/altitude/nullable")!.InnerText);
        Assert.Equal("get", document.SelectSingleNode("/response/allowed_list_http_methods/value")!.InnerText);
    }

    [Theory]
    [InlineData("fullschema=true")]
    [InlineData("fullschema=True")]
    [InlineData("fullschema=1")]
    public async Task Fullschema_inlines_every_schema_into_the_index_without_credentials(string query)
    {
        var index = JsonNode.Parse((await Get("/api/v1/?" + query)).Body)!.AsObject();
        Assert.Equal(8, index.Count);
        foreach (var (name, entry) in index)
        {
            Assert.Equal($"/api/v1/{name}/", entry!["list_endpoint"]!.GetValue<string>());
            var own = await GetJson($"/api/v1/{name}/schema/");
            Assert.Equal(own.ToJsonString(), entry["schema"]!.ToJsonString());
        }
    }

    [Theory]
    [InlineData("fullschema=false")]
    [InlineData("fullschema=")]
    [InlineData("fullschema=None")]
    public async Task A_false_fullschema_keeps_the_schema_links(string query)
    {
        var index = JsonNode.Parse((await Get("/api/v1/?" + query)).Body)!.AsObject();
        Assert.Equal("/api/v1/image/schema/", index["image"]!["schema"]!.GetValue<string>());
    }

    /// <summary>Whether a JSON value is what tastypie's dehydrated_type promises (decimals and dates are strings).</summary>
    private static bool Fits(string type, JsonNode value) => type switch
    {
        "integer" => value.GetValueKind() == System.Text.Json.JsonValueKind.Number,
        "boolean" => value.GetValueKind() is System.Text.Json.JsonValueKind.True or System.Text.Json.JsonValueKind.False,
        "list" => value is JsonArray,
        // Related fields: a URI, or (custom dehydrate) a list of paths or one path.
        "related" => value is JsonArray || value.GetValueKind() == System.Text.Json.JsonValueKind.String,
        _ => value.GetValueKind() == System.Text.Json.JsonValueKind.String,
    };

    private static string SortedJson(JsonObject obj) =>
        new JsonObject(obj.OrderBy(entry => entry.Key, System.StringComparer.Ordinal)
            .Select(entry => System.Collections.Generic.KeyValuePair.Create(entry.Key, entry.Value?.DeepClone()))).ToJsonString();
}
