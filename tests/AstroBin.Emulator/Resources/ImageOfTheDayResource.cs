using System.Text.Json.Nodes;
using AstroBin.Emulator.Data;
using AstroBin.Emulator.Tastypie;

namespace AstroBin.Emulator.Resources;

/// <summary>/api/v1/imageoftheday/ (spec §7.3): no filtering, no ordering, newest first.</summary>
internal sealed class ImageOfTheDayResource(EmulatorData data) : IApiResource
{
    private static readonly ResourceSchema<ImageOfTheDayRow> Schema = new()
    {
        Fields = new Dictionary<string, ApiField>
        {
            ["date"] = ApiField.Date, ["image"] = ApiField.ToOne("image"), ["runnerup_1"] = ApiField.ToOne("image").OrNull,
            ["runnerup_2"] = ApiField.ToOne("image").OrNull, ["resource_uri"] = ApiField.ResourceUri,
        },
        ModelAttributes = new HashSet<string> { "date", "image", "runnerup_1", "runnerup_2" },
        Filtering = new Dictionary<string, Column<ImageOfTheDayRow>>(),
        Ordering = new Dictionary<string, Column<ImageOfTheDayRow>>(),
    };

    public string Name => "imageoftheday";

    IResourceSchema IApiResource.Schema => Schema;

    public ApiResponse List(QueryDict query)
    {
        var filter = FilterBuilder.Build(Schema, query, new HashSet<string>());
        var sorted = Sorting.Apply(Schema, query, data.ImagesOfTheDay.Where(filter).ToList());
        return ApiResponse.Json(200, Paginator.Page(query, "/api/v1/imageoftheday/", sorted, Dehydrate));
    }

    public ApiResponse Detail(string pk) =>
        ApiResponse.Detail(Dehydrate(NumericPk.Find(pk, data.FindImageOfTheDay)));

    public JsonNode? GetByPk(int pk) => data.FindImageOfTheDay(pk) is { } row ? Dehydrate(row) : null;

    private static JsonNode Dehydrate(ImageOfTheDayRow row) => new JsonObject
    {
        ["date"] = PythonValues.IsoFormat(row.Date),
        // A plain string path without trailing slash (custom dehydrate), not a tastypie URI.
        ["image"] = row.ImagePath,
        ["resource_uri"] = $"/api/v1/imageoftheday/{row.Id}/",
        ["runnerup_1"] = null,
        ["runnerup_2"] = null,
    };
}
