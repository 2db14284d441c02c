namespace AstroBin.Emulator.Data;

/// <summary>
/// A fixed set of old scanned plates by one uploader, two of which lost their published date. The real
/// server cannot serialise such an image, so any list page that includes one fails as a whole with a 400
/// (spec §5); these rows let clients test that they recover every other record. They sit in March 2016,
/// away from the ranges other tests search, and their titles match no sky target.
/// </summary>
public static class ArchiveImages
{
    public const string User = "archive_scans";

    public const int Count = 30;

    /// <summary>Plate numbers (1-based, oldest first) whose published date is null.</summary>
    public static readonly IReadOnlyList<int> UnpublishedPlates = [9, 21];

    private const int FirstId = 950_001;
    private static readonly DateTime FirstUpload = new(2016, 3, 1, 12, 0, 0);

    public static IEnumerable<ImageRow> Create() => Enumerable.Range(1, Count).Select(plate =>
    {
        var uploaded = FirstUpload.AddDays(plate - 1);
        return new ImageRow
        {
            Id = FirstId + plate - 1,
            Hash = $"arc{plate:D3}",
            Title = $"Archive plate {plate:D2}",
            Description = "Scanned from a glass plate.",
            User = User,
            W = 2400,
            H = 1600,
            Link = string.Empty,
            LinkToFits = null,
            IsFinal = true,
            DataSource = "UNSET",
            Uploaded = uploaded,
            Published = UnpublishedPlates.Contains(plate) ? null : uploaded.AddHours(1),
            Updated = uploaded.AddHours(2),
        };
    });
}
