using System.Collections.Concurrent;
using System.Management.Automation;
using System.Management.Automation.Runspaces;
using AstroBin.Api;
using AstroBin.Api.Http;
using AstroBin.Emulator;
using AstroBin.State;

namespace AstroBin.Tests.Hostile;

/// <summary>What tests point at a test server (a <see cref="HostileServer"/> or the emulator): the module's own HttpClients, a hosted runspace, a log, arrival figures.</summary>
internal static class TestClients
{
    public static readonly ApiCredentials Credentials = new(EmulatorOptions.DefaultApiKey, EmulatorOptions.DefaultApiSecret);

    /// <summary>A client as the cmdlets make it (the module's handler: no automatic redirects), without retries unless asked.</summary>
    public static AstroBinClient Client(HostileServer server, RecordingLog? log = null, RequestThrottle? throttle = null, int maxRetry = 0) =>
        new(ModuleState.Current.Http.Create(AstroBinClientOptions.DefaultUserAgent, null),
            new AstroBinClientOptions(server.BaseUri, Credentials)
            {
                Throttle = throttle,
                MaxRetry = maxRetry,
                RetryDelay = TimeSpan.FromMilliseconds(10),
                Timeout = TimeSpan.FromSeconds(10),
            },
            log);

    /// <summary>The most requests that arrived within any <paramref name="window"/>.</summary>
    public static int MostWithin(IEnumerable<ReceivedRequest> requests, TimeSpan window)
    {
        var times = requests.Select(request => request.At).OrderBy(at => at).ToArray();
        var most = 0;
        for (int first = 0, last = 0; last < times.Length; last++)
        {
            while (times[last] - times[first] >= window) first++;
            most = Math.Max(most, last - first + 1);
        }
        return most;
    }

    /// <summary>The shortest gap between two arrivals.</summary>
    public static TimeSpan ShortestGap(IEnumerable<ReceivedRequest> requests)
    {
        var times = requests.Select(request => request.At).OrderBy(at => at).ToArray();
        return times.Zip(times.Skip(1), (a, b) => b - a).DefaultIfEmpty(TimeSpan.MaxValue).Min();
    }

    /// <summary>
    /// A runspace with the module imported, pointed at <paramref name="server"/> with the emulator's key. The
    /// module's settings are process-wide: tests using this belong to the "Session configuration" collection.
    /// </summary>
    public static Runspace Runspace(HostileServer server, string settings = "") => Runspace(server.BaseUri, settings);

    /// <summary>A runspace with the module imported, pointed at <paramref name="baseUri"/> (a HostileServer's or an emulator's) with the emulator's key.</summary>
    public static Runspace Runspace(Uri baseUri, string settings = "")
    {
        var runspace = RunspaceFactory.CreateRunspace(InitialSessionState.CreateDefault2());
        runspace.Open();
        using var setup = PowerShell.Create(runspace);
        setup.AddScript(
            "param($Assembly, $BaseUri, $Key, $Secret) Import-Module -Assembly $Assembly; "
            + "Reset-AstroBinConfiguration; Set-AstroBinConfiguration -BaseUri $BaseUri " + settings + "; "
            + "Set-AstroBinApiKey -ApiKey $Key -ApiSecret (ConvertTo-SecureString $Secret -AsPlainText -Force)")
            .AddArgument(typeof(AstroBinClient).Assembly).AddArgument(baseUri.AbsoluteUri)
            .AddArgument(EmulatorOptions.DefaultApiKey).AddArgument(EmulatorOptions.DefaultApiSecret);
        setup.Invoke();
        if (setup.Streams.Error.Count > 0) throw new InvalidOperationException("setup failed: " + setup.Streams.Error[0]);
        return runspace;
    }

    /// <summary>
    /// Runs <paramref name="script"/> (given <paramref name="arguments"/>) in a fresh module runspace pointed at
    /// <paramref name="server"/>, and puts the process-wide settings back afterwards.
    /// </summary>
    public static ModuleRun Run(HostileServer server, string settings, string script, params object[] arguments)
    {
        using var runspace = Runspace(server, settings);
        try
        {
            using var pipeline = PowerShell.Create(runspace);
            pipeline.AddScript(script);
            foreach (var argument in arguments) pipeline.AddArgument(argument);
            var output = pipeline.Invoke();
            return new ModuleRun([.. output], [.. pipeline.Streams.Error], [.. pipeline.Streams.Verbose.Select(record => record.Message)]);
        }
        finally
        {
            Reset(runspace);
        }
    }

    /// <summary>Puts the process-wide settings back as they were before <see cref="Runspace"/>.</summary>
    public static void Reset(Runspace runspace)
    {
        using var reset = PowerShell.Create(runspace);
        reset.AddCommand("Reset-AstroBinConfiguration").Invoke();
    }
}

/// <summary>What a script run by <see cref="TestClients.Run"/> wrote: output, errors, -Verbose lines.</summary>
internal sealed record ModuleRun(IReadOnlyList<PSObject> Output, IReadOnlyList<ErrorRecord> Errors, IReadOnlyList<string> Verbose);

/// <summary>Every line the client logs, in order.</summary>
internal sealed class RecordingLog : IRequestLog
{
    public void Sent()
    {
    }

    public ConcurrentQueue<string> Lines { get; } = new();

    public void Request(string message) => Lines.Enqueue(message);

    public void Detail(string message) => Lines.Enqueue("debug: " + message);
}
