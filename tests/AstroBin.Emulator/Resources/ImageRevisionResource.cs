using System.Text.Json.Nodes;
using AstroBin.Emulator.Data;
using AstroBin.Emulator.Tastypie;

namespace AstroBin.Emulator.Resources;

/// <summary>/api/v1/imagerevision/ (spec §7.2): no filtering, no ordering, oldest upload first.</summary>
/// <param name="site">The emulator's own origin, which the url_* fields point at (its rawthumb route), as for images.</param>
internal sealed class ImageRevisionResource(EmulatorData data, Func<Uri> site) : IApiResource
{
    private static readonly string[] ThumbnailAliases =
        ["thumb", "gallery", "regular", "regular_sharpened", "hd", "hd_sharpened", "real", "duckduckgo", "duckduckgo_small", "histogram"];

    private static readonly ResourceSchema<ImageRevisionRow> Schema = new()
    {
        Fields = new Dictionary<string, ApiField>(ThumbnailAliases.Select(alias => KeyValuePair.Create("url_" + alias, ApiField.String)))
        {
            ["id"] = ApiField.Integer, ["image"] = ApiField.ToOne("image"), ["label"] = ApiField.String,
            ["title"] = ApiField.String.OrNull, ["description"] = ApiField.String.OrNull, ["uploaded"] = ApiField.DateTime,
            ["w"] = ApiField.Integer, ["h"] = ApiField.Integer, ["is_final"] = ApiField.Boolean,
            ["url_skyplot"] = ApiField.String.OrNull, ["url_advanced_skyplot"] = ApiField.String.OrNull,
            ["url_advanced_skyplot_small"] = ApiField.String.OrNull, ["url_solution"] = ApiField.String.OrNull,
            ["url_advanced_solution"] = ApiField.String.OrNull, ["is_solved"] = ApiField.Boolean,
            ["solution_status"] = ApiField.String, ["ra"] = ApiField.Decimal.OrNull, ["dec"] = ApiField.Decimal.OrNull,
            ["pixscale"] = ApiField.Decimal.OrNull, ["orientation"] = ApiField.Decimal.OrNull,
            ["radius"] = ApiField.Decimal.OrNull, ["resource_uri"] = ApiField.ResourceUri,
        },
        ModelAttributes = new HashSet<string> { "id", "image", "label", "title", "description", "uploaded", "w", "h", "is_final" },
        Filtering = new Dictionary<string, Column<ImageRevisionRow>>(),
        Ordering = new Dictionary<string, Column<ImageRevisionRow>>(),
    };

    public string Name => "imagerevision";

    IResourceSchema IApiResource.Schema => Schema;

    public ApiResponse List(QueryDict query)
    {
        var filter = FilterBuilder.Build(Schema, query, new HashSet<string>());
        var sorted = Sorting.Apply(Schema, query, data.ImageRevisions.Where(filter).ToList());
        return ApiResponse.Json(200, Paginator.Page(query, "/api/v1/imagerevision/", sorted, Dehydrate));
    }

    public ApiResponse Detail(string pk) => ApiResponse.Detail(Dehydrate(NumericPk.Find(pk, data.FindImageRevision)));

    public JsonNode? GetByPk(int pk) => data.FindImageRevision(pk) is { } row ? Dehydrate(row) : null;

    private JsonNode Dehydrate(ImageRevisionRow revision)
    {
        var solution = revision.Solution;
        var json = new JsonObject
        {
            ["dec"] = PythonValues.DecimalString(solution?.Dec),
            ["description"] = revision.Description,
            ["h"] = revision.H,
            ["id"] = revision.Id,
            // A tastypie URI with the numeric id, like the image's own resource_uri.
            ["image"] = $"/api/v1/image/{revision.Image.Id}/",
            ["is_final"] = revision.IsFinal,
            ["is_solved"] = solution?.IsSolved ?? false,
            ["label"] = revision.Label,
            ["orientation"] = PythonValues.DecimalString(solution?.Orientation),
            ["pixscale"] = PythonValues.DecimalString(solution?.PixScale),
            ["ra"] = PythonValues.DecimalString(solution?.Ra),
            ["radius"] = PythonValues.DecimalString(solution?.Radius),
            ["resource_uri"] = $"/api/v1/imagerevision/{revision.Id}/",
            ["solution_status"] = ImageJson.StatusName(solution?.Status ?? SolutionStatus.Missing),
            ["title"] = revision.Title,
            ["uploaded"] = PythonValues.IsoFormat(revision.Uploaded),
            ["url_advanced_skyplot"] = solution?.AdvancedSkyplotUrl,
            ["url_advanced_skyplot_small"] = solution?.AdvancedSkyplotSmallUrl,
            ["url_advanced_solution"] = solution?.AdvancedSolutionUrl,
            ["url_skyplot"] = solution?.SkyplotUrl,
            ["url_solution"] = solution?.SolutionUrl,
            ["w"] = revision.W,
        };
        foreach (var alias in ThumbnailAliases)
        {
            json["url_" + alias] = new Uri(site(), $"{revision.Image.PublicId}/{revision.Label}/rawthumb/{alias}/").AbsoluteUri;
        }
        return json;
    }
}
