using System.Diagnostics;

namespace AstroBin.Emulator.Faults;

/// <summary>What the emulator saw: arrival times, requests in flight, faults injected. For rate and fault tests.</summary>
public sealed class TrafficRecorder
{
    private readonly object gate = new();
    private readonly List<TimeSpan> arrivals = [];
    private readonly Dictionary<FaultKind, int> faults = [];
    private readonly Stopwatch clock = Stopwatch.StartNew();
    private readonly List<string> userAgents = [];
    private int inFlight;
    private int maxInFlight;

    /// <param name="userAgent">The request's User-Agent header, kept (distinct) so tests can see what clients send.</param>
    public void Arrived(string userAgent)
    {
        lock (gate)
        {
            arrivals.Add(clock.Elapsed);
            if (!userAgents.Contains(userAgent)) userAgents.Add(userAgent);
            inFlight++;
            maxInFlight = Math.Max(maxInFlight, inFlight);
        }
    }

    public void Left()
    {
        lock (gate) inFlight--;
    }

    public void Injected(FaultKind kind)
    {
        lock (gate) faults[kind] = faults.GetValueOrDefault(kind) + 1;
    }

    public TrafficSnapshot Snapshot()
    {
        lock (gate)
        {
            return new TrafficSnapshot(arrivals.Count, faults.Values.Sum(), faults.ToDictionary(pair => FaultNames.NameOf(pair.Key), pair => pair.Value),
                maxInFlight, MaxInAnyWindow(TimeSpan.FromSeconds(1)), userAgents.ToArray());
        }
    }

    /// <summary>The most arrivals within any window of <paramref name="width"/>: the peak rate a server would measure.</summary>
    private int MaxInAnyWindow(TimeSpan width)
    {
        var most = 0;
        var start = 0;
        for (var end = 0; end < arrivals.Count; end++)
        {
            while (arrivals[end] - arrivals[start] >= width) start++;
            most = Math.Max(most, end - start + 1);
        }
        return most;
    }
}

/// <param name="Requests">Requests received.</param>
/// <param name="Faults">Faults injected, all kinds.</param>
/// <param name="FaultsByKind">Faults injected by wire name.</param>
/// <param name="MaxConcurrent">Most requests in flight at once.</param>
/// <param name="MaxPerSecond">Most requests that arrived within any one second.</param>
/// <param name="UserAgents">The distinct User-Agent headers received, in order of first arrival.</param>
public sealed record TrafficSnapshot(int Requests, int Faults, IReadOnlyDictionary<string, int> FaultsByKind, int MaxConcurrent, int MaxPerSecond, IReadOnlyList<string> UserAgents);
