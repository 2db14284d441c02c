namespace AstroBin.Emulator.Data;

/// <summary>One revision of an image (spec §7.2); its plate solution is its own, like the real server's.</summary>
public sealed class ImageRevisionRow
{
    public int Id { get; init; }

    public required ImageRow Image { get; init; }

    /// <summary>"B", "C", … in upload order ("0" is the original upload, which is not a revision).</summary>
    public string Label { get; init; } = "B";

    public string? Title { get; init; }

    public string? Description { get; init; }

    public DateTime Uploaded { get; init; }

    public int W { get; init; }

    public int H { get; init; }

    public bool IsFinal { get; init; }

    public PlateSolution? Solution { get; init; }
}
