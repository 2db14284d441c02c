namespace AstroBin.Emulator.Tastypie;

/// <summary>tastypie's ALL and ALL_WITH_RELATIONS constants, as Meta.filtering holds them.</summary>
internal enum FilterLookups
{
    All = 1,
    AllWithRelations = 2,
}

/// <summary>A resource's fields and Meta, whatever its row type: what build_schema reads.</summary>
internal interface IResourceSchema
{
    IReadOnlyDictionary<string, ApiField> Fields { get; }

    IReadOnlyDictionary<string, FilterLookups> MetaFiltering { get; }

    IReadOnlyList<string> MetaOrdering { get; }
}
