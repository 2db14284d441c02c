namespace AstroBin.Emulator.Data;

/// <summary>A deep-sky target: how titles name it and what the solvers report in its field.</summary>
/// <param name="Designation">Catalogue name as AstroBin spells it, e.g. "M 31".</param>
/// <param name="CommonName">Popular name used in titles, e.g. "Andromeda Galaxy".</param>
/// <param name="ObjectsInField">The basic solver's names (the subjects filter searches these).</param>
/// <param name="AdvancedLabels">Extra names the advanced (PixInsight) solver adds.</param>
internal sealed record SkyTarget(
    string Designation,
    string CommonName,
    double Ra,
    double Dec,
    string[] ObjectsInField,
    string[] AdvancedLabels,
    int Weight);
