using System.Diagnostics;
using AstroBin.Emulator;

namespace AstroBin.Tests.Hostile;

/// <summary>
/// The built module in a child <c>pwsh -NonInteractive</c>, pointed at a hostile server: what a user's session
/// would see and spend, apart from the test process (its memory, its process-wide settings).
/// </summary>
internal static class ChildPwsh
{
    /// <summary>Runs <paramref name="lines"/> after importing the module and setting the base URI and key; the output lines.</summary>
    public static async Task<string[]> RunAsync(HostileServer server, params string[] lines)
    {
        var script = string.Join("; ", new[]
        {
            "$ErrorActionPreference = 'Stop'",
            "Import-Module '" + ModuleManifest() + "'",
            "Set-AstroBinConfiguration -BaseUri '" + server.BaseUri.AbsoluteUri + "' -MaxRequestsPerSecond 1000 -MaxRetry 0",
            "Set-AstroBinApiKey -ApiKey " + EmulatorOptions.DefaultApiKey + " -ApiSecret (ConvertTo-SecureString " + EmulatorOptions.DefaultApiSecret + " -AsPlainText -Force)",
        }.Concat(lines));
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = RepositoryRoot() };
        foreach (var argument in new[] { "pwsh", "-NoProfile", "-NonInteractive", "-Command", script }) start.ArgumentList.Add(argument);
        using var child = Process.Start(start)!;
        var stdout = child.StandardOutput.ReadToEndAsync();
        var stderr = child.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await child.WaitForExitAsync(timeout.Token);
        var output = (await stdout).Split('\n').Select(text => text.TrimEnd('\r')).ToArray();
        return output.Concat((await stderr).Split('\n').Where(text => text.Length > 0).Select(text => "STDERR " + text)).ToArray();
    }

    /// <summary>The built module (build.ps1 -Task Build), or the one ASTROBIN_TEST_MODULE names (to measure another build).</summary>
    private static string ModuleManifest()
    {
        var chosen = Environment.GetEnvironmentVariable("ASTROBIN_TEST_MODULE");
        var manifest = string.IsNullOrEmpty(chosen) ? Path.Combine(RepositoryRoot(), "out", "AstroBin", "AstroBin.psd1") : chosen;
        Assert.True(File.Exists(manifest), "The module is not built: run ./build.ps1 -Task Build first (" + manifest + " is missing).");
        return manifest;
    }

    /// <summary>The clone this test build runs from: the folder above the test binaries that holds AstroBin.sln.</summary>
    internal static string RepositoryRoot()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder != null && !File.Exists(Path.Combine(folder.FullName, "AstroBin.sln"))) folder = folder.Parent;
        return folder?.FullName ?? throw new InvalidOperationException("AstroBin.sln not found above " + AppContext.BaseDirectory);
    }
}
