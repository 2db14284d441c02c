using System.Text.Json.Nodes;
using AstroBin.Emulator.Data;
using AstroBin.Emulator.Tastypie;

namespace AstroBin.Emulator.Resources;

/// <summary>/api/v1/location/ (spec §7.8): six fields (no id, no coordinates), no filtering, no ordering.</summary>
internal sealed class LocationResource(EmulatorData data) : IApiResource
{
    private static readonly ResourceSchema<LocationRow> Schema = new()
    {
        Fields = new Dictionary<string, ApiField>
        {
            ["name"] = ApiField.String.OrNull, ["city"] = ApiField.String.OrNull, ["state"] = ApiField.String.OrNull,
            ["country"] = ApiField.String, ["altitude"] = ApiField.Integer.OrNull, ["resource_uri"] = ApiField.ResourceUri,
        },
        ModelAttributes = new HashSet<string> { "name", "city", "state", "country", "altitude" },
        Filtering = new Dictionary<string, Column<LocationRow>>(),
        Ordering = new Dictionary<string, Column<LocationRow>>(),
    };

    public string Name => "location";

    IResourceSchema IApiResource.Schema => Schema;

    public ApiResponse List(QueryDict query)
    {
        var filter = FilterBuilder.Build(Schema, query, new HashSet<string>());
        var sorted = Sorting.Apply(Schema, query, data.Locations.Where(filter).ToList());
        return ApiResponse.Json(200, Paginator.Page(query, "/api/v1/location/", sorted, Dehydrate));
    }

    public ApiResponse Detail(string pk) => ApiResponse.Detail(Dehydrate(NumericPk.Find(pk, data.FindLocation)));

    public JsonNode? GetByPk(int pk) => data.FindLocation(pk) is { } row ? Dehydrate(row) : null;

    private static JsonNode Dehydrate(LocationRow location) => new JsonObject
    {
        ["altitude"] = location.Altitude,
        ["city"] = location.City,
        ["country"] = location.Country,
        ["name"] = location.Name,
        ["resource_uri"] = $"/api/v1/location/{location.Id}/",
        ["state"] = location.State,
    };
}
