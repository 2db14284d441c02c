using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace AstroBin.Emulator.Tastypie;

/// <summary>
/// Django's CommonMiddleware with APPEND_SLASH: a path without its trailing slash whose slashed form
/// would resolve gets a 301 to that form, query string kept. It runs before any view, so before the
/// method and credential checks.
/// </summary>
internal sealed class AppendSlash(Func<string, bool> resolves)
{
    public async Task InvokeAsync(HttpContext context, RequestDelegate next)
    {
        var path = context.Request.Path.Value ?? "/";
        if (path.EndsWith('/') || !resolves(path + "/"))
        {
            await next(context);
            return;
        }
        // Rebuild from the raw request target so the client's own encoding is echoed back.
        var rawTarget = context.Features.Get<IHttpRequestFeature>()?.RawTarget ?? path;
        var queryStart = rawTarget.IndexOf('?');
        var location = queryStart < 0 ? rawTarget + "/" : rawTarget[..queryStart] + "/" + rawTarget[queryStart..];
        await ApiResponse.Html(301, string.Empty, ("Location", location)).ExecuteAsync(context);
    }
}
