using System.Text;
using AstroBin.Api;
using AstroBin.Api.Queries;
using AstroBin.Tests.Hostile;
using Microsoft.AspNetCore.Http;

namespace AstroBin.Tests.Api;

/// <summary>
/// The subject search: the server's subjects= takes its first 100 matching solutions before any other filter
/// (the emulator reproduces it), so the client-side match over the bounded search finds what it misses.
/// </summary>
[Collection("Emulator")]
public class SubjectMatchTests(EmulatorFixture emulator)
{
    private AstroBinClient Client(ClientEmulatorTests.CountingHandler? handler = null) =>
        new(new HttpClient(handler ?? new ClientEmulatorTests.CountingHandler()),
            new AstroBinClientOptions(emulator.Server.BaseUri, new ApiCredentials(emulator.ApiKey, emulator.ApiSecret)) { MaxConcurrency = 4 });

    private static async Task<List<T>> ReadAll<T>(IAsyncEnumerable<T> source)
    {
        var items = new List<T>();
        await foreach (var item in source) items.Add(item);
        return items;
    }

    [Theory]
    [InlineData("M31", "M 31")]
    [InlineData("m31", "M 31")]
    [InlineData("NGC224xyz", "NGC 224")]
    [InlineData("ngc7000", "NGC 7000")]
    [InlineData("ic434", "IC 434")]
    [InlineData("M 31", "M 31")]
    [InlineData("  Horsehead ", "Horsehead")]
    [InlineData("Messier", "Messier")]
    public void Subjects_are_normalised_as_the_server_does(string given, string expected) =>
        Assert.Equal(expected, SubjectName.Normalize(given));

    [Fact]
    public void A_subject_matches_by_case_insensitive_containment_in_one_entry()
    {
        var subjects = new[] { "Great Nebula in Andromeda", "M 31", "NGC 224" };
        Assert.True(SubjectName.IsListedIn(subjects, "m 31"));
        Assert.True(SubjectName.IsListedIn(subjects, "andromeda"));
        Assert.False(SubjectName.IsListedIn(subjects, "M 33"));
        Assert.False(SubjectName.IsListedIn(subjects, "M 31, NGC"));
    }

    [Fact]
    public void The_client_match_leaves_the_subject_out_of_the_request()
    {
        var query = new ImageQuery { Subject = "M31", SubjectMatch = SubjectMatch.Client, User = "MarcoR" };
        Assert.Equal("user=MarcoR", query.ToParameters().ToQueryString());
        Assert.Equal("subjects=M31&user=MarcoR", new ImageQuery { Subject = "M31", User = "MarcoR" }.ToParameters().ToQueryString());
    }

    [Fact]
    public void The_client_match_without_any_bound_is_refused_before_any_request()
    {
        var error = Assert.Throws<InvalidQueryException>(() => new ImageQuery { Subject = "M31", SubjectMatch = SubjectMatch.Client }.ToParameters());
        Assert.Equal(InvalidQueryReason.TooBroad, error.Reason);
        Assert.Contains("fair use", error.Message);
        Assert.Throws<InvalidQueryException>(() => new ImageQuery { SubjectMatch = SubjectMatch.Client, User = "x" }.ToParameters());
    }

    [Fact]
    public async Task The_server_search_misses_what_the_client_match_finds()
    {
        var client = Client();
        var server = await ReadAll(client.SearchImagesAsync(new ImageQuery { Subject = "M31", TitleContains = "andromeda" }, PageRange.All, null, CancellationToken.None));
        var scanned = await ReadAll(client.ScanForSubjectAsync(new ImageQuery { Subject = "M31", TitleContains = "andromeda", SubjectMatch = SubjectMatch.Client }, PageRange.All, null, CancellationToken.None));
        var found = scanned.Where(step => step.Selected).Select(step => step.Image.ImageId).ToList();

        // What the emulator holds: every image whose title has 'andromeda' and whose subjects list 'M 31'.
        var expected = emulator.Server.Data.Images
            .Where(image => image.Title.Contains("andromeda", StringComparison.OrdinalIgnoreCase) && image.Subjects.Any(s => s.Contains("M 31", StringComparison.OrdinalIgnoreCase)))
            .Select(image => image.PublicId).ToList();
        Assert.Equal(expected, found);
        Assert.Equal(emulator.Server.Data.Images.Count(image => image.Title.Contains("andromeda", StringComparison.OrdinalIgnoreCase)), scanned.Count);
        Assert.True(server.Count < found.Count / 2, $"server {server.Count}, client {found.Count}");
        Assert.Subset(found.ToHashSet(), server.Select(image => image.ImageId).ToHashSet());
    }

    [Theory]
    [InlineData("Carlos647", null)]
    [InlineData(null, "2020-01-01")]
    public async Task The_issues_cases_find_every_image_the_emulator_holds(string? user, string? uploadedAfter)
    {
        // Issue 11: -Subject M31 -UploadedAfter 2020-01-01 returned 0 images; -User Carlos647 missed some.
        var after = uploadedAfter == null ? (DateTime?)null : DateTime.Parse(uploadedAfter, System.Globalization.CultureInfo.InvariantCulture);
        var client = Client();
        var server = await ReadAll(client.SearchImagesAsync(new ImageQuery { Subject = "M31", User = user, UploadedAfter = after }, PageRange.All, null, CancellationToken.None));
        var scanned = await ReadAll(client.ScanForSubjectAsync(new ImageQuery { Subject = "M31", User = user, UploadedAfter = after, SubjectMatch = SubjectMatch.Client }, PageRange.All, null, CancellationToken.None));

        var expected = emulator.Server.Data.Images
            .Where(image => (user == null || image.User == user) && (after == null || image.Uploaded >= after) && image.Subjects.Any(s => s.Contains("M 31", StringComparison.OrdinalIgnoreCase)))
            .Select(image => image.PublicId).OrderBy(id => id, StringComparer.Ordinal).ToList();
        var found = scanned.Where(step => step.Selected).Select(step => step.Image.ImageId!).ToList();
        Assert.Equal(expected, found.OrderBy(id => id, StringComparer.Ordinal).ToList());
        Assert.True(server.Count < found.Count, $"server {server.Count}, client {found.Count}");
    }

    [Fact]
    public async Task The_server_search_alone_stops_at_100_and_the_client_match_goes_past_it()
    {
        var client = Client();
        var server = await ReadAll(client.SearchImagesAsync(new ImageQuery { Subject = "M 31" }, PageRange.All, null, CancellationToken.None));
        var scanned = await ReadAll(client.ScanForSubjectAsync(new ImageQuery { Subject = "M 31", SubjectMatch = SubjectMatch.Client, UploadedAfter = new DateTime(2010, 1, 1) }, PageRange.All, null, CancellationToken.None));

        Assert.Equal(ImageQuery.MaxSubjectMatches, server.Count);
        Assert.True(scanned.Count(step => step.Selected) > ImageQuery.MaxSubjectMatches);
    }

    [Fact]
    public async Task Skip_and_take_count_matches_and_reading_stops_once_enough_were_found()
    {
        var handler = new ClientEmulatorTests.CountingHandler();
        var query = new ImageQuery { Subject = "M31", TitleContains = "andromeda", SubjectMatch = SubjectMatch.Client };
        var all = (await ReadAll(Client().ScanForSubjectAsync(query, PageRange.All, null, CancellationToken.None))).Where(step => step.Selected).Select(step => step.Image.ImageId).ToList();

        var some = (await ReadAll(Client(handler).ScanForSubjectAsync(query, new PageRange(2, 3), null, CancellationToken.None))).Where(step => step.Selected).Select(step => step.Image.ImageId).ToList();

        Assert.Equal(all.Skip(2).Take(3), some);
        Assert.True(handler.Requests <= 1 + 4, "requests: " + handler.Requests);
    }

    [Fact]
    public async Task A_bound_that_selects_too_much_is_refused_after_its_first_page()
    {
        // A full first page (a short one would be a broken list) that announces more than may be scanned.
        await using var server = await HostileServer.StartAsync(async context =>
        {
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync(
                "{\"meta\":{\"limit\":25,\"next\":\"/api/v1/image/?offset=25\",\"offset\":0,\"previous\":null,\"total_count\":" + (ImageQuery.MaxSubjectScan + 1) + "},"
                + "\"objects\":[" + string.Join(",", Enumerable.Range(1, 25).Select(id =>
                    "{\"id\":" + id + ",\"hash\":\"a" + id.ToString("00000", System.Globalization.CultureInfo.InvariantCulture) + "\",\"title\":\"t\",\"user\":\"u\",\"subjects\":[\"M 31\"]}"))
                + "]}", Encoding.UTF8);
        });
        var client = new AstroBinClient(new HttpClient(), new AstroBinClientOptions(server.BaseUri, new ApiCredentials(emulator.ApiKey, emulator.ApiSecret)) { MaxConcurrency = 1 });
        var query = new ImageQuery { Subject = "M31", SubjectMatch = SubjectMatch.Client, UploadedAfter = new DateTime(1900, 1, 1) };

        var error = await Assert.ThrowsAsync<InvalidQueryException>(() => ReadAll(client.ScanForSubjectAsync(query, PageRange.All, null, CancellationToken.None)));

        Assert.Equal(InvalidQueryReason.TooBroad, error.Reason);
        Assert.Contains((ImageQuery.MaxSubjectScan + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), error.Message);
        Assert.Single(server.Requests);
        Assert.DoesNotContain("subjects", server.Requests.Single().PathAndQuery);
    }
}
