namespace AstroBin.Emulator.Data;

/// <summary>Plate-solving status numbers (astrobin_apps_platesolving/solver.py), spec §9.</summary>
public enum SolutionStatus
{
    Missing = 0,
    Pending = 1,
    Failed = 2,
    Success = 3,
    AdvancedPending = 4,
    AdvancedFailed = 5,
    AdvancedSuccess = 6,
}
