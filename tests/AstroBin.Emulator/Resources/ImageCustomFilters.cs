using System.Text.RegularExpressions;
using AstroBin.Emulator.Data;
using AstroBin.Emulator.Tastypie;

namespace AstroBin.Emulator.Resources;

/// <summary>
/// The query keys ImageResource.build_filters handles itself (astrobin/api.py l.550-657) instead of
/// passing them to tastypie: subjects, ids, user and the description filters. Each uses the FIRST value.
/// </summary>
internal static partial class ImageCustomFilters
{
    public const int MaxIdsParameters = 100;
    public const int MaxSubjectMatches = 100;

    public static readonly IReadOnlySet<string> Keys = new HashSet<string>
    {
        "subjects", "ids", "user", "description", "description__contains", "description__icontains",
    };

    /// <summary>Validation that happens while the filters are built (before tastypie's own checks).</summary>
    public static void Validate(QueryDict query)
    {
        if (query.GetList("ids").Count > MaxIdsParameters)
        {
            throw ApiErrors.BadRequest("Please do not request over 100 image IDs");
        }
    }

    /// <summary>The combined predicate; value conversion errors surface here, as when Django builds the query.</summary>
    public static Func<ImageRow, bool> Build(QueryDict query, EmulatorData data)
    {
        var predicates = new List<Func<ImageRow, bool>>();
        if (query.First("subjects") is { Length: > 0 } subject)
        {
            var matches = SubjectMatches(data, NormalizeSubject(subject));
            predicates.Add(image => matches.Contains(image.Id));
        }
        if (query.First("ids") is { } ids)
        {
            var wanted = ids.Split(',').Select(ParseId).ToHashSet();
            predicates.Add(image => wanted.Contains(image.Id));
        }
        if (query.First("user") is { } user)
        {
            predicates.Add(image => image.User == user);
        }
        if (query.First("description") is { } description)
        {
            predicates.Add(image => image.Description == description);
        }
        if (query.First("description__contains") is { } contains)
        {
            predicates.Add(image => image.Description?.Contains(contains, StringComparison.Ordinal) == true);
        }
        if (query.First("description__icontains") is { } icontains)
        {
            var upper = icontains.ToUpperInvariant();
            predicates.Add(image => image.Description?.ToUpperInvariant().Contains(upper, StringComparison.Ordinal) == true);
        }
        return image => predicates.TrueForAll(predicate => predicate(image));
    }

    /// <summary>"M31", "m31", "NGC224xyz" → "M 31", "M 31", "NGC 224"; anything else unchanged.</summary>
    public static string NormalizeSubject(string value)
    {
        var match = CatalogueNumber().Match(value);
        return match.Success ? $"{match.Groups[1].Value.ToUpperInvariant()} {match.Groups[2].Value}" : value;
    }

    /// <summary>
    /// The first 100 plate-solution rows whose objects_in_field contains the value (case-insensitive).
    /// The database returns them unordered; solution rows are created with their images, so id order stands in.
    /// </summary>
    private static HashSet<int> SubjectMatches(EmulatorData data, string value)
    {
        var upper = value.ToUpperInvariant();
        return data.Images
            .Where(image => image.Solution?.ObjectsInField.ToUpperInvariant().Contains(upper, StringComparison.Ordinal) == true)
            .Select(image => image.Id)
            .Order()
            .Take(MaxSubjectMatches)
            .ToHashSet();
    }

    private static int ParseId(string text) =>
        PythonValues.TryParseInt(text, out var id) && id >= int.MinValue && id <= int.MaxValue
            ? (int)id
            : throw ApiErrors.MismatchedType();

    [GeneratedRegex("^(M|NGC)([0-9]+)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CatalogueNumber();
}
