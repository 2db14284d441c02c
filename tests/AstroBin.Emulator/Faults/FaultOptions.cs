namespace AstroBin.Emulator.Faults;

/// <summary>The faults of one emulator run; a request may also ask for one with <see cref="FaultInjector.Header"/>.</summary>
public sealed class FaultOptions
{
    /// <summary>Share of requests (0 to 1) that get a random fault from <see cref="Kinds"/>.</summary>
    public double Rate { get; set; }

    /// <summary>Seed of the random choice: same seed and same request order, same faults.</summary>
    public int Seed { get; set; } = 1;

    public IReadOnlyList<FaultKind> Kinds { get; set; } = Enum.GetValues<FaultKind>();

    /// <summary>Added to every request before it is answered.</summary>
    public TimeSpan Latency { get; set; }

    /// <summary>What the 429 faults ask the client to wait.</summary>
    public int RetryAfterSeconds { get; set; } = 1;
}
