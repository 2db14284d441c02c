using System.Text.Json.Nodes;

namespace AstroBin.Emulator.Tastypie;

/// <summary>
/// tastypie's Resource.build_schema, served at /api/v1/&lt;res&gt;/schema/ and inlined by /api/v1/?fullschema=true.
/// The fields are declared fields (no model help texts or verbose names), so tastypie's defaults apply.
/// </summary>
internal static class SchemaDocument
{
    /// <summary>tastypie's NOT_PROVIDED, serialised through its str().</summary>
    private const string NoDefault = "No default provided.";

    public static JsonObject Build(IResourceSchema schema)
    {
        var fields = new JsonObject();
        foreach (var (name, field) in schema.Fields)
        {
            fields[name] = Describe(name, field);
        }
        var document = new JsonObject
        {
            ["allowed_detail_http_methods"] = new JsonArray("get"),
            ["allowed_list_http_methods"] = new JsonArray("get"),
            ["default_format"] = "application/json",
            ["default_limit"] = Paginator.DefaultLimit,
            ["fields"] = fields,
        };
        // build_schema adds these only when Meta sets them (an empty dict or list is falsy).
        if (schema.MetaFiltering.Count > 0)
        {
            var filtering = new JsonObject();
            foreach (var (name, lookups) in schema.MetaFiltering)
            {
                filtering[name] = (int)lookups;
            }
            document["filtering"] = filtering;
        }
        if (schema.MetaOrdering.Count > 0)
        {
            document["ordering"] = new JsonArray(schema.MetaOrdering.Select(name => (JsonNode?)name).ToArray());
        }
        return document;
    }

    private static JsonObject Describe(string name, ApiField field)
    {
        // The model's primary key is "id" on every v1 resource; AutoField is unique.
        var primaryKey = name == "id";
        var description = new JsonObject
        {
            ["blank"] = false,
            ["default"] = NoDefault,
            ["help_text"] = HelpText(field.Kind),
            ["nullable"] = field.Nullable,
            ["primary_key"] = primaryKey,
            ["readonly"] = field.ReadOnly,
            ["type"] = TypeName(field.Kind),
            ["unique"] = primaryKey,
            ["verbose_name"] = name.Replace('_', ' '),
        };
        if (field.RelatedResource is { } related)
        {
            description["related_type"] = field.Kind == FieldKind.ToMany ? "to_many" : "to_one";
            description["related_schema"] = $"/api/v1/{related}/schema/";
        }
        return description;
    }

    /// <summary>Each field class's dehydrated_type.</summary>
    private static string TypeName(FieldKind kind) => kind switch
    {
        FieldKind.Integer => "integer",
        FieldKind.String => "string",
        FieldKind.Boolean => "boolean",
        FieldKind.Decimal => "decimal",
        FieldKind.Date => "date",
        FieldKind.DateTime => "datetime",
        FieldKind.List => "list",
        FieldKind.ToOne or FieldKind.ToMany => "related",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    /// <summary>Each field class's default help_text (tastypie/fields.py).</summary>
    private static string HelpText(FieldKind kind) => kind switch
    {
        FieldKind.Integer => "Integer data. Ex: 2673",
        FieldKind.String => "Unicode string data. Ex: \"Hello World\"",
        FieldKind.Boolean => "Boolean data. Ex: True",
        FieldKind.Decimal => "Fixed precision numeric data. Ex: 26.73",
        FieldKind.Date => "A date as a string. Ex: \"2010-11-10\"",
        FieldKind.DateTime => "A date & time as a string. Ex: \"2010-11-10T03:07:43\"",
        FieldKind.List => "A list of data. Ex: ['abc', 26.73, 8]",
        FieldKind.ToOne => "A single related resource. Can be either a URI or set of nested resource data.",
        FieldKind.ToMany => "Many related resources. Can be either a list of URIs or list of individually nested resource data.",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };
}
