namespace AstroBin.Emulator.Faults;

/// <summary>The kebab-case names used on the command line and in the X-Emulator-Fault header.</summary>
public static class FaultNames
{
    private static readonly Dictionary<string, FaultKind> ByName = new(StringComparer.OrdinalIgnoreCase)
    {
        ["429"] = FaultKind.RateLimited,
        ["429-date"] = FaultKind.RateLimitedUntil,
        ["500"] = FaultKind.ServerError,
        ["502"] = FaultKind.BadGateway,
        ["503"] = FaultKind.ServiceUnavailable,
        ["504"] = FaultKind.GatewayTimeout,
        ["reset"] = FaultKind.ResetBeforeBody,
        ["reset-mid-body"] = FaultKind.ResetMidBody,
        ["truncated"] = FaultKind.TruncatedJson,
        ["malformed"] = FaultKind.MalformedJson,
        ["html"] = FaultKind.HtmlPage,
        ["stall"] = FaultKind.Stall,
    };

    public static IReadOnlyCollection<string> All => ByName.Keys;

    public static string NameOf(FaultKind kind) => ByName.First(pair => pair.Value == kind).Key;

    /// <exception cref="FormatException">Not a fault name.</exception>
    public static FaultKind Parse(string name) =>
        ByName.TryGetValue(name.Trim(), out var kind)
            ? kind
            : throw new FormatException($"Unknown fault '{name}'. Known: {string.Join(", ", ByName.Keys)}.");

    /// <summary>A comma-separated list such as "429,503,reset".</summary>
    public static IReadOnlyList<FaultKind> ParseList(string names) =>
        names.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(Parse).Distinct().ToList();
}
