using System.Text.Json.Nodes;
using AstroBin.Emulator.Data;
using AstroBin.Emulator.Tastypie;

namespace AstroBin.Emulator.Resources;

/// <summary>/api/v1/image/ (spec §7.1).</summary>
/// <param name="site">The emulator's own origin, which the url_* fields point at (its rawthumb route).</param>
internal sealed class ImageResource(EmulatorData data, Func<Uri> site) : IApiResource
{
    private readonly ListCache<ImageRow> selections = new();

    public string Name => "image";

    IResourceSchema IApiResource.Schema => ImageSchema.Schema;

    public ApiResponse List(QueryDict query)
    {
        ImageCustomFilters.Validate(query);
        var generic = FilterBuilder.Build(ImageSchema.Schema, query, ImageCustomFilters.Keys);
        var custom = ImageCustomFilters.Build(query, data);
        var sorted = selections.GetOrAdd(query, data.Generation, () => Sorting.Apply(ImageSchema.Schema, query, data.Images.Where(image => custom(image) && generic(image)).ToList()));
        return ApiResponse.Json(200, Paginator.Page(query, "/api/v1/image/", sorted, image => ImageJson.Dehydrate(image, site())));
    }

    /// <summary>get_image_or_404: digits → numeric id, but only for images without a hash; else by hash.</summary>
    public ApiResponse Detail(string pk)
    {
        var image = pk.Length > 0 && pk.All(char.IsAsciiDigit) ? FindLegacy(pk) : data.FindImageByHash(pk);
        return image is null ? throw ApiErrors.NotFound() : ApiResponse.Detail(ImageJson.Dehydrate(image, site()));
    }

    public JsonNode? GetByPk(int pk) => data.FindImageById(pk) is { } image ? ImageJson.Dehydrate(image, site()) : null;

    private ImageRow? FindLegacy(string digits) =>
        int.TryParse(digits, out var id) && data.FindImageById(id) is { Hash: null } legacy ? legacy : null;
}
