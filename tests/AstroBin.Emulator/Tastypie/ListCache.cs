using System.Collections.Concurrent;

namespace AstroBin.Emulator.Tastypie;

/// <summary>
/// Remembers the filtered, ordered result of a list query (its filters and ordering, not its page), so
/// that paging through a large table filters and sorts it once rather than once a page: the data never
/// changes (or, when changed while running, comes with a new generation), and without this the emulator,
/// not the client, bounds the benchmarks.
/// </summary>
internal sealed class ListCache<T>
{
    private const int Capacity = 64;

    /// <summary>What does not change which objects a query selects, nor their order.</summary>
    private static readonly string[] PageOnly = ["limit", "offset", "format", "api_key", "api_secret"];

    private readonly ConcurrentDictionary<string, IReadOnlyList<T>> results = new(StringComparer.Ordinal);

    /// <param name="generation">The data's <see cref="Data.EmulatorData.Generation"/>: a selection from an older one is not reused.</param>
    public IReadOnlyList<T> GetOrAdd(QueryDict query, int generation, Func<IReadOnlyList<T>> select)
    {
        var key = generation.ToString(System.Globalization.CultureInfo.InvariantCulture) + " " + query.UrlEncodeWithout(PageOnly);
        if (results.TryGetValue(key, out var cached))
        {
            return cached;
        }
        if (results.Count >= Capacity)
        {
            results.Clear();
        }
        return results.GetOrAdd(key, _ => select());
    }
}
