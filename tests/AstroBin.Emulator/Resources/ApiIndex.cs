using System.Text.Json.Nodes;
using AstroBin.Emulator.Tastypie;

namespace AstroBin.Emulator.Resources;

/// <summary>tastypie's Api.top_level at /api/v1/: every registered resource, no credentials needed.</summary>
internal static class ApiIndex
{
    /// <summary>The eight v1 resources AstroBin registers (spec §1), whether or not the emulator serves them yet.</summary>
    public static readonly IReadOnlyList<string> ResourceNames =
        ["collection", "image", "imageoftheday", "imagerevision", "location", "toppick", "toppicknomination", "userprofile"];

    public static ApiResponse Create()
    {
        var index = new JsonObject();
        foreach (var name in ResourceNames)
        {
            index[name] = new JsonObject
            {
                ["list_endpoint"] = $"/api/v1/{name}/",
                ["schema"] = $"/api/v1/{name}/schema/",
            };
        }
        return ApiResponse.Json(200, index);
    }
}
