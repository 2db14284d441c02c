namespace AstroBin.Emulator.Data;

/// <summary>One Image of the Day per day for the year ending at <see cref="EmulatorOptions.Today"/>.</summary>
internal static class ImageOfTheDayGenerator
{
    public const int Days = 365;
    private const int FirstId = 4100;

    /// <returns>Newest first (model ordering -date); ids increase with the date, as rows are created daily.</returns>
    public static List<ImageOfTheDayRow> Generate(Random random, DateOnly today, IReadOnlyList<ImageRow> candidates)
    {
        // Modern IOTDs always have a hash; each image wins at most once.
        var pool = candidates.Where(image => image.Hash is not null).ToList();
        var rows = new List<ImageOfTheDayRow>(Days);
        for (var day = 0; day < Days; day++)
        {
            var pick = random.Next(pool.Count);
            rows.Add(new ImageOfTheDayRow { Id = FirstId + day, Date = today.AddDays(day - Days + 1), Image = pool[pick] });
            pool.RemoveAt(pick);
        }
        rows.Reverse();
        return rows;
    }
}
