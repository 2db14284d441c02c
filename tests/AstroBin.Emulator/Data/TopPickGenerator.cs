namespace AstroBin.Emulator.Data;

/// <summary>Top pick and nomination archives: distinct images with a hash, archived a few days after publication.</summary>
internal static class TopPickGenerator
{
    /// <returns>Newest archive first (model ordering -created).</returns>
    public static List<TopPickRow> Generate(Random random, IReadOnlyList<ImageRow> candidates, int count, int firstId)
    {
        var pool = candidates.Where(image => image.Hash is not null && image.Published is not null && !image.IsRecorded).ToList();
        var picked = new List<ImageRow>(count);
        for (var index = 0; index < count && pool.Count > 0; index++)
        {
            var pick = random.Next(pool.Count);
            picked.Add(pool[pick]);
            pool.RemoveAt(pick);
        }
        return picked
            .Select(image => (Image: image, Created: image.Published!.Value.AddDays(random.Next(1, 8)).AddSeconds(random.Next(86_400))))
            .OrderBy(pair => pair.Created)
            .Select((pair, index) => new TopPickRow { Id = firstId + index, Image = pair.Image, Created = pair.Created })
            .Reverse()
            .ToList();
    }
}
