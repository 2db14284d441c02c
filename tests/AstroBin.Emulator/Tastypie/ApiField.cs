namespace AstroBin.Emulator.Tastypie;

/// <summary>The tastypie field classes the v1 resources declare (or ModelResource derives from model columns).</summary>
internal enum FieldKind
{
    Integer,
    String,
    Boolean,
    Decimal,
    Date,
    DateTime,
    List,
    ToOne,
    ToMany,
}

/// <summary>
/// One field of a resource as its schema/ document describes it: the tastypie field class, whether it may be
/// null, whether it is read-only, and for related fields the resource it points at.
/// </summary>
internal sealed record ApiField(FieldKind Kind, bool Nullable = false, string? RelatedResource = null, bool ReadOnly = false)
{
    public static readonly ApiField Integer = new(FieldKind.Integer);
    public static readonly ApiField String = new(FieldKind.String);
    public static readonly ApiField Boolean = new(FieldKind.Boolean);
    public static readonly ApiField Decimal = new(FieldKind.Decimal);
    public static readonly ApiField Date = new(FieldKind.Date);
    public static readonly ApiField DateTime = new(FieldKind.DateTime);
    public static readonly ApiField List = new(FieldKind.List);

    /// <summary>resource_uri: a read-only string every resource adds.</summary>
    public static readonly ApiField ResourceUri = new(FieldKind.String, ReadOnly: true);

    public ApiField OrNull => this with { Nullable = true };

    public static ApiField ToOne(string resource) => new(FieldKind.ToOne, RelatedResource: resource);

    public static ApiField ToMany(string resource) => new(FieldKind.ToMany, RelatedResource: resource);
}
