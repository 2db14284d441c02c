namespace AstroBin.Emulator.Data;

/// <summary>An observing location (spec §7.8); latitude and longitude exist but are never served.</summary>
public sealed class LocationRow
{
    public int Id { get; init; }

    public string? Name { get; init; }

    public string? City { get; init; }

    public string? State { get; init; }

    /// <summary>ISO 3166 alpha-2, or "" when unset.</summary>
    public string Country { get; init; } = string.Empty;

    /// <summary>Metres; null when unknown.</summary>
    public int? Altitude { get; init; }
}
