using System.Text.Json.Nodes;
using AstroBin.Emulator.Data;
using AstroBin.Emulator.Tastypie;

namespace AstroBin.Emulator.Resources;

/// <summary>
/// /api/v1/collection/ (spec §7.6): by name; name and description filter with any lookup, user= exactly;
/// every order_by fails (Meta.ordering holds '-date_created', which never equals a field name).
/// </summary>
internal sealed class CollectionResource(EmulatorData data) : IApiResource
{
    private const string UserKey = "user";

    private static readonly ResourceSchema<CollectionRow> Schema = new()
    {
        Fields = new Dictionary<string, ApiField>
        {
            ["id"] = ApiField.Integer, ["name"] = ApiField.String, ["description"] = ApiField.String,
            ["user"] = ApiField.String, ["date_created"] = ApiField.Date, ["date_updated"] = ApiField.Date,
            ["images"] = ApiField.ToMany("image"), ["cover_thumbnail"] = ApiField.String.OrNull,
            ["cover_thumbnail_hd"] = ApiField.String.OrNull, ["square_cropping"] = ApiField.String.OrNull,
            ["w"] = ApiField.Integer.OrNull, ["h"] = ApiField.Integer.OrNull, ["order_by_tag"] = ApiField.String.OrNull,
            ["image_count"] = ApiField.Integer, ["image_count_including_wip"] = ApiField.Integer,
            ["nested_collection_count"] = ApiField.Integer, ["resource_uri"] = ApiField.ResourceUri,
        },
        ModelAttributes = new HashSet<string>
        {
            "id", "name", "description", "user", "date_created", "date_updated", "images", "square_cropping", "w", "h",
            "order_by_tag", "image_count", "image_count_including_wip", "nested_collection_count",
        },
        Filtering = new Dictionary<string, Column<CollectionRow>>
        {
            ["name"] = new(ColumnType.Text, row => row.Name),
            ["description"] = new(ColumnType.Text, row => row.Description),
        },
        OtherFiltering = new Dictionary<string, FilterLookups> { [UserKey] = FilterLookups.AllWithRelations },
        Ordering = new Dictionary<string, Column<CollectionRow>>(),
        UnmatchedOrdering = ["-date_created"],
    };

    public string Name => "collection";

    IResourceSchema IApiResource.Schema => Schema;

    public ApiResponse List(QueryDict query)
    {
        var filter = FilterBuilder.Build(Schema, query, new HashSet<string> { UserKey });
        var user = query.First(UserKey);
        var matching = data.Collections.Where(row => filter(row) && (user is null || row.User == user)).ToList();
        var sorted = Sorting.Apply(Schema, query, matching);
        return ApiResponse.Json(200, Paginator.Page(query, "/api/v1/collection/", sorted, Dehydrate));
    }

    public ApiResponse Detail(string pk) => ApiResponse.Detail(Dehydrate(NumericPk.Find(pk, data.FindCollection)));

    public JsonNode? GetByPk(int pk) => data.FindCollection(pk) is { } row ? Dehydrate(row) : null;

    private static JsonNode Dehydrate(CollectionRow collection)
    {
        var cover = collection.Images.Count == 0 ? null : collection.Images[0];
        return new JsonObject
        {
            ["cover_thumbnail"] = cover is null ? null : $"{ImageJson.BaseUrl}/{cover.PublicId}/0/rawthumb/collection/",
            ["cover_thumbnail_hd"] = cover is null ? null : $"{ImageJson.BaseUrl}/{cover.PublicId}/0/rawthumb/collection_hd/",
            ["date_created"] = PythonValues.IsoFormat(collection.DateCreated),
            ["date_updated"] = PythonValues.IsoFormat(collection.DateUpdated),
            ["description"] = collection.Description
                ?? throw ApiErrors.EmptyAttribute($"<Collection: {collection.Name}>", "description"),
            ["h"] = null,
            ["id"] = collection.Id,
            ["image_count"] = collection.Images.Count,
            ["image_count_including_wip"] = collection.Images.Count,
            // Plain string paths without trailing slash, like the Image of the Day's.
            ["images"] = new JsonArray(collection.Images.Select(image => (JsonNode?)("/api/v1/image/" + image.PublicId)).ToArray()),
            ["name"] = collection.Name,
            ["nested_collection_count"] = collection.NestedCollectionCount,
            ["order_by_tag"] = collection.OrderByTag,
            ["resource_uri"] = $"/api/v1/collection/{collection.Id}/",
            ["square_cropping"] = null,
            ["user"] = collection.User,
            ["w"] = null,
        };
    }
}
