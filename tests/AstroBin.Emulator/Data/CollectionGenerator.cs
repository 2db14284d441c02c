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
        return rows.OrderBy(row => row.Name, StringComparer.Ordinal).ThenBy(row => row.Id).ToList();
    }
}
