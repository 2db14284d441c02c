using System.Text.Json.Nodes;

namespace AstroBin.Emulator.Tastypie;

/// <summary>One tastypie resource mounted at /api/v1/&lt;Name&gt;/ (list, schema and detail views).</summary>
internal interface IApiResource
{
    string Name { get; }

    /// <summary>The fields and Meta that its schema/ document describes.</summary>
    IResourceSchema Schema { get; }

    ApiResponse List(QueryDict query);

    ApiResponse Detail(string pk);

    /// <summary>obj_get by primary key for set/ (no other detail rules apply): the dehydrated object, or null.</summary>
    JsonNode? GetByPk(int pk);
}
