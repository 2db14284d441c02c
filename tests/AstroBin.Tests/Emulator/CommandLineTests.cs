using System;
using System.Diagnostics;
using System.IO;
using System.Net;
using System.Net.Http;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using Xunit;

namespace AstroBin.Tests.Emulator;

/// <summary>The built AstroBin.Emulator.dll as a build script starts it.</summary>
public sealed class CommandLineTests
{
    [Fact]
    public async Task The_dll_prints_one_listening_line_and_serves_until_killed()
    {
        // tests/AstroBin.Tests/bin/<Configuration>/net10.0/ → tests/AstroBin.Emulator/bin/<Configuration>/net10.0/
        var dll = Path.GetFullPath(Path.Combine(AppContext.BaseDirectory.Replace("AstroBin.Tests", "AstroBin.Emulator", StringComparison.Ordinal), "AstroBin.Emulator.dll"));
        Assert.True(File.Exists(dll), dll);
        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { dll, "--urls", "http://127.0.0.1:0", "--seed", "5", "--today", "2024-02-13", "--api-key", "k", "--api-secret", "s" },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        using var process = Process.Start(start)!;
        try
        {
            var line = await process.StandardOutput.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(60));

            var match = Regex.Match(line ?? string.Empty, @"^AstroBin emulator listening on (http://127\.0\.0\.1:[0-9]+/api/v1/)$");
            Assert.True(match.Success, line);
            using var client = new HttpClient();
            var reply = await client.GetAsync(match.Groups[1].Value + "imageoftheday/?api_key=k&api_secret=s&limit=1");
            Assert.Equal(HttpStatusCode.OK, reply.StatusCode);
            Assert.Contains("\"date\": \"2024-02-13\"", await reply.Content.ReadAsStringAsync());
            Assert.Contains("yx76x9", await client.GetStringAsync(match.Groups[1].Value + "image/yx76x9/?api_key=k&api_secret=s"));
        }
        finally
        {
            process.Kill();
            await process.WaitForExitAsync();
        }
    }
}
