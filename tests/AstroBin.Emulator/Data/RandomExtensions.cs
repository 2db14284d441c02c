namespace AstroBin.Emulator.Data;

/// <summary>Draw helpers over System.Random, whose seeded sequence is stable across .NET versions.</summary>
internal static class RandomExtensions
{
    public static T Pick<T>(this Random random, IReadOnlyList<T> items) => items[random.Next(items.Count)];

    public static bool Chance(this Random random, double probability) => random.NextDouble() < probability;

    /// <summary>A timestamp in [start, end) at microsecond precision (the database's resolution).</summary>
    public static DateTime DateTimeBetween(this Random random, DateTime start, DateTime end)
    {
        var microseconds = random.NextInt64((end.Ticks - start.Ticks) / 10);
        return start.AddTicks(microseconds * 10);
    }

    /// <summary>A value rounded to 3 decimals, as DecimalField(decimal_places=3) stores it.</summary>
    public static decimal Decimal3(this Random random, double min, double max) =>
        Math.Round((decimal)(min + random.NextDouble() * (max - min)), 3);

    /// <summary>A lowercase UUID string for CDN file names.</summary>
    public static string Uuid(this Random random)
    {
        var bytes = new byte[16];
        random.NextBytes(bytes);
        return new Guid(bytes).ToString();
    }
}
