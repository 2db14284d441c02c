using System.Text.Json.Nodes;
using AstroBin.Emulator.Tastypie;

namespace AstroBin.Emulator.Resources;

/// <summary>tastypie's Api.top_level at /api/v1/: every registered resource, no credentials needed.</summary>
internal static class ApiIndex
{
    /// <param name="query">?fullschema= (string_to_python'd, then taken for its truth) inlines each schema document.</param>
    public static ApiResponse Create(IEnumerable<IApiResource> resources, QueryDict query)
    {
        var fullSchema = query.Last("fullschema") is { } value && PythonValues.IsTruthy(PythonValues.StringToPython(value));
        var index = new JsonObject();
        foreach (var resource in resources.OrderBy(resource => resource.Name, StringComparer.Ordinal))
        {
            index[resource.Name] = new JsonObject
            {
                ["list_endpoint"] = $"/api/v1/{resource.Name}/",
                ["schema"] = fullSchema ? SchemaDocument.Build(resource.Schema) : $"/api/v1/{resource.Name}/schema/",
            };
        }
        return ApiResponse.Json(200, index);
    }
}
