using AstroBin.Api;
using AstroBin.Api.Errors;
using AstroBin.Api.Queries;
using static AstroBin.Tests.Hostile.HostileLists;

namespace AstroBin.Tests.Hostile;

/// <summary>
/// A server that lies about paging (ignores offset, says another offset, sends more than the limit) stops the read
/// with AstroBinPagingBroken: never a duplicate, never an endless list. One record the client cannot read costs
/// that record only.
/// </summary>
public sealed class HostilePagingTests
{
    private const long Huge = 1_000_000_000;

    [Fact]
    public async Task A_server_that_ignores_offset_but_echoes_it_stops_the_search_after_one_page_without_a_duplicate()
    {
        // The same 25 records at every offset, the envelope claiming the offset asked for.
        await using var server = await HostileServer.StartAsync(context =>
        {
            var (limit, offset) = Window(context);
            return Answer(context, Page(offset, limit, Huge, Enumerable.Range(1, limit).Select(i => Image(i))));
        });
        var client = Client(server);

        var (images, error) = await DrainAsync(client.SearchImagesAsync(new ImageQuery(), PageRange.All, null, CancellationToken.None), 1000);

        Assert.Equal(Enumerable.Range(1, 25), images.Select(image => image.Id));
        var broken = Assert.IsType<AstroBinPagingBrokenException>(error);
        Assert.Contains("ignores 'offset'", broken.Message);
        Assert.DoesNotContain(EmulatorSecret, broken.Message + broken.RequestUri);
    }

    [Fact]
    public async Task A_page_that_says_another_offset_than_asked_stops_the_search_and_is_not_retried()
    {
        // Offset 0 for every request: what a server ignoring offset honestly says.
        await using var server = await HostileServer.StartAsync(context =>
        {
            var (limit, _) = Window(context);
            return Answer(context, Page(0, limit, Huge, Enumerable.Range(1, limit).Select(i => Image(i))));
        });
        var client = Client(server);

        var (images, error) = await DrainAsync(client.SearchImagesAsync(new ImageQuery(), PageRange.All, null, CancellationToken.None), 1000);

        Assert.Equal(25, images.Count);
        var broken = Assert.IsType<AstroBinPagingBrokenException>(error);
        Assert.Contains("offset 25 says it is at offset 0", broken.Message);
        // The first page, then the read-ahead (at most MaxConcurrency pages); none of them twice.
        var requests = server.Requests.Select(request => request.PathAndQuery).ToList();
        Assert.InRange(requests.Count, 2, 1 + AstroBinClientOptions.DefaultMaxConcurrency);
        Assert.Equal(requests.Count, requests.Distinct().Count());
    }

    [Fact]
    public async Task A_page_with_more_objects_than_the_limit_is_a_broken_answer()
    {
        await using var server = await HostileServer.StartAsync(context =>
        {
            var (limit, offset) = Window(context);
            return Answer(context, Page(offset, limit, Huge, Enumerable.Range(0, 5000).Select(_ => "{}")));
        });
        var client = Client(server);

        var (images, error) = await DrainAsync(client.SearchImagesAsync(new ImageQuery(), new PageRange(0, 10), null, CancellationToken.None), 1000);

        Assert.Empty(images);
        var broken = Assert.IsType<AstroBinPagingBrokenException>(error);
        Assert.Contains("more than 10 objects on a page that asked for 10", broken.Message);
        Assert.Single(server.Requests);
    }

    [Fact]
    public async Task A_short_page_in_the_middle_of_the_list_is_a_broken_answer_not_a_silent_gap()
    {
        await using var server = await HostileServer.StartAsync(context =>
        {
            var (limit, offset) = Window(context);
            var count = offset == 25 ? 3 : limit;
            return Answer(context, Page(offset, limit, 100, Enumerable.Range(0, count).Select(i => Image(offset + i))));
        });
        var client = Client(server);

        var (images, error) = await DrainAsync(client.SearchImagesAsync(new ImageQuery(), PageRange.All, null, CancellationToken.None), 1000);

        Assert.Equal(Enumerable.Range(0, 25), images.Select(image => image.Id));
        Assert.Contains("holds 3 of 25 objects", Assert.IsType<AstroBinPagingBrokenException>(error).Message);
    }

    [Fact]
    public async Task Invoke_All_stops_at_a_server_that_ignores_offset()
    {
        await using var server = await HostileServer.StartAsync(context =>
        {
            var (limit, offset) = Window(context);
            return Answer(context, Page(offset, limit, Huge, Enumerable.Range(1, limit).Select(i => Image(i))));
        });
        var client = Client(server);

        var (documents, error) = await DrainAsync(client.ReadDocumentsAsync("image/", null, ApiFormat.Json, null, CancellationToken.None), 1000);

        Assert.Single(documents);
        Assert.Contains("ignores 'offset'", Assert.IsType<AstroBinPagingBrokenException>(error).Message);
    }

    [Fact]
    public async Task Invoke_All_stops_at_a_page_that_says_another_offset_or_holds_too_many_objects()
    {
        await using var server = await HostileServer.StartAsync(context =>
        {
            var (limit, offset) = Window(context);
            var count = offset == 0 ? limit : 400;
            return Answer(context, Page(offset == 0 ? 0 : offset + 1, limit, Huge, Enumerable.Range(0, count).Select(i => Image(offset + i))));
        });
        var client = Client(server);

        var (documents, error) = await DrainAsync(client.ReadDocumentsAsync("image/", null, ApiFormat.Json, null, CancellationToken.None), 1000);

        Assert.Single(documents);
        Assert.Contains("400 objects on a page that asked for 25", Assert.IsType<AstroBinPagingBrokenException>(error).Message);
    }

    [Fact]
    public async Task Records_the_client_cannot_read_are_reported_in_their_place_and_every_other_record_arrives_unretried()
    {
        var odd = UnfitRecords;
        await using var server = await StartListWithUnfitRecordsAsync();
        var client = Client(server, maxRetry: 4);
        var unreadable = new List<UnreadableRecord>();
        var observer = new ListObserver { Unreadable = unreadable.Add };

        var (images, error) = await DrainAsync(client.SearchImagesAsync(new ImageQuery(), PageRange.All, observer, CancellationToken.None), 1000);

        Assert.Null(error);
        Assert.Equal(Enumerable.Range(0, 30).Where(n => !odd.ContainsKey(n)), images.Select(image => image.Id));
        Assert.Equal(odd.Keys, unreadable.Select(record => record.Offset));
        Assert.Equal(new[] { "$.w", "$.views", "$.uploaded", "$.subjects" }, unreadable.Select(record => record.Field));
        Assert.All(unreadable, record => Assert.IsType<AstroBinRecordUnreadableException>(record.Error));
        Assert.Contains("not-a-date", unreadable[2].Reason);
        // Two pages, two requests: nothing retried, nothing read in halves.
        Assert.Equal(2, server.Requests.Count);
    }

    [Fact]
    public async Task A_record_with_a_syntax_error_is_a_malformed_page_and_is_retried()
    {
        var attempts = 0;
        await using var server = await HostileServer.StartAsync(context =>
        {
            var (limit, offset) = Window(context);
            var first = Interlocked.Increment(ref attempts) == 1 ? "{\"id\": 1, \"w\": }" : Image(1);
            return Answer(context, Page(offset, limit, 2, new[] { first, Image(2) }));
        });
        var client = Client(server);

        var (images, error) = await DrainAsync(client.SearchImagesAsync(new ImageQuery(), PageRange.All, null, CancellationToken.None), 1000);

        Assert.Null(error);
        Assert.Equal(new[] { 1, 2 }, images.Select(image => image.Id));
        Assert.Equal(2, server.Requests.Count);
    }

    [Fact]
    public async Task A_record_with_a_list_of_millions_of_names_is_unreadable_not_hundreds_of_megabytes()
    {
        var subjects = "\"subjects\": [" + string.Join(",", Enumerable.Repeat("\"a\"", 20_000)) + "]";
        await using var server = await HostileServer.StartAsync(context =>
        {
            var (limit, offset) = Window(context);
            return Answer(context, Page(offset, limit, 2, new[] { Image(1, subjects), Image(2) }));
        });
        var unreadable = new List<UnreadableRecord>();

        var (images, error) = await DrainAsync(Client(server).SearchImagesAsync(new ImageQuery(), PageRange.All, new ListObserver { Unreadable = unreadable.Add }, CancellationToken.None), 1000);

        Assert.Null(error);
        Assert.Equal(2, Assert.Single(images).Id);
        Assert.Equal("$.subjects", Assert.Single(unreadable).Field);
    }

    private static string EmulatorSecret => AstroBin.Emulator.EmulatorOptions.DefaultApiSecret;
}

/// <summary>A single record (a detail lookup) that is valid JSON but does not fit the model: named, and not retried.</summary>
public sealed class HostileRecordTests
{
    [Theory]
    [InlineData("{\"id\": \"not a number\"}", "$.id")]
    [InlineData("{\"id\": 1, \"ra\": \"ten\"}", "$.ra")]
    [InlineData("{\"id\": 1, \"w\": null}", "$.w")]
    [InlineData("{\"id\": 1, \"views\": 3000000000}", "$.views")]
    public async Task A_record_that_does_not_fit_the_model_is_unreadable_and_not_retried(string body, string field)
    {
        await using var server = await HostileServer.StartAsync(context => Answer(context, body));

        var error = await Assert.ThrowsAsync<AstroBinRecordUnreadableException>(() => Client(server, maxRetry: 4).GetImageAsync("abc123", CancellationToken.None));

        Assert.Contains("does not fit the module at " + field, error.Message);
        Assert.DoesNotContain("base URI", error.Message);
        Assert.Single(server.Requests);
    }
}
