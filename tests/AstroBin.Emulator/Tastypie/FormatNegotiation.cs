using System.Globalization;

namespace AstroBin.Emulator.Tastypie;

/// <summary>
/// tastypie's determine_format: ?format= when it names a served format (others are ignored), else the
/// Accept header through mimeparse.best_match, else JSON. A browser's Accept header therefore yields XML.
/// </summary>
internal static class FormatNegotiation
{
    /// <summary>The served content types in tastypie's reversed order, which makes JSON win ties.</summary>
    private static readonly (string Type, string Subtype, ResponseFormat Format)[] Candidates =
    [
        ("application", "xml", ResponseFormat.Xml),
        ("application", "json", ResponseFormat.Json),
    ];

    public static ResponseFormat Determine(QueryDict query, string? accept)
    {
        switch (query.Last("format"))
        {
            case "json": return ResponseFormat.Json;
            case "xml": return ResponseFormat.Xml;
        }
        if (string.IsNullOrEmpty(accept) || accept == "*/*")
        {
            return ResponseFormat.Json;
        }
        var ranges = accept.Split(',').Select(ParseRange).ToList();
        var best = (Fitness: -1, Quality: 0.0, Format: ResponseFormat.Json);
        foreach (var (type, subtype, format) in Candidates)
        {
            var (fitness, quality) = FitnessAndQuality(type, subtype, ranges);
            // Python sorts (fitness, quality, position) and takes the last: later candidates win ties.
            if (fitness > best.Fitness || (fitness == best.Fitness && quality >= best.Quality))
            {
                best = (fitness, quality, format);
            }
        }
        return best.Quality > 0 ? best.Format : ResponseFormat.Json;
    }

    private static (int Fitness, double Quality) FitnessAndQuality(string type, string subtype, List<(string Type, string Subtype, double Quality)> ranges)
    {
        var best = (Fitness: -1, Quality: 0.0);
        foreach (var range in ranges)
        {
            var typeMatches = range.Type == type || range.Type == "*";
            var subtypeMatches = range.Subtype == subtype || range.Subtype == "*";
            if (!typeMatches || !subtypeMatches)
            {
                continue;
            }
            var fitness = (range.Type == type ? 100 : 0) + (range.Subtype == subtype ? 10 : 0);
            if (fitness > best.Fitness)
            {
                best = (fitness, range.Quality);
            }
        }
        return best;
    }

    private static (string Type, string Subtype, double Quality) ParseRange(string range)
    {
        var parts = range.Split(';');
        var mime = parts[0].Trim();
        // mimeparse reads a bare "*" as "*/*".
        var slash = mime.IndexOf('/');
        var (type, subtype) = mime == "*" || slash < 0 ? ("*", "*") : (mime[..slash].Trim(), mime[(slash + 1)..].Trim());
        var quality = 1.0;
        foreach (var parameter in parts.Skip(1))
        {
            var pair = parameter.Split('=', 2);
            if (pair.Length == 2 && pair[0].Trim() == "q"
                && double.TryParse(pair[1].Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var q) && q is >= 0 and <= 1)
            {
                quality = q;
            }
        }
        return (type, subtype, quality);
    }
}
