namespace AstroBin.Emulator.Tastypie;

/// <summary>
/// What tastypie knows about a resource when it validates filters and ordering.
/// </summary>
internal sealed class ResourceSchema<T>
{
    /// <summary>Every declared field name (query keys whose first part is not one of these are ignored).</summary>
    public required IReadOnlySet<string> Fields { get; init; }

    /// <summary>Fields backed by a model attribute; the others are computed ("not a valid field name").</summary>
    public required IReadOnlySet<string> ModelAttributes { get; init; }

    /// <summary>Meta.filtering (all with ALL lookups here), with the column each one filters.</summary>
    public required IReadOnlyDictionary<string, Column<T>> Filtering { get; init; }

    /// <summary>Meta.ordering, with the column each one sorts.</summary>
    public required IReadOnlyDictionary<string, Column<T>> Ordering { get; init; }
}
