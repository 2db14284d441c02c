using System;
using System.Net;
using System.Net.Http;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using AstroBin.Emulator.Data;
using Xunit;

namespace AstroBin.Tests.Emulator;

/// <summary>Plain HTTP access to the shared emulator for conformance tests.</summary>
[Collection("Emulator")]
public abstract class EmulatorTestBase : IDisposable
{
    protected EmulatorTestBase(EmulatorFixture fixture)
    {
        Fixture = fixture;
        Client = fixture.CreateClient();
    }

    protected EmulatorFixture Fixture { get; }

    protected HttpClient Client { get; }

    protected EmulatorData Data => Fixture.Server.Data;

    public void Dispose()
    {
        Client.Dispose();
        GC.SuppressFinalize(this);
    }

    /// <summary>GET path?credentials[&amp;query] (query given raw, already encoded).</summary>
    protected Task<Reply> GetAuthorized(string path, string query = "") =>
        Get(path + "?" + Fixture.Credentials + (query.Length == 0 ? string.Empty : "&" + query));

    protected async Task<Reply> Get(string pathAndQuery, string method = "GET")
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), pathAndQuery);
        using var response = await Client.SendAsync(request);
        return await Reply.Read(response);
    }

    /// <summary>GET that must answer 200 application/json; returns the parsed body.</summary>
    protected async Task<JsonObject> GetJson(string path, string query = "")
    {
        var reply = await GetAuthorized(path, query);
        Assert.True(reply.Status == HttpStatusCode.OK, $"{path}?{query} → {(int)reply.Status}: {reply.Body}");
        Assert.Equal("application/json", reply.ContentType);
        return JsonNode.Parse(reply.Body)!.AsObject();
    }

    /// <summary>GET that must answer 400 {"error": …}; returns the message.</summary>
    protected async Task<string> GetError(string path, string query)
    {
        var reply = await GetAuthorized(path, query);
        Assert.True(reply.Status == HttpStatusCode.BadRequest, $"{path}?{query} → {(int)reply.Status}: {reply.Body}");
        Assert.Equal("application/json", reply.ContentType);
        var body = JsonNode.Parse(reply.Body)!.AsObject();
        Assert.Single(body);
        return body["error"]!.GetValue<string>();
    }

    protected static int TotalCount(JsonObject page) => page["meta"]!["total_count"]!.GetValue<int>();
}
