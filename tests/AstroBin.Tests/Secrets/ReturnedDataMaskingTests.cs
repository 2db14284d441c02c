using System.Globalization;
using System.Text;
using System.Xml;
using AstroBin.Emulator;
using AstroBin.Tests.Hostile;
using Microsoft.AspNetCore.Http;
using static AstroBin.Tests.Secrets.SecretExposure;

namespace AstroBin.Tests.Secrets;

/// <summary>
/// Issue 10 item 1: what Invoke-AstroBinApi (and the typed cmdlets) return carries no copy of the key or
/// secret, parsed or raw, from the emulator (which repeats both in meta.next, as the real server does)
/// and from a server that hides them in odd places and spellings. Masked, not dropped: '***' is there.
/// </summary>
[Collection("Session configuration")]
public sealed class ReturnedDataMaskingTests
{
    [Theory]
    [InlineData("Invoke-AstroBinApi image -Query @{ limit = 1 }")]
    [InlineData("Invoke-AstroBinApi image -Query @{ limit = 1 } -Raw")]
    [InlineData("Invoke-AstroBinApi image -Query @{ limit = 1 } -Format Xml")]
    [InlineData("Invoke-AstroBinApi image -Query @{ limit = 1 } -Format Xml -Raw")]
    [InlineData("Invoke-AstroBinApi location -All -Raw")]
    [InlineData("Invoke-AstroBinApi location -All -Format Xml")]
    [InlineData("(Invoke-AstroBinApi image -Query @{ limit = 1 }).meta.next")]
    public async Task The_emulators_meta_next_is_masked_in_every_form(string command)
    {
        await using var server = await EmulatorServer.StartAsync();
        using var runspace = new ModuleRunspace();

        var run = runspace.Run(ModuleRunspace.UseKeyHere + command, server.BaseUri.AbsoluteUri, Key, Secret);

        Assert.Empty(run.Errors);
        // -All: several pages, so every page but the last carried a meta.next with the key pair.
        Assert.True(run.Output.Count > (command.Contains("-All") ? 1 : 0), command + " gave " + run.Output.Count);
        var text = run.AllText();
        AssertNone(text, command);
        Assert.Contains("api_key=***", text.Replace("api_key%3D***", "api_key=***"));
    }

    public static TheoryData<string, string> Spellings => new()
    {
        { "as sent", Secret },
        { "upper-cased", Secret.ToUpperInvariant() },
        { "percent-encoded, lower hex", string.Concat(Secret.Select(c => "%" + ((int)c).ToString("x2", CultureInfo.InvariantCulture))) },
        { "percent-encoded, upper hex, upper-cased", string.Concat(Secret.ToUpperInvariant().Select(c => "%" + ((int)c).ToString("X2", CultureInfo.InvariantCulture))) },
        { "JSON \\u escapes", string.Concat(Secret.Select(c => "\\u" + ((int)c).ToString("x4", CultureInfo.InvariantCulture))) },
        { "mixed", string.Concat(Secret.Select((c, i) => (i % 3) switch { 0 => c.ToString(), 1 => "%" + ((int)c).ToString("X2", CultureInfo.InvariantCulture), _ => "\\u00" + ((int)char.ToUpperInvariant(c)).ToString("X2", CultureInfo.InvariantCulture) })) },
    };

    [Theory]
    [MemberData(nameof(Spellings))]
    public async Task A_secret_echoed_in_a_json_value_is_masked_parsed_and_raw(string spelling, string echo)
    {
        await using var server = await HostileServer.StartAsync(context => Answer(context, "application/json",
            "{\"meta\": {\"limit\": 1, \"next\": null, \"offset\": 0, \"previous\": null, \"total_count\": 1}, \"objects\": [{\"title\": \"" + echo + "\", \"note\": \"see " + echo + " here\"}]}"));
        using var runspace = new ModuleRunspace();

        foreach (var command in new[] { "Invoke-AstroBinApi image", "Invoke-AstroBinApi image -Raw", "Invoke-AstroBinApi image -All", "Invoke-AstroBinApi image -All -Raw" })
        {
            var run = runspace.Run(ModuleRunspace.UseKeyHere + command, server.BaseUri.AbsoluteUri, Key, Secret);

            Assert.Empty(run.Errors);
            AssertNone(run.AllText(), spelling + ": " + command);
            Assert.Contains("***", run.AllText());
        }
    }

    [Theory]
    [InlineData("as sent", "fedcba9876543210fedcba9876543210fedcba98")]
    [InlineData("upper-cased", "FEDCBA9876543210FEDCBA9876543210FEDCBA98")]
    [InlineData("decimal entities", "&#102;&#101;&#100;&#99;&#98;&#97;&#57;&#56;&#55;&#54;&#53;&#52;&#51;&#50;&#49;&#48;&#102;&#101;&#100;&#99;&#98;&#97;&#57;&#56;&#55;&#54;&#53;&#52;&#51;&#50;&#49;&#48;&#102;&#101;&#100;&#99;&#98;&#97;&#57;&#56;")]
    [InlineData("hex entities", "&#x66;&#x65;&#x64;&#x63;&#x62;&#x61;&#x39;&#x38;&#x37;&#x36;&#x35;&#x34;&#x33;&#x32;&#x31;&#x30;&#x66;&#x65;&#x64;&#x63;&#x62;&#x61;&#x39;&#x38;&#x37;&#x36;&#x35;&#x34;&#x33;&#x32;&#x31;&#x30;&#x66;&#x65;&#x64;&#x63;&#x62;&#x61;&#x39;&#x38;")]
    [InlineData("percent-encoded", "%66%65%64%63%62%61%39%38%37%36%35%34%33%32%31%30%66%65%64%63%62%61%39%38%37%36%35%34%33%32%31%30%66%65%64%63%62%61%39%38")]
    public async Task A_secret_echoed_in_an_xml_attribute_is_masked_parsed_and_raw(string spelling, string echo)
    {
        Assert.Equal(Secret, System.Net.WebUtility.HtmlDecode(Uri.UnescapeDataString(echo)), ignoreCase: true);
        await using var server = await HostileServer.StartAsync(context => Answer(context, "application/xml",
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><response><meta><next type=\"null\"/><total_count type=\"integer\">1</total_count></meta>"
            + "<objects type=\"list\"><object title=\"" + echo + "\"><note>" + echo + "</note></object></objects></response>"));
        using var runspace = new ModuleRunspace();

        foreach (var command in new[] { "Invoke-AstroBinApi image -Format Xml", "Invoke-AstroBinApi image -Format Xml -Raw", "Invoke-AstroBinApi image -Format Xml -All" })
        {
            var run = runspace.Run(ModuleRunspace.UseKeyHere + command, server.BaseUri.AbsoluteUri, Key, Secret);

            Assert.Empty(run.Errors);
            AssertNone(run.AllText(), spelling + ": " + command);
        }
        var parsed = (XmlDocument)runspace.Run(ModuleRunspace.UseKeyHere + "Invoke-AstroBinApi image -Format Xml", server.BaseUri.AbsoluteUri, Key, Secret).Output[0].BaseObject;
        Assert.Equal("***", parsed.SelectSingleNode("//object/@title")!.Value);
    }

    [Fact]
    public async Task A_secret_the_server_echoes_from_the_query_is_masked_in_typed_objects()
    {
        var image = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "LalitNM-STACBot--image-detail-yx76x9-CONVERTED.json"));
        await using var server = await HostileServer.StartAsync(context =>
        {
            var secret = context.Request.Query["api_secret"].ToString();
            var json = System.Text.Json.Nodes.JsonNode.Parse(image)!;
            json["title"] = secret.ToUpperInvariant();
            json["description"] = "key " + Uri.EscapeDataString(context.Request.Query["api_key"].ToString()) + " secret " + secret;
            return Answer(context, "application/json", json.ToJsonString());
        });
        using var runspace = new ModuleRunspace();

        var run = runspace.Run(ModuleRunspace.UseKeyHere + "Get-AstroBinImage yx76x9 -NoCache", server.BaseUri.AbsoluteUri, Key, Secret);

        Assert.Empty(run.Errors);
        var title = (string)run.Output[0].Properties["Title"].Value;
        Assert.Equal("***", title);
        AssertNone(run.AllText());
    }

    internal static Task Answer(HttpContext context, string contentType, string body, int status = 200)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = contentType;
        return context.Response.WriteAsync(body, Encoding.UTF8);
    }
}
