using System.Text.Json.Nodes;
using AstroBin.Emulator.Data;
using AstroBin.Emulator.Tastypie;

namespace AstroBin.Emulator.Resources;

/// <summary>
/// /api/v1/toppick/ and /api/v1/toppicknomination/ (spec §7.4-7.5): the same three fields over two archives,
/// newest first, no filtering, no ordering.
/// </summary>
internal sealed class TopPickResource(string name, IReadOnlyList<TopPickRow> rows) : IApiResource
{
    private static readonly ResourceSchema<TopPickRow> Schema = new()
    {
        Fields = new Dictionary<string, ApiField>
        {
            ["date"] = ApiField.Date.OrNull, ["image"] = ApiField.ToOne("image"), ["resource_uri"] = ApiField.ResourceUri,
        },
        // date is dehydrated from the image's published date: no attribute of its own.
        ModelAttributes = new HashSet<string> { "image" },
        Filtering = new Dictionary<string, Column<TopPickRow>>(),
        Ordering = new Dictionary<string, Column<TopPickRow>>(),
    };

    public string Name => name;

    IResourceSchema IApiResource.Schema => Schema;

    public ApiResponse List(QueryDict query)
    {
        var filter = FilterBuilder.Build(Schema, query, new HashSet<string>());
        var sorted = Sorting.Apply(Schema, query, rows.Where(filter).ToList());
        return ApiResponse.Json(200, Paginator.Page(query, $"/api/v1/{name}/", sorted, Dehydrate));
    }

    public ApiResponse Detail(string pk) => ApiResponse.Detail(Dehydrate(NumericPk.Find(pk, Find)));

    public JsonNode? GetByPk(int pk) => Find(pk) is { } row ? Dehydrate(row) : null;

    private TopPickRow? Find(int id) => rows.FirstOrDefault(row => row.Id == id);

    private JsonNode Dehydrate(TopPickRow row) => new JsonObject
    {
        // The image's publication, not the archive date.
        ["date"] = row.Image.Published is { } published ? PythonValues.IsoFormat(published) : null,
        // A plain string path without trailing slash, like the Image of the Day's.
        ["image"] = row.ImagePath,
        ["resource_uri"] = $"/api/v1/{name}/{row.Id}/",
    };
}
