namespace AstroBin.Emulator.Tastypie;

/// <summary>
/// What tastypie knows about a resource when it validates filters and ordering and writes its schema/ document.
/// </summary>
internal sealed class ResourceSchema<T> : IResourceSchema
{
    /// <summary>Every declared field (query keys whose first part is not one of these are ignored).</summary>
    public required IReadOnlyDictionary<string, ApiField> Fields { get; init; }

    /// <summary>Fields backed by a model attribute; the others are computed ("not a valid field name").</summary>
    public required IReadOnlySet<string> ModelAttributes { get; init; }

    /// <summary>Meta.filtering (all with ALL lookups here), with the column each one filters.</summary>
    public required IReadOnlyDictionary<string, Column<T>> Filtering { get; init; }

    /// <summary>Meta.ordering, with the column each one sorts.</summary>
    public required IReadOnlyDictionary<string, Column<T>> Ordering { get; init; }

    /// <summary>
    /// Meta.filtering entries that <see cref="Filtering"/> leaves out, with their tastypie constant: keys a custom
    /// build_filters handles, and computed fields that are listed but fail.
    /// </summary>
    public IReadOnlyDictionary<string, FilterLookups> OtherFiltering { get; init; } = new Dictionary<string, FilterLookups>();

    /// <summary>Meta.ordering entries that never equal a field name (such as '-date_created'), so order nothing.</summary>
    public IReadOnlyList<string> UnmatchedOrdering { get; init; } = [];

    IReadOnlyDictionary<string, FilterLookups> IResourceSchema.MetaFiltering =>
        Filtering.Keys.Select(name => KeyValuePair.Create(name, FilterLookups.All)).Concat(OtherFiltering).ToDictionary();

    IReadOnlyList<string> IResourceSchema.MetaOrdering => [.. Ordering.Keys, .. UnmatchedOrdering];
}
