using Microsoft.AspNetCore.Http;

namespace AstroBin.Emulator.Resources;

/// <summary>
/// Misbehaving file servers for download tests (not part of AstroBin): a body cut off mid-way, a slow
/// body, an HTML page where an image was expected, and a redirect to plain http off the loopback.
/// </summary>
internal static class DownloadFaults
{
    public const string Prefix = "/faults/";

    public static void Map(WebApplication app)
    {
        app.MapGet(Prefix + "truncated.png", async context =>
        {
            context.Response.ContentType = "image/png";
            context.Response.ContentLength = 1 << 20;
            await context.Response.Body.WriteAsync(GeneratedPng.Create(64, 64, "truncated"), context.RequestAborted);
            await context.Response.Body.FlushAsync(context.RequestAborted);
            // Time for the client to read the headers and the partial body: an immediate reset can discard them.
            await Task.Delay(300, context.RequestAborted);
            context.Abort();
        });
        app.MapGet(Prefix + "slow.png", async context =>
        {
            // 1 MiB announced, 1 KiB every 100 ms: a download that is still running when it is cancelled.
            context.Response.ContentType = "image/png";
            context.Response.ContentLength = 1 << 20;
            // A PNG's signature first, so that the download is taken for one and runs on.
            var chunk = new byte[1024];
            new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }.CopyTo(chunk, 0);
            for (var sent = 0; sent < 1 << 20 && !context.RequestAborted.IsCancellationRequested; sent += chunk.Length)
            {
                await context.Response.Body.WriteAsync(chunk, context.RequestAborted);
                await context.Response.Body.FlushAsync(context.RequestAborted);
                await Task.Delay(100, context.RequestAborted);
            }
        });
        app.MapGet(Prefix + "html/", () => Results.Content("<html><body>Not an image</body></html>", "text/html; charset=utf-8"));
        app.MapGet(Prefix + "insecure-redirect/", () => Results.Redirect("http://example.invalid/image.png"));
    }
}
