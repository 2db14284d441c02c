using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using AstroBin.Tests.Hostile;
using static AstroBin.Tests.Secrets.ReturnedDataMaskingTests;
using static AstroBin.Tests.Secrets.SecretExposure;

namespace AstroBin.Tests.Secrets;

/// <summary>
/// Issue 10 item 2, from the attacker's side: a server that knows the key pair (it received it) puts it
/// in every piece of text it controls that the module may quote: the reason phrase, the Content-Type,
/// a body a parser complains about, an error document. None reaches an error, -Verbose or -Debug.
/// </summary>
[Collection("Session configuration")]
public sealed class ServerTextMaskingTests
{
    private static string Received(HttpContext context) => context.Request.Query["api_secret"].ToString();

    public static TheoryData<string, string, string> Attacks => new()
    {
        { "reason phrase", "418", "Get-AstroBinImage yx76x9" },
        { "reason phrase, upper-cased", "418-upper", "Invoke-AstroBinApi image" },
        { "content type of a 200", "content-type", "Get-AstroBinImage yx76x9" },
        { "content type, percent-encoded", "content-type-percent", "Get-AstroBinImage yx76x9" },
        { "XML parser quoting an element name", "xml-tag", "Invoke-AstroBinApi image -Format Xml" },
        { "XML parser, -All", "xml-tag", "Invoke-AstroBinApi image -Format Xml -All" },
        { "JSON parser quoting a property path", "json-path", "Invoke-AstroBinApi image" },
        { "JSON parser, typed", "json-path", "Get-AstroBinImage yx76x9" },
        { "JSON parser, a search", "json-path", "Search-AstroBinImage -First 5" },
        { "400 error document, \\u escaped", "400", "Search-AstroBinImage -First 5" },
    };

    [Theory]
    [MemberData(nameof(Attacks))]
    public async Task Server_text_reaches_no_stream_unmasked(string attack, string mode, string command)
    {
        await using var server = await HostileServer.StartAsync(context =>
        {
            var secret = Received(context);
            switch (mode)
            {
                case "418":
                case "418-upper":
                    context.Response.StatusCode = 418;
                    context.Features.Get<IHttpResponseFeature>()!.ReasonPhrase = "x " + (mode == "418" ? secret : secret.ToUpperInvariant());
                    return Task.CompletedTask;
                case "content-type":
                    return Answer(context, "application/x-" + secret, "{}");
                case "content-type-percent":
                    return Answer(context, "text/html; charset=" + Uri.EscapeDataString(secret).Replace("a", "%61"), "<html/>");
                case "xml-tag":
                    return Answer(context, "application/xml", "<response><" + secret + "></response>");
                case "json-path":
                    return Answer(context, "application/json", "{\"meta\": {\"total_count\": 1}, \"objects\": [{\"" + secret + "\": tru}]}");
                default:
                    var escaped = string.Concat(secret.Select(c => "\\u00" + ((int)c).ToString("X2")));
                    return Answer(context, "application/json", "{\"error\": \"bad filter " + escaped + "\"}", 400);
            }
        });
        using var runspace = new ModuleRunspace();

        var run = runspace.Run(ModuleRunspace.UseKeyHere + command, server.BaseUri.AbsoluteUri, Key, Secret);

        Assert.NotEmpty(run.Errors);
        Assert.NotEmpty(run.Log);
        Assert.StartsWith("AstroBin", run.Errors[0].FullyQualifiedErrorId);
        AssertNone(run.AllText(), attack);
        Assert.NotEmpty(server.Requests);
    }

    [Fact]
    public async Task The_reason_phrase_is_shown_masked_not_dropped()
    {
        await using var server = await HostileServer.StartAsync(context =>
        {
            context.Response.StatusCode = 418;
            context.Features.Get<IHttpResponseFeature>()!.ReasonPhrase = "teapot " + Received(context);
            return Task.CompletedTask;
        });
        using var runspace = new ModuleRunspace();

        var run = runspace.Run(ModuleRunspace.UseKeyHere + "Get-AstroBinImage yx76x9", server.BaseUri.AbsoluteUri, Key, Secret);

        Assert.Contains("HTTP 418 teapot ***", run.Errors[0].ToString());
        Assert.Contains(run.Log, line => line.Contains("418 teapot ***"));
    }
}

/// <summary>
/// The same from a file server (Save-AstroBinImage), which the API client's redactor does not see: a
/// redirect's Location, a reason phrase and a Content-Type that carry the secret, masked in -Verbose and the error.
/// </summary>
[Collection("Session configuration")]
public sealed class DownloadTextMaskingTests
{
    [Fact]
    public async Task A_file_servers_headers_reach_no_stream_unmasked()
    {
        var image = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "LalitNM-STACBot--image-detail-yx76x9-CONVERTED.json"));
        HostileServer? server = null;
        server = await HostileServer.StartAsync(context =>
        {
            var path = context.Request.Path.Value ?? string.Empty;
            if (path.StartsWith("/api/v1/image/"))
            {
                var json = System.Text.Json.Nodes.JsonNode.Parse(image)!;
                json["url_thumb"] = new Uri(server!.Root, "file/thumb").AbsoluteUri;
                return Answer(context, "application/json", json.ToJsonString());
            }
            if (path == "/file/thumb")
            {
                context.Response.StatusCode = 302;
                context.Features.Get<IHttpResponseFeature>()!.ReasonPhrase = "Found " + Secret.ToUpperInvariant();
                context.Response.Headers.Location = "/file/real?token=" + Uri.EscapeDataString(Secret).Replace("f", "%66");
                return Task.CompletedTask;
            }
            context.Features.Get<IHttpResponseFeature>()!.ReasonPhrase = "OK " + Secret;
            return Answer(context, "text/x-" + Secret, "not an image");
        });
        await using var _ = server;
        using var runspace = new ModuleRunspace();
        var folder = Directory.CreateTempSubdirectory("astrobin-secrets-");

        try
        {
            var run = runspace.Run(ModuleRunspace.UseKeyHere + "Get-AstroBinImage yx76x9 | Save-AstroBinImage -Size Thumb -Path $args[0]",
                server.BaseUri.AbsoluteUri, Key, Secret, folder.FullName);

            var error = Assert.Single(run.Errors);
            Assert.StartsWith("AstroBinNotAnImage,", error.FullyQualifiedErrorId);
            Assert.Contains(run.Log, line => line.Contains("/file/thumb"));
            AssertNone(run.AllText());
            Assert.Contains("***", error.ToString());
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}

