using System.IO.Compression;
using AstroBin.Api.Downloads;
using AstroBin.Api.Errors;
using AstroBin.State;
using Microsoft.AspNetCore.Http;
using Xunit;
using Xunit.Abstractions;

namespace AstroBin.Tests.Hostile;

/// <summary>
/// Issue 10 items 10 and 11: a file is never decompressed nor written past its announced length or the
/// ceiling, a 503 on a file is retried, and downloads share the process's fair-use limiter.
/// </summary>
[Collection("Session configuration")]
public sealed class HostileDownloadTests(ITestOutputHelper output) : IDisposable
{
    private static readonly byte[] Png = HostileArchive.Png;

    private readonly string folder = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "astrobin-hostile-" + Guid.NewGuid().ToString("N"))).FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private static ImageDownloader Downloader(long maxFileBytes = DownloadOptions.DefaultMaxFileBytes, int maxRetry = 0) =>
        new(ModuleState.Current.Http.CreateForDownloads("test", null), new DownloadOptions
        {
            StallTimeout = TimeSpan.FromSeconds(10),
            MaxRetry = maxRetry,
            RetryDelay = TimeSpan.FromMilliseconds(10),
            MaxFileBytes = maxFileBytes,
        });

    private static Task WritePng(HttpContext context, byte[]? body = null)
    {
        context.Response.ContentType = "image/png";
        return context.Response.Body.WriteAsync(body ?? Png).AsTask();
    }

    /// <summary>Saves images 1000+n for each n, with UrlHd on <paramref name="server"/>, 16 at a time; the number of files written.</summary>
    private static int Save(HostileServer server, string settings, Range numbers, string into)
    {
        Directory.CreateDirectory(into);
        var run = TestClients.Run(server, settings,
            "param($Root, $Folder, $First, $Last) $First..$Last | ForEach-Object { $image = [AstroBin.Image]@{ Id = 1000 + $_ }; $image.UrlHd = $Root + 'file/' + $_; $image } "
            + "| Save-AstroBinImage -Path $Folder -ThrottleLimit 16 -PassThru",
            server.Root.AbsoluteUri, into, numbers.Start.Value, numbers.End.Value);
        Assert.Empty(run.Errors);
        return run.Output.Count;
    }

    private Task<DownloadResult> Download(ImageDownloader downloader, HostileServer server) =>
        downloader.DownloadAsync(new Uri(server.Root, "file.png"), folder, "abc123", ImageSize.Hd, false, null, null, CancellationToken.None);

    [Fact]
    public async Task A_gzip_bomb_is_neither_asked_for_nor_unpacked()
    {
        // 64 MiB of zeros in about 64 KB on the wire.
        using var packed = new MemoryStream();
        using (var gzip = new GZipStream(packed, CompressionLevel.Optimal, leaveOpen: true)) gzip.Write(new byte[64 * 1024 * 1024]);
        await using var server = await HostileServer.StartAsync(context =>
        {
            context.Response.Headers.ContentEncoding = "gzip";
            return WritePng(context, packed.ToArray());
        });

        var error = await Assert.ThrowsAsync<AstroBinDownloadException>(() => Download(Downloader(), server));

        Assert.Equal(DownloadFailure.NotAnImage, error.Failure);
        Assert.Contains("Content-Encoding: gzip", error.Message);
        Assert.Equal(string.Empty, Assert.Single(server.Requests).AcceptEncoding);
        Assert.Empty(Directory.GetFiles(folder));
    }

    [Fact]
    public async Task A_file_without_a_length_is_cut_at_the_ceiling()
    {
        await using var server = await HostileServer.StartAsync(async context =>
        {
            context.Response.ContentType = "image/png";
            // A PNG's signature, then zeros without end: only the ceiling stops it.
            var chunk = new byte[64 * 1024];
            Png.CopyTo(chunk, 0);
            for (var i = 0; i < 64; i++) await context.Response.Body.WriteAsync(chunk);
        });

        var error = await Assert.ThrowsAsync<AstroBinDownloadException>(() => Download(Downloader(maxFileBytes: 1024 * 1024), server));

        Assert.Equal(DownloadFailure.TooLarge, error.Failure);
        Assert.Contains("the limit of 1048576 bytes", error.Message);
        Assert.Empty(Directory.GetFiles(folder));
    }

    [Fact]
    public async Task A_file_announced_over_the_ceiling_is_refused_before_anything_is_written()
    {
        await using var server = await HostileServer.StartAsync(context =>
        {
            context.Response.ContentLength = 4 * 1024 * 1024;
            return WritePng(context, new byte[4 * 1024 * 1024]);
        });

        var error = await Assert.ThrowsAsync<AstroBinDownloadException>(() => Download(Downloader(maxFileBytes: 1024 * 1024), server));

        Assert.Equal(DownloadFailure.TooLarge, error.Failure);
        Assert.Contains("announced 4194304 bytes", error.Message);
        Assert.Empty(Directory.GetFiles(folder));
    }

    [Fact]
    public async Task A_single_503_on_a_file_is_retried()
    {
        await using var server = await HostileServer.StartAsync(context => Task.CompletedTask);
        server.Handler = context =>
        {
            if (server.Requests.Count > 1) return WritePng(context);
            context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            return Task.CompletedTask;
        };

        var result = await Download(Downloader(maxRetry: 2), server);

        Assert.Equal(2, server.Requests.Count);
        Assert.Equal(Png, await File.ReadAllBytesAsync(result.Path));
    }

    [Fact]
    public async Task A_hundred_files_at_throttle_limit_16_stay_at_the_configured_rate()
    {
        const double rate = 25;
        await using var server = await HostileServer.StartAsync(context => WritePng(context));
        var settings = "-MaxRequestsPerSecond " + rate + " -MaxConcurrency 8";
        // Warm-up: the first requests of a batch open the connections (and JIT the server), which delays their
        // arrival until it bunches with the next ones; what is measured is the limiter, on open connections.
        Save(server, settings, 1..16, Path.Combine(folder, "warm-up"));
        var before = server.Requests.Count;

        var files = Save(server, settings, 1..100, folder);

        var measured = server.Requests.Skip(before).ToArray();
        // Over two seconds: a request the loaded machine delays by a few hundred ms bunches with the next ones in a
        // one-second window, yet cannot make two seconds hold more than their share.
        var most = TestClients.MostWithin(measured, TimeSpan.FromSeconds(2));
        var span = measured.Max(request => request.At) - measured.Min(request => request.At);
        output.WriteLine($"100 files, -ThrottleLimit 16, limit {rate}/s: {measured.Length} requests, first to last arrival "
            + $"{span.TotalMilliseconds:0} ms ({(measured.Length - 1) / span.TotalSeconds:0.0}/s), at most {most} in any two seconds");
        Assert.Equal(100, files);
        Assert.Equal(100, measured.Length);
        // Starts are 1/rate apart; arrivals at a server in the same loaded process carry some scheduling noise.
        Assert.True(most <= 2 * rate * 1.2, most + " requests arrived within two seconds");
        Assert.True(span >= TimeSpan.FromSeconds(99 / rate * 0.95), "100 requests arrived within " + span);
    }
}
