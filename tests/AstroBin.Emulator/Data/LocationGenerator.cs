namespace AstroBin.Emulator.Data;

/// <summary>The observing locations images point to (ids 2 800 000 to 2 800 199).</summary>
internal static class LocationGenerator
{
    public const int FirstId = 2_800_000;
    public const int Count = 200;

    private static readonly (string City, string? State, string Country)[] Places =
    [
        ("Tucson", "Arizona", "US"), ("Sierra Nevada", "Andalucía", "ES"), ("Hakos", null, "NA"),
        ("Siding Spring", "New South Wales", "AU"), ("Saint-Véran", "Hautes-Alpes", "FR"), ("Oberwil", "Basel-Landschaft", "CH"),
        ("Kraków", null, "PL"), ("Nagano", null, "JP"), ("Kielder", "Northumberland", "GB"), ("Bortle 8 backyard", null, string.Empty),
    ];

    public static List<LocationRow> Generate(Random random) =>
        Enumerable.Range(0, Count).Select(index =>
        {
            var place = random.Pick(Places);
            return new LocationRow
            {
                Id = FirstId + index,
                Name = random.Chance(0.15) ? null : random.Chance(0.5) ? "Home" : $"Dark site {index}",
                City = random.Chance(0.1) ? null : place.City,
                State = place.State,
                Country = place.Country,
                Altitude = random.Chance(0.2) ? null : random.Next(0, 2900),
            };
        }).ToList();
}
