namespace AstroBin.Emulator.Tastypie;

/// <summary>Detail lookups by integer primary key, with tastypie's two different 404s.</summary>
internal static class NumericPk
{
    /// <summary>
    /// A pk int() rejects raises ValueError, which tastypie turns into NotFound → 404 with the JSON
    /// error_message; a well-formed pk with no row → plain empty 404.
    /// </summary>
    public static T Find<T>(string pk, Func<int, T?> find) where T : class
    {
        if (!PythonValues.TryParseInt(pk, out var number))
        {
            throw ApiErrors.NotFoundWithMessage();
        }
        return number >= int.MinValue && number <= int.MaxValue && find((int)number) is { } row
            ? row
            : throw ApiErrors.NotFound();
    }
}
