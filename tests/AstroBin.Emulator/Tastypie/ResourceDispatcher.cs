using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace AstroBin.Emulator.Tastypie;

/// <summary>
/// tastypie's wrap_view/dispatch for a resource: method check (405), authentication (401), then the view,
/// whose ApiException errors become responses.
/// </summary>
internal sealed class ResourceDispatcher(IApiResource resource, EmulatorOptions options)
{
    /// <summary>Every AstroBin v1 resource has allowed_methods = ['get'].</summary>
    private const string AllowedMethods = "GET";

    public string ListPath => $"/api/v1/{resource.Name}/";

    public ApiResponse Dispatch(HttpContext context)
    {
        // tastypie honours the override header before its method check.
        var method = context.Request.Headers["X-HTTP-Method-Override"].FirstOrDefault() ?? context.Request.Method;
        if (string.Equals(method, "OPTIONS", StringComparison.OrdinalIgnoreCase))
        {
            return ApiResponse.Html(200, AllowedMethods, ("Allow", AllowedMethods));
        }
        if (!string.Equals(method, "GET", StringComparison.OrdinalIgnoreCase))
        {
            return ApiResponse.Html(405, AllowedMethods, ("Allow", AllowedMethods));
        }
        var query = QueryDict.Parse(context.Request.QueryString.Value);
        if (!IsAuthenticated(query))
        {
            return ApiResponse.Empty(401);
        }
        var format = FormatNegotiation.Determine(query, context.Request.Headers.Accept.ToString());
        try
        {
            // The detail pattern is "<pk>/" with any pk, slashes included; the path always ends in '/' here.
            var rest = context.Request.Path.Value![ListPath.Length..];
            return View(rest, query).InFormat(format);
        }
        catch (ApiException error)
        {
            return error.Response.InFormat(format);
        }
    }

    /// <summary>tastypie's base_urls, matched in their order: list, schema/, set/&lt;ids&gt;/, then detail.</summary>
    private ApiResponse View(string rest, QueryDict query)
    {
        if (rest.Length == 0)
        {
            return resource.List(query);
        }
        if (rest == "schema/")
        {
            return ApiResponse.Json(200, SchemaDocument.Build(resource.Schema));
        }
        if (rest.StartsWith("set/", StringComparison.Ordinal) && rest.Length > "set//".Length)
        {
            return MultipleGet(rest["set/".Length..^1]);
        }
        return resource.Detail(rest[..^1]);
    }

    /// <summary>get_multiple: ids split on ';', missing ones listed in not_found; a non-numeric id is an uncaught ValueError.</summary>
    private ApiResponse MultipleGet(string ids)
    {
        var objects = new JsonArray();
        var notFound = new JsonArray();
        foreach (var id in ids.Split(';'))
        {
            if (!PythonValues.TryParseInt(id, out var number))
            {
                throw ApiErrors.ServerError();
            }
            if (number >= int.MinValue && number <= int.MaxValue && resource.GetByPk((int)number) is { } found)
            {
                objects.Add(found);
            }
            else
            {
                notFound.Add(id);
            }
        }
        var body = new JsonObject { ["objects"] = objects };
        if (notFound.Count > 0)
        {
            body["not_found"] = notFound;
        }
        return ApiResponse.Json(200, body);
    }

    /// <summary>AppAuthentication: an App row with exactly this key AND secret, both from the query string.</summary>
    private bool IsAuthenticated(QueryDict query) =>
        query.Last("api_key") is { Length: > 0 } key
        && query.Last("api_secret") is { Length: > 0 } secret
        && key == options.ApiKey
        && secret == options.ApiSecret;
}
