using System.Net;

namespace AstroBin.Emulator.Faults;

/// <summary>The HTML bodies of injected failures, shaped like those of nginx and a maintenance page.</summary>
internal static class FaultPages
{
    public const string Maintenance =
        "<!DOCTYPE html><html><head><title>AstroBin maintenance</title></head><body><h1>AstroBin is down for maintenance</h1><p>We'll be back shortly.</p></body></html>";

    /// <summary>
    /// A proxy's error page. Like many proxies it repeats the request line, credentials included,
    /// which the client must never show.
    /// </summary>
    public static string ProxyError(FaultKind kind, HttpRequest request)
    {
        var title = kind == FaultKind.BadGateway ? "502 Bad Gateway" : "503 Service Temporarily Unavailable";
        var requested = WebUtility.HtmlEncode(request.Path + request.QueryString);
        return $"<html><head><title>{title}</title></head><body><center><h1>{title}</h1></center><hr><center>nginx</center><p>GET {requested}</p></body></html>";
    }
}
