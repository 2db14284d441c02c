using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace AstroBin.Tests.Gallery;

/// <summary>
/// Debian's headless Chromium, driven over the DevTools protocol (a WebSocket on loopback): one page, navigated to
/// a file:// URL, with every request the page made recorded. Nothing leaves the machine: name resolution is
/// switched off and so is Chromium's own background traffic.
/// </summary>
internal sealed class HeadlessChromium : IAsyncDisposable
{
    // build.ps1's Test task installs Debian's package when this is missing; ASTROBIN_CHROMIUM names another build.
    private static readonly string Executable = Environment.GetEnvironmentVariable("ASTROBIN_CHROMIUM") is { Length: > 0 } path ? path : "/usr/bin/chromium";
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    private readonly Process process;
    private readonly string profile;
    private readonly ClientWebSocket socket = new();
    private readonly ConcurrentDictionary<int, TaskCompletionSource<JsonObject>> pending = new();
    private readonly ConcurrentQueue<string> requestedUrls = new();
    private readonly CancellationTokenSource stop = new();
    private TaskCompletionSource loaded = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private Task? receiving;
    private string? sessionId;
    private int lastId;

    private HeadlessChromium(Process process, string profile)
    {
        this.process = process;
        this.profile = profile;
    }

    /// <summary>Every URL the page asked for since it was opened, in order.</summary>
    public IReadOnlyList<string> RequestedUrls => requestedUrls.ToArray();

    /// <param name="fileAccess">
    /// Lets a file:// page read other local files (a canvas stays readable after drawing one), so that a test can
    /// compare decoded pixels; the pages themselves never need it.
    /// </param>
    public static async Task<HeadlessChromium> StartAsync(int width, int height, bool fileAccess = false)
    {
        if (!File.Exists(Executable))
            throw new InvalidOperationException(
                $"Chromium is not installed at '{Executable}'. 'dotnet pwsh ./build.ps1 -Task Test' installs Debian's package " +
                "(or run 'apt-get install chromium' as root); ASTROBIN_CHROMIUM may name another Chromium build.");
        var profile = Directory.CreateTempSubdirectory("astrobin-chromium-").FullName;
        var start = new ProcessStartInfo(Executable) { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var argument in new[]
        {
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run", "--no-default-browser-check",
            "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-extensions",
            "--disable-default-apps", "--no-pings", "--hide-scrollbars", "--force-device-scale-factor=1",
            "--host-resolver-rules=MAP * ~NOTFOUND", $"--window-size={width},{height}",
            "--remote-debugging-address=127.0.0.1", "--remote-debugging-port=0", $"--user-data-dir={profile}", "about:blank",
        })
            start.ArgumentList.Add(argument);
        if (fileAccess) start.ArgumentList.Insert(0, "--allow-file-access-from-files");
        var process = Process.Start(start) ?? throw new InvalidOperationException($"'{Executable}' did not start.");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var browser = new HeadlessChromium(process, profile);
        try
        {
            await browser.ConnectAsync();
            return browser;
        }
        catch
        {
            await browser.DisposeAsync();
            throw;
        }
    }

    /// <summary>
    /// Opens <paramref name="file"/> (with <paramref name="fragment"/> after a '#', as a link would) and waits for its
    /// load event (every image loaded or failed). The page is always loaded afresh, never only scrolled to a fragment.
    /// </summary>
    public async Task OpenAsync(string file, string? fragment = null)
    {
        if (fragment != null) await NavigateAsync("about:blank");
        await NavigateAsync(new Uri(file).AbsoluteUri + (fragment == null ? "" : "#" + fragment));
    }

    /// <summary>Types <paramref name="text"/> into the element that <paramref name="selector"/> finds, as a keyboard would (input events).</summary>
    public async Task TypeAsync(string selector, string text)
    {
        await EvaluateAsync($"document.querySelector({JsonSerializer.Serialize(selector)}).focus()");
        await SendAsync("Input.insertText", new JsonObject { ["text"] = text });
    }

    /// <summary>Resizes the window's viewport (CSS pixels at a device scale of 1).</summary>
    public Task ResizeAsync(int width, int height) =>
        SendAsync("Emulation.setDeviceMetricsOverride", new JsonObject { ["width"] = width, ["height"] = height, ["deviceScaleFactor"] = 1, ["mobile"] = width < 600 });

    private async Task NavigateAsync(string url)
    {
        loaded = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var navigation = await SendAsync("Page.navigate", new JsonObject { ["url"] = url });
        if (navigation["errorText"] is JsonNode error) throw new InvalidOperationException($"Chromium could not open '{url}': {error}");
        await loaded.Task.WaitAsync(Patience);
    }

    /// <summary>Runs <paramref name="expression"/> in the page (awaiting a promise) and returns its JSON value.</summary>
    public async Task<JsonNode?> EvaluateAsync(string expression)
    {
        var result = await SendAsync("Runtime.evaluate", new JsonObject
        {
            ["expression"] = expression, ["awaitPromise"] = true, ["returnByValue"] = true,
        });
        if (result["exceptionDetails"] is JsonNode exception) throw new InvalidOperationException("The page's script failed: " + exception.ToJsonString());
        return result["result"]?["value"];
    }

    /// <summary>A PNG of the whole page, not only the window; with <paramref name="window"/> only what the window shows, scaled by <paramref name="scale"/>.</summary>
    public async Task<byte[]> ScreenshotAsync(bool window = false, double scale = 1)
    {
        var metrics = await SendAsync("Page.getLayoutMetrics", []);
        var size = metrics[window ? "cssLayoutViewport" : "cssContentSize"]!;
        var (width, height) = window ? ("clientWidth", "clientHeight") : ("width", "height");
        var shot = await SendAsync("Page.captureScreenshot", new JsonObject
        {
            ["format"] = "png", ["captureBeyondViewport"] = true,
            ["clip"] = new JsonObject
            {
                ["x"] = 0, ["y"] = 0, ["width"] = size[width]!.GetValue<double>(), ["height"] = size[height]!.GetValue<double>(), ["scale"] = scale,
            },
        });
        return Convert.FromBase64String(shot["data"]!.GetValue<string>());
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (socket.State == WebSocketState.Open) await SendAsync("Browser.close", [], browserLevel: true).WaitAsync(TimeSpan.FromSeconds(5));
        }
        catch (Exception closing) when (closing is TimeoutException or WebSocketException or InvalidOperationException or OperationCanceledException)
        {
            // Killed below.
        }
        stop.Cancel();
        if (!process.WaitForExit(5000)) process.Kill(entireProcessTree: true);
        process.WaitForExit();
        process.Dispose();
        socket.Dispose();
        if (receiving != null) await receiving.ContinueWith(_ => { }, TaskScheduler.Default);
        try { Directory.Delete(profile, recursive: true); }
        catch (IOException) { /* a crash reporter may still hold a file; the temp folder is reclaimed anyway */ }
    }

    private async Task ConnectAsync()
    {
        // Chromium writes the port it chose and the browser's endpoint into the profile when it listens.
        var portFile = Path.Combine(profile, "DevToolsActivePort");
        var clock = Stopwatch.StartNew();
        string[] lines;
        while (!File.Exists(portFile) || (lines = File.ReadAllLines(portFile)).Length < 2)
        {
            if (process.HasExited) throw new InvalidOperationException($"Chromium exited with code {process.ExitCode} before it listened.");
            if (clock.Elapsed > Patience) throw new TimeoutException("Chromium did not open its DevTools port within a minute.");
            await Task.Delay(50);
        }
        await socket.ConnectAsync(new Uri($"ws://127.0.0.1:{lines[0].Trim()}{lines[1].Trim()}"), stop.Token).WaitAsync(Patience);
        receiving = Task.Run(ReceiveAsync);

        var targets = await SendAsync("Target.getTargets", [], browserLevel: true);
        var page = targets["targetInfos"]!.AsArray().First(target => (string?)target!["type"] == "page")!;
        var attached = await SendAsync("Target.attachToTarget", new JsonObject { ["targetId"] = (string?)page["targetId"], ["flatten"] = true }, browserLevel: true);
        sessionId = (string?)attached["sessionId"];
        await SendAsync("Page.enable", []);
        await SendAsync("Network.enable", []);
    }

    private async Task<JsonObject> SendAsync(string method, JsonObject parameters, bool browserLevel = false)
    {
        var id = Interlocked.Increment(ref lastId);
        var answer = new TaskCompletionSource<JsonObject>(TaskCreationOptions.RunContinuationsAsynchronously);
        pending[id] = answer;
        var message = new JsonObject { ["id"] = id, ["method"] = method, ["params"] = parameters };
        if (!browserLevel) message["sessionId"] = sessionId;
        await socket.SendAsync(Encoding.UTF8.GetBytes(message.ToJsonString()), WebSocketMessageType.Text, true, stop.Token);
        var reply = await answer.Task.WaitAsync(Patience);
        if (reply["error"] is JsonNode error) throw new InvalidOperationException($"DevTools '{method}' failed: {error.ToJsonString()}");
        return reply["result"]?.AsObject() ?? [];
    }

    private async Task ReceiveAsync()
    {
        var buffer = new byte[64 * 1024];
        using var message = new MemoryStream();
        try
        {
            while (!stop.IsCancellationRequested)
            {
                var part = await socket.ReceiveAsync(buffer, stop.Token);
                if (part.MessageType == WebSocketMessageType.Close) break;
                message.Write(buffer, 0, part.Count);
                if (!part.EndOfMessage) continue;
                Dispatch(JsonNode.Parse(message.ToArray())!.AsObject());
                message.SetLength(0);
            }
        }
        catch (Exception ended) when (ended is WebSocketException or OperationCanceledException or ObjectDisposedException)
        {
            // The browser closed.
        }
        foreach (var waiting in pending.Values) waiting.TrySetException(new InvalidOperationException("Chromium closed its DevTools connection."));
        loaded.TrySetException(new InvalidOperationException("Chromium closed its DevTools connection."));
    }

    private void Dispatch(JsonObject message)
    {
        if (message["id"] is JsonNode id && pending.TryRemove(id.GetValue<int>(), out var answer))
        {
            answer.TrySetResult(message);
            return;
        }
        switch ((string?)message["method"])
        {
            case "Network.requestWillBeSent":
                requestedUrls.Enqueue((string)message["params"]!["request"]!["url"]!);
                break;
            case "Page.loadEventFired":
                loaded.TrySetResult();
                break;
        }
    }
}
