namespace AstroBin.Emulator.Data;

/// <summary>A user's collection of images (spec §7.6).</summary>
public sealed class CollectionRow
{
    public int Id { get; init; }

    public string Name { get; init; } = string.Empty;

    /// <summary>Null makes every response that includes the collection fail with a 400 (spec §5).</summary>
    public string? Description { get; init; }

    public string User { get; init; } = string.Empty;

    public DateOnly DateCreated { get; init; }

    public DateOnly DateUpdated { get; init; }

    public IReadOnlyList<ImageRow> Images { get; init; } = [];

    public string? OrderByTag { get; init; }

    public int NestedCollectionCount { get; init; }
}
