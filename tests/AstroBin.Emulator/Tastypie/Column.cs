namespace AstroBin.Emulator.Tastypie;

/// <summary>The Django model field kinds that decide which lookups exist and how values are converted.</summary>
internal enum ColumnType
{
    Text,
    Integer,
    DateTime,
}

/// <summary>
/// A model column behind a resource field: its kind and how to read it from a row.
/// Values are string, long or DateTime (or null).
/// </summary>
internal sealed record Column<T>(ColumnType Type, Func<T, object?> Read);
