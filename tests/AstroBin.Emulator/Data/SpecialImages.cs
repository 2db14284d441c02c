namespace AstroBin.Emulator.Data;

/// <summary>
/// Fixed titles and a description that are present in every generated data set (whatever the seed),
/// so clients can test URL and JSON encoding of awkward characters.
/// </summary>
public static class SpecialImages
{
    /// <summary>Titles with reserved URL characters and non-ASCII text; each belongs to one solved M 42 image.</summary>
    public static readonly IReadOnlyList<string> Titles =
    [
        "Orion & Running Man",
        "M 42 = 100% ?",
        "Nébuleuse d'Orion",
        "M42 #2 + Hα/OIII",
        "Туманность Ориона",
        "オリオン大星雲",
        "Orion \"Running Man\" \\ reprocessed",
    ];

    /// <summary>The description of the first special image: every character class JSON escaping cares about.</summary>
    public const string EscapesDescription =
        "Line one\r\nTab:\there, \"quoted\", back\\slash, /slash, bell:\u0007, form feed:\f, ünïcödé ★ – done";
}
