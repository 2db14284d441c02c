using System.Text;

namespace AstroBin.Emulator.Resources;

/// <summary>
/// The plate-solving files behind url_skyplot, url_solution and the url_advanced_* fields. The generated
/// solutions name AstroBin's CDN (<c>https://cdn.astrobin.com/...</c>) and site (<c>/platesolving/solution/.../svg/hd/</c>);
/// served, those addresses move to the emulator's own origin, as the rawthumb ones do, and answer a PNG (the
/// CDN's images) or an SVG (the advanced solution), each drawn from its path.
/// </summary>
internal static class SolutionFiles
{
    private const string Cdn = "https://cdn.astrobin.com/";
    private const string CdnPrefix = "/cdn/";
    private const string SolutionPrefix = "/platesolving/";

    /// <summary>The served address of a generated solution file: on <paramref name="site"/> instead of AstroBin's hosts.</summary>
    public static string? Address(Uri site, string? url)
    {
        if (url is null) return null;
        if (url.StartsWith(Cdn, StringComparison.Ordinal)) return new Uri(site, CdnPrefix.TrimStart('/') + url[Cdn.Length..]).AbsoluteUri;
        if (url.StartsWith(ImageJson.BaseUrl + SolutionPrefix, StringComparison.Ordinal)) return new Uri(site, url[(ImageJson.BaseUrl.Length + 1)..]).AbsoluteUri;
        return url;
    }

    /// <summary>Whether a request path is one of these files.</summary>
    public static bool IsFilePath(string path) =>
        path.StartsWith(CdnPrefix, StringComparison.Ordinal) || path.StartsWith(SolutionPrefix, StringComparison.Ordinal);

    public static void Map(WebApplication app)
    {
        app.MapGet(CdnPrefix + "{**path}", (string path) =>
            Results.Bytes(GeneratedPng.Create(path.Contains("-small", StringComparison.Ordinal) ? 120 : 300, path.Contains("-small", StringComparison.Ordinal) ? 90 : 225, path), "image/png"));
        app.MapGet(SolutionPrefix + "solution/{uuid}/svg/{size}/", (string uuid, string size) =>
            Results.Text($"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"300\" height=\"200\"><title>{Escape(uuid)} {Escape(size)}</title><circle cx=\"150\" cy=\"100\" r=\"80\" fill=\"none\" stroke=\"#7fc\"/></svg>",
                "image/svg+xml", Encoding.UTF8));
    }

    private static string Escape(string text) => System.Net.WebUtility.HtmlEncode(text);
}
