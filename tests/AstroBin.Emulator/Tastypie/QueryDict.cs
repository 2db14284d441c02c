namespace AstroBin.Emulator.Tastypie;

/// <summary>
/// Django's request.GET: an ordered multi-value map parsed like limited_parse_qsl
/// (split on '&amp;' only since Django 2.2.19, blank values kept, a name without '=' has value "").
/// </summary>
internal sealed class QueryDict
{
    private readonly List<KeyValuePair<string, string>> pairs;

    private QueryDict(List<KeyValuePair<string, string>> pairs) => this.pairs = pairs;

    /// <summary>Parses a raw query string, with or without its leading '?'.</summary>
    public static QueryDict Parse(string? rawQuery)
    {
        var pairs = new List<KeyValuePair<string, string>>();
        var query = (rawQuery ?? string.Empty).TrimStart('?');
        foreach (var piece in query.Split('&'))
        {
            if (piece.Length == 0)
            {
                continue;
            }
            var equals = piece.IndexOf('=');
            var name = equals < 0 ? piece : piece[..equals];
            var value = equals < 0 ? string.Empty : piece[(equals + 1)..];
            pairs.Add(new(PythonUrl.UnquotePlus(name), PythonUrl.UnquotePlus(value)));
        }
        return new QueryDict(pairs);
    }

    /// <summary>Distinct names in order of first appearance (MultiValueDict key order).</summary>
    public IEnumerable<string> Keys => pairs.Select(pair => pair.Key).Distinct(StringComparer.Ordinal);

    public bool Contains(string key) => pairs.Exists(pair => pair.Key == key);

    /// <summary>QueryDict[key] / .get(key): the LAST value.</summary>
    public string? Last(string key) => pairs.FindLast(pair => pair.Key == key) is { Key: not null } found ? found.Value : null;

    public string? First(string key) => pairs.Find(pair => pair.Key == key) is { Key: not null } found ? found.Value : null;

    public IReadOnlyList<string> GetList(string key) =>
        pairs.Where(pair => pair.Key == key).Select(pair => pair.Value).ToList();

    /// <summary>
    /// QueryDict.urlencode() after the given keys were removed: keys in first-appearance order,
    /// each key's values together, every part quote_plus'ed.
    /// </summary>
    public string UrlEncodeWithout(params string[] removed) =>
        string.Join('&', Keys
            .Where(key => !removed.Contains(key))
            .SelectMany(key => GetList(key).Select(value => PythonUrl.QuotePlus(key) + "=" + PythonUrl.QuotePlus(value))));
}
