namespace AstroBin.Emulator.Data;

/// <summary>One or two collections for each uploader with at least three images, drawn from their own images.</summary>
internal static class CollectionGenerator
{
    private const int FirstId = 300;

    private static readonly string[] Names =
    [
        "Galaxies", "Nebulae", "Narrowband", "Widefield", "Best of the year", "Comets & planets", "Première lumière", "Work in progress",
    ];

    /// <returns>In the model's default order: by name, then by id.</returns>
    public static List<CollectionRow> Generate(Random random, IReadOnlyList<ImageRow> images)
    {
        var rows = new List<CollectionRow>();
        var id = FirstId;
        var byUser = images.Where(image => !image.IsRecorded).GroupBy(image => image.User).Where(group => group.Count() >= 3).OrderBy(group => group.Key, StringComparer.Ordinal);
        foreach (var group in byUser)
        {
            var own = group.OrderBy(image => image.Uploaded).ToList();
            foreach (var name in Names.OrderBy(_ => random.Next()).Take(random.Next(1, 3)))
            {
                var created = DateOnly.FromDateTime(own[0].Uploaded).AddDays(random.Next(0, 30));
                rows.Add(new CollectionRow
                {
                    Id = id += random.Next(1, 20),
                    Name = name,
                    Description = random.Chance(0.5) ? string.Empty : $"{name} by {group.Key}.",
                    User = group.Key,
                    DateCreated = created,
                    DateUpdated = created.AddDays(random.Next(0, 900)),
                    Images = own.Where(_ => random.Chance(0.5)).ToList(),
                    OrderByTag = random.Chance(0.9) ? null : "Date",
                    NestedCollectionCount = random.Chance(0.9) ? 0 : random.Next(1, 4),
                });
            }
        }
        rows.AddRange(CompleteWorks(images, id));
        return rows.OrderBy(row => row.Name, StringComparer.Ordinal).ThenBy(row => row.Id).ToList();
    }

    /// <summary>The images a "whole collection" lookup is measured with (tests/bench): a collection of exactly
    /// <see cref="CompleteWorksSize"/> images, for the first uploader who has that many (none in the default data).</summary>
    public const int CompleteWorksSize = 100;

    public const string CompleteWorksName = "Complete works";

    private static IEnumerable<CollectionRow> CompleteWorks(IReadOnlyList<ImageRow> images, int lastId)
    {
        var owner = images.Where(image => !image.IsRecorded).GroupBy(image => image.User)
            .Where(group => group.Count() >= CompleteWorksSize).OrderBy(group => group.Key, StringComparer.Ordinal).FirstOrDefault();
        if (owner is null) yield break;
        var own = owner.OrderBy(image => image.Uploaded).Take(CompleteWorksSize).ToList();
        var created = DateOnly.FromDateTime(own[^1].Uploaded);
        yield return new CollectionRow
        {
            Id = lastId + 1,
            Name = CompleteWorksName,
            Description = string.Empty,
            User = owner.Key,
            DateCreated = created,
            DateUpdated = created,
            Images = own,
            NestedCollectionCount = 0,
        };
    }
}
