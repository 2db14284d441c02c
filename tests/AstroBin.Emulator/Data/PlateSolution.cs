namespace AstroBin.Emulator.Data;

/// <summary>An image's plate solution; the coordinates exist only once the basic solver succeeded.</summary>
public sealed class PlateSolution
{
    public SolutionStatus Status { get; init; }

    /// <summary>The basic solver's comma-separated objects_in_field, which the subjects filter searches.</summary>
    public string ObjectsInField { get; init; } = string.Empty;

    public decimal? Ra { get; init; }

    public decimal? Dec { get; init; }

    public decimal? PixScale { get; init; }

    public decimal? Orientation { get; init; }

    public decimal? Radius { get; init; }

    public string? SkyplotUrl { get; init; }

    public string? SolutionUrl { get; init; }

    public string? AdvancedSkyplotUrl { get; init; }

    public string? AdvancedSkyplotSmallUrl { get; init; }

    public string? AdvancedSolutionUrl { get; init; }

    /// <summary>is_solved: SUCCESS or any advanced status.</summary>
    public bool IsSolved => Status >= SolutionStatus.Success;
}
