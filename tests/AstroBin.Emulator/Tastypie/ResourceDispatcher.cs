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
        try
        {
            // The detail pattern is "<pk>/" with any pk, slashes included; the path always ends in '/' here.
            var rest = context.Request.Path.Value![ListPath.Length..];
            return rest.Length == 0 ? resource.List(query) : resource.Detail(rest[..^1]);
        }
        catch (ApiException error)
        {
            return error.Response;
        }
    }

    /// <summary>AppAuthentication: an App row with exactly this key AND secret, both from the query string.</summary>
    private bool IsAuthenticated(QueryDict query) =>
        query.Last("api_key") is { Length: > 0 } key
        && query.Last("api_secret") is { Length: > 0 } secret
        && key == options.ApiKey
        && secret == options.ApiSecret;
}
