namespace AstroBin.Emulator.Data;

/// <summary>The revisions every image's RevisionIds announce, uploaded after the image, labelled B, C, D.</summary>
internal static class RevisionGenerator
{
    /// <returns>In the model's default order: oldest upload first, then highest id.</returns>
    public static List<ImageRevisionRow> Generate(Random random, IReadOnlyList<ImageRow> images)
    {
        var rows = new List<ImageRevisionRow>();
        foreach (var image in images.Where(image => image.RevisionIds.Count > 0).OrderBy(image => image.Id))
        {
            var uploaded = image.Uploaded;
            for (var index = 0; index < image.RevisionIds.Count; index++)
            {
                uploaded = uploaded.AddDays(random.Next(1, 60)).AddSeconds(random.Next(86_400));
                var last = index == image.RevisionIds.Count - 1;
                rows.Add(new ImageRevisionRow
                {
                    Id = image.RevisionIds[index],
                    Image = image,
                    Label = ((char)('B' + index)).ToString(),
                    Title = random.Chance(0.5) ? null : random.Pick<string>(["Reprocessed", "Crop", "Starless", "New colour balance", "More data"]),
                    Description = random.Chance(0.6) ? null : "Processed again with more integration time.",
                    Uploaded = uploaded,
                    W = image.W,
                    H = image.H,
                    // The original is final only when no revision is.
                    IsFinal = last && !image.IsFinal,
                    Solution = random.Chance(0.5) ? image.Solution : null,
                });
            }
        }
        return rows.OrderBy(row => row.Uploaded).ThenByDescending(row => row.Id).ToList();
    }
}
