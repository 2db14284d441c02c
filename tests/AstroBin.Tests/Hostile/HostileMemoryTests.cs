using System.Text;
using Microsoft.AspNetCore.Http;
using Xunit.Abstractions;
using static AstroBin.Tests.Hostile.HostileLists;

namespace AstroBin.Tests.Hostile;

/// <summary>
/// What a hostile answer costs in memory, measured where it is spent: a child pwsh runs the built module's cmdlet
/// against a <see cref="HostileServer"/> and reports its own peak working set. Every body is just under the 16 MiB
/// byte cap, so only the object, element and read-ahead caps bound what it costs.
/// </summary>
public sealed class HostileMemoryTests(ITestOutputHelper output)
{
    /// <summary>
    /// A few hundred MB: pwsh itself takes about 150, and each body in flight leaves up to 48 MB of large-object
    /// garbage (the growing buffer and its copy) until the next full collection. 0.1.0 took 2.2 to 2.6 GB here.
    /// </summary>
    private const long PeakLimit = 512L * 1024 * 1024;

    private const int BodyBytes = 16_000_000;

    private static readonly Lazy<byte[]> EmptyObjects = new(() => Pad(offset => Page(offset, 25, 1_000_000_000, Array.Empty<string>()), "{}"));

    [Theory]
    [InlineData("Search-AstroBinImage -First 50", "AstroBinPagingBroken")]
    [InlineData("Invoke-AstroBinApi image", "AstroBinInvalidResponse")]
    [InlineData("Invoke-AstroBinApi image -All", "AstroBinInvalidResponse")]
    public async Task A_page_of_millions_of_empty_objects_costs_a_few_hundred_MB_at_most(string command, string errorId)
    {
        await using var server = await HostileServer.StartAsync(context => Send(context, EmptyObjects.Value));

        var (count, error, peak) = await RunAsync(server, command);

        output.WriteLine($"{command}: {count} objects, {error}, peak working set {peak / 1048576} MB");
        Assert.Equal(0, count);
        Assert.Equal(errorId, error);
        Assert.True(peak < PeakLimit, command + " peaked at " + peak / 1048576 + " MB");
    }

    [Fact]
    public async Task Endless_full_pages_read_ahead_stay_within_a_few_hundred_MB()
    {
        // 25 distinct records a page, each carrying 640 KB the model skips: 16 MB pages for ever.
        var junk = "\"junk\": [" + string.Join(",", Enumerable.Repeat("0", 320_000)) + "]";
        await using var server = await HostileServer.StartAsync(context =>
        {
            var (limit, offset) = Window(context);
            return Send(context, Encoding.UTF8.GetBytes(Page(offset, limit, 1_000_000_000, Enumerable.Range(0, limit).Select(i => Image(offset + i, junk)))));
        });

        var (count, error, peak) = await RunAsync(server, "Search-AstroBinImage -First 250");

        output.WriteLine($"read-ahead of 16 MB pages: {count} images, {error}, peak working set {peak / 1048576} MB, {server.Requests.Count} requests");
        Assert.Equal(250, count);
        Assert.Equal("none", error);
        Assert.True(peak < PeakLimit, "peaked at " + peak / 1048576 + " MB");
    }

    /// <summary>A page whose 'objects' holds <paramref name="item"/> repeated to fill <see cref="BodyBytes"/>.</summary>
    private static byte[] Pad(Func<long, string> envelope, string item)
    {
        var empty = envelope(0);
        var cut = empty.LastIndexOf('[') + 1;
        var text = new StringBuilder(BodyBytes + 64).Append(empty, 0, cut);
        var first = true;
        while (text.Length + item.Length + 3 < BodyBytes)
        {
            if (!first) text.Append(',');
            text.Append(item);
            first = false;
        }
        return Encoding.UTF8.GetBytes(text.Append(empty, cut, empty.Length - cut).ToString());
    }

    private static Task Send(HttpContext context, byte[] body)
    {
        context.Response.ContentType = "application/json";
        context.Response.ContentLength = body.Length;
        return context.Response.Body.WriteAsync(body).AsTask();
    }

    /// <summary>Runs <paramref name="command"/> in a child pwsh; its output count, first error id (or "none") and peak working set.</summary>
    private static async Task<(int Count, string Error, long Peak)> RunAsync(HostileServer server, string command)
    {
        var lines = await ChildPwsh.RunAsync(server,
            "$failures = @()",
            "$count = 0",
            command + " -ErrorAction SilentlyContinue -ErrorVariable failures | ForEach-Object { $count++ }",
            "$id = if ($failures.Count) { $failures[0].FullyQualifiedErrorId.Split(',')[0] } else { 'none' }",
            "'RESULT {0} {1} {2}' -f $count, $id, [System.Diagnostics.Process]::GetCurrentProcess().PeakWorkingSet64");
        var line = lines.LastOrDefault(text => text.StartsWith("RESULT ", StringComparison.Ordinal));
        Assert.True(line != null, "the child pwsh reported nothing: " + string.Join("\n", lines));
        var parts = line!.Split(' ');
        return (int.Parse(parts[1]), parts[2], long.Parse(parts[3]));
    }
}
