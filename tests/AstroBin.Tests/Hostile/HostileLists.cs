using System.Globalization;
using System.Text;
using AstroBin.Api;
using AstroBin.Emulator;
using Microsoft.AspNetCore.Http;

namespace AstroBin.Tests.Hostile;

/// <summary>List pages as a hostile server would write them, and a client pointed at one.</summary>
internal static class HostileLists
{
    /// <summary>A tastypie envelope around <paramref name="objects"/> (JSON texts), claiming <paramref name="offset"/>.</summary>
    public static string Page(long offset, int limit, long totalCount, IEnumerable<string> objects)
    {
        var next = offset + limit < totalCount ? "\"/api/v1/image/?limit=" + limit + "&offset=" + (offset + limit) + "\"" : "null";
        return "{\"meta\": {\"limit\": " + limit + ", \"next\": " + next + ", \"offset\": " + offset + ", \"previous\": null, \"total_count\": " + totalCount
            + "}, \"objects\": [" + string.Join(", ", objects) + "]}";
    }

    /// <summary>An image record the model reads, numbered <paramref name="id"/>; <paramref name="field"/> replaces one field's JSON.</summary>
    public static string Image(long id, string? field = null) =>
        "{\"id\": " + id + ", \"hash\": \"h" + id + "\", \"title\": \"Image " + id + "\", \"w\": 100, \"h\": 80, \"views\": 5, \"uploaded\": \"2024-01-02T03:04:05\", \"subjects\": [\"M 31\"]"
        + (field == null ? string.Empty : ", " + field) + "}";

    /// <summary>The request's limit and offset (0 when absent).</summary>
    public static (int Limit, long Offset) Window(HttpContext context)
    {
        int.TryParse(context.Request.Query["limit"], NumberStyles.Integer, CultureInfo.InvariantCulture, out var limit);
        long.TryParse(context.Request.Query["offset"], NumberStyles.Integer, CultureInfo.InvariantCulture, out var offset);
        return (limit, offset);
    }

    public static Task Answer(HttpContext context, string body)
    {
        context.Response.ContentType = "application/json";
        return context.Response.Body.WriteAsync(Encoding.UTF8.GetBytes(body)).AsTask();
    }

    /// <summary>The positions of <see cref="StartListWithUnfitRecordsAsync"/>'s list whose record is valid JSON that does not fit the model, and that field.</summary>
    public static readonly IReadOnlyDictionary<long, string> UnfitRecords = new Dictionary<long, string>
    {
        [2] = "\"w\": null",
        [9] = "\"views\": 3000000000",
        [17] = "\"uploaded\": \"not-a-date\"",
        [26] = "\"subjects\": \"M 31\"",
    };

    /// <summary>A list of 30 images served by offset, four of them (<see cref="UnfitRecords"/>) unfit for the model.</summary>
    public static Task<HostileServer> StartListWithUnfitRecordsAsync() => HostileServer.StartAsync(context =>
    {
        var (limit, offset) = Window(context);
        var records = Enumerable.Range(0, (int)Math.Min(limit, 30 - offset)).Select(i => offset + i)
            .Select(n => Image(n, UnfitRecords.TryGetValue(n, out var field) ? field : null));
        return Answer(context, Page(offset, limit, 30, records));
    });

    /// <summary>A client with fast retries (so that a retry shows in the request count, not in the test's time).</summary>
    public static AstroBinClient Client(HostileServer server, int maxRetry = 2) =>
        new(new HttpClient(), new AstroBinClientOptions(server.BaseUri, new ApiCredentials(EmulatorOptions.DefaultApiKey, EmulatorOptions.DefaultApiSecret))
        {
            MaxRetry = maxRetry,
            RetryDelay = TimeSpan.FromMilliseconds(10),
            Timeout = TimeSpan.FromSeconds(20),
        });

    /// <summary>Reads at most <paramref name="cap"/> items (a reader that never ends must not hang the test), and what stopped it.</summary>
    public static async Task<(List<T> Items, Exception? Error)> DrainAsync<T>(IAsyncEnumerable<T> source, int cap)
    {
        var items = new List<T>();
        try
        {
            await foreach (var item in source)
            {
                items.Add(item);
                if (items.Count == cap) break;
            }
        }
        catch (Exception ex)
        {
            return (items, ex);
        }
        return (items, null);
    }
}
