namespace AstroBin.Emulator.Data;

/// <summary>The popular targets generated images show, weighted roughly by how often they are imaged.</summary>
internal static class SkyCatalogue
{
    public static readonly SkyTarget Andromeda = new(
        "M 31", "Andromeda Galaxy", 10.685, 41.269,
        ["M 31", "Great Nebula in Andromeda", "NGC 224", "M 32", "NGC 221", "M 110", "NGC 205", "The star νAnd"],
        ["Andromeda Galaxy", "M 31"], 10);

    public static readonly SkyTarget Orion = new(
        "M 42", "Orion Nebula", 83.822, -5.391,
        ["M 42", "Great Nebula in Orion", "NGC 1976", "M 43", "NGC 1982", "NGC 1977", "The star θ1Ori"],
        ["Orion Nebula", "Running Man Nebula"], 8);

    public static readonly IReadOnlyList<SkyTarget> Targets =
    [
        Andromeda,
        Orion,
        new("NGC 7000", "North America Nebula", 314.750, 44.370, ["NGC 7000", "North America nebula", "IC 5070", "IC 5067"], ["Pelican Nebula"], 5),
        new("IC 1396", "Elephant's Trunk Nebula", 324.740, 57.490, ["IC 1396", "The star μCep"], ["Elephant's Trunk Nebula", "vdB 142"], 4),
        new("M 45", "Pleiades", 56.750, 24.117, ["M 45", "Pleiades", "The star ηTau", "The star 27Tau"], ["Merope Nebula"], 5),
        new("M 51", "Whirlpool Galaxy", 202.470, 47.195, ["M 51", "Whirlpool Galaxy", "NGC 5194", "NGC 5195"], [], 4),
        new("M 33", "Triangulum Galaxy", 23.462, 30.660, ["M 33", "Triangulum Galaxy", "NGC 598"], ["NGC 604"], 4),
        new("M 101", "Pinwheel Galaxy", 210.802, 54.349, ["M 101", "Pinwheel Galaxy", "NGC 5457"], [], 3),
        new("M 81", "Bode's Galaxy", 148.888, 69.065, ["M 81", "Bode's Galaxy", "NGC 3031", "M 82", "Cigar Galaxy", "NGC 3034"], [], 3),
        new("M 13", "Great Globular Cluster in Hercules", 250.421, 36.460, ["M 13", "NGC 6205", "Great Globular Cluster in Hercules"], [], 2),
        new("M 27", "Dumbbell Nebula", 299.901, 22.721, ["M 27", "Dumbbell Nebula", "NGC 6853"], [], 3),
        new("M 57", "Ring Nebula", 283.396, 33.029, ["M 57", "Ring Nebula", "NGC 6720"], [], 2),
        new("M 16", "Eagle Nebula", 274.700, -13.807, ["M 16", "Eagle Nebula", "NGC 6611"], ["Pillars of Creation"], 3),
        new("M 8", "Lagoon Nebula", 270.925, -24.380, ["M 8", "Lagoon Nebula", "NGC 6523", "NGC 6530"], [], 3),
        new("M 1", "Crab Nebula", 83.633, 22.014, ["M 1", "Crab Nebula", "NGC 1952"], [], 2),
        new("IC 434", "Horsehead Nebula", 85.245, -2.458, ["IC 434", "Horsehead Nebula", "NGC 2023", "NGC 2024", "The star ζOri"], ["Flame Nebula", "Barnard 33"], 5),
        new("NGC 2237", "Rosette Nebula", 97.979, 4.942, ["NGC 2237", "Rosette Nebula", "NGC 2244", "NGC 2239"], [], 4),
        new("IC 1805", "Heart Nebula", 38.175, 61.450, ["IC 1805", "Heart Nebula", "Melotte 15"], [], 3),
        new("NGC 6960", "Western Veil Nebula", 311.430, 30.717, ["NGC 6960", "Western Veil Nebula", "The star 52Cyg"], ["Witch's Broom Nebula"], 4),
        new("NGC 7635", "Bubble Nebula", 350.201, 61.202, ["NGC 7635", "Bubble Nebula", "M 52", "NGC 7654"], [], 3),
        new("NGC 891", "Outer Limits Galaxy", 35.639, 42.349, ["NGC 891"], [], 2),
        new("M 74", "Phantom Galaxy", 24.174, 15.784, ["M 74", "NGC 628"], [], 2),
        new("NGC 1499", "California Nebula", 60.175, 36.370, ["NGC 1499", "California Nebula", "The star ξPer"], [], 3),
        new("IC 2118", "Witch Head Nebula", 76.250, -7.230, ["IC 2118", "Witch Head Nebula"], ["The star βOri"], 2),
    ];
}
