using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using AstroBin.Emulator;
using AstroBin.Emulator.Control;

namespace AstroBin.Tests.Emulator;

/// <summary>The emulator's data changed while it runs (/_emulator/images), its request counts by kind, and the revisions' files.</summary>
public sealed class ImageChangeTests : IAsyncLifetime
{
    private const string Credentials = $"format=json&api_key={EmulatorOptions.DefaultApiKey}&api_secret={EmulatorOptions.DefaultApiSecret}";

    private EmulatorServer server = null!;
    private HttpClient http = null!;

    public async Task InitializeAsync()
    {
        server = await EmulatorServer.StartAsync();
        http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = server.Root };
    }

    public async Task DisposeAsync()
    {
        http.Dispose();
        await server.DisposeAsync();
    }

    [Fact]
    public async Task Images_added_changed_and_removed_over_http_show_in_the_list_the_detail_and_the_files()
    {
        var added = await (await http.PostAsync("_emulator/images?user=portfolio&count=3&revisions=1", null)).Content.ReadFromJsonAsync<string[]>();
        Assert.Equal(3, added!.Length);
        var list = await GetJson($"api/v1/image/?user=portfolio&{Credentials}");
        Assert.Equal(3, list["meta"]!["total_count"]!.GetValue<int>());
        // Newest upload first: the last one added.
        Assert.Equal(added[2], list["objects"]![0]!["hash"]!.GetValue<string>());

        var before = await GetJson($"api/v1/image/{added[0]}/?{Credentials}");
        var thumbBefore = await FileBytes(before["url_thumb"]!.GetValue<string>());
        var change = await http.PostAsync($"_emulator/images/{added[0]}/change?title=Reprocessed&revision=true", null);
        Assert.Equal(HttpStatusCode.OK, change.StatusCode);
        var after = await GetJson($"api/v1/image/{added[0]}/?{Credentials}");

        Assert.Equal("Reprocessed", after["title"]!.GetValue<string>());
        Assert.True(DateTime.Parse(after["updated"]!.GetValue<string>()) > DateTime.Parse(before["updated"]!.GetValue<string>()));
        Assert.Equal(2, after["revisions"]!.AsArray().Count);
        Assert.NotEqual(thumbBefore, await FileBytes(after["url_thumb"]!.GetValue<string>()));

        Assert.Equal(HttpStatusCode.NoContent, (await http.DeleteAsync($"_emulator/images/{added[1]}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync($"api/v1/image/{added[1]}/?{Credentials}")).StatusCode);
        Assert.Equal(2, (await GetJson($"api/v1/image/?user=portfolio&{Credentials}"))["meta"]!["total_count"]!.GetValue<int>());
        Assert.Equal(HttpStatusCode.NotFound, (await http.DeleteAsync($"_emulator/images/{added[1]}")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await http.PostAsync("_emulator/images?user=portfolio&count=0", null)).StatusCode);
    }

    [Fact]
    public async Task Every_revision_file_address_serves_a_png_that_differs_from_the_originals()
    {
        var id = server.Data.Changes.AddImages("revisionist", 1, revisionsEach: 1)[0];
        var image = await GetJson($"api/v1/image/{id}/?{Credentials}");
        var revisionPath = image["revisions"]![0]!.GetValue<string>();
        var revision = await GetJson(revisionPath.TrimStart('/') + "?" + Credentials);

        var files = new HashSet<string>();
        foreach (var (name, value) in revision.AsObject().Where(pair => pair.Key.StartsWith("url_", StringComparison.Ordinal) && pair.Value is not null))
        {
            var url = value!.GetValue<string>();
            if (!url.StartsWith(server.Root.AbsoluteUri, StringComparison.Ordinal)) continue;
            var bytes = await FileBytes(url);
            Assert.Equal(0x89, bytes[0]);
            files.Add(Convert.ToHexString(bytes));
            Assert.True(name.Length > 4);
        }
        Assert.Equal(10, files.Count);
        Assert.DoesNotContain(Convert.ToHexString(await FileBytes(image["url_thumb"]!.GetValue<string>())), files);
    }

    [Fact]
    public async Task Every_url_of_a_solved_image_and_of_its_revisions_serves_an_image()
    {
        var solved = server.Data.Images.First(image => !image.IsRecorded && image.Solution?.AdvancedSolutionUrl is not null && image.RevisionIds.Count > 0
            && server.Data.ImageRevisions.Any(row => row.Image.Id == image.Id && row.Solution is not null));
        var records = new List<JsonNode> { await GetJson($"api/v1/image/{solved.PublicId}/?{Credentials}") };
        foreach (var id in solved.RevisionIds) records.Add(await GetJson($"api/v1/imagerevision/{id}/?{Credentials}"));

        var served = 0;
        foreach (var record in records)
        {
            foreach (var (name, value) in record.AsObject().Where(pair => pair.Key.StartsWith("url_", StringComparison.Ordinal) && pair.Value is not null))
            {
                var url = value!.GetValue<string>();
                Assert.StartsWith(server.Root.AbsoluteUri, url);
                using var client = new HttpClient(); // follows the rawthumb redirect
                using var response = await client.GetAsync(url);
                Assert.True(response.IsSuccessStatusCode, name + " " + url);
                Assert.StartsWith("image/", response.Content.Headers.ContentType!.MediaType);
                Assert.NotEmpty(await response.Content.ReadAsByteArrayAsync());
                served++;
            }
        }
        // 8 sizes and 5 solution files for the image; 10 sizes and 5 solution files for a solved revision.
        Assert.True(served >= 13 + 15, served.ToString());
    }

    [Fact]
    public async Task Requests_are_counted_by_kind_and_served_at_the_control_route()
    {
        var id = server.Data.Changes.AddImages("counted", 1, revisionsEach: 0)[0];
        var before = server.Kinds.Snapshot();
        await GetJson($"api/v1/image/?user=counted&{Credentials}");
        var image = await GetJson($"api/v1/image/{id}/?{Credentials}");
        await FileBytes(image["url_gallery"]!.GetValue<string>());

        var after = await http.GetFromJsonAsync<RequestCounts>("_emulator/requests");

        Assert.Equal(before.List + 1, after!.List);
        Assert.Equal(before.Detail + 1, after.Detail);
        Assert.Equal(before.File + 2, after.File); // the rawthumb redirect and the file
    }

    private async Task<JsonNode> GetJson(string path)
    {
        using var response = await http.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
    }

    /// <summary>Follows the rawthumb redirect to the file.</summary>
    private async Task<byte[]> FileBytes(string url)
    {
        using var redirect = await http.GetAsync(url);
        Assert.Equal(HttpStatusCode.Found, redirect.StatusCode);
        using var file = await http.GetAsync(redirect.Headers.Location);
        Assert.Equal("image/png", file.Content.Headers.ContentType!.MediaType);
        return await file.Content.ReadAsByteArrayAsync();
    }
}
