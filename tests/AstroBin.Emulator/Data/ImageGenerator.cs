using System.Globalization;

namespace AstroBin.Emulator.Data;

/// <summary>
/// Generates the synthetic image table: uploads spread over 2015-2025, ids increasing with upload
/// time, the oldest few without hash (legacy), a guaranteed block of solved M 31 images and the
/// <see cref="SpecialImages"/> titles on solved M 42 images.
/// </summary>
internal sealed class ImageGenerator(Random random, IReadOnlyList<string> usernames, int imageCount)
{
    public const int DefaultImageCount = 3000;

    /// <summary>Solved M 31 images on top of the random ones, so the subjects cap of 100 is always reachable.</summary>
    public const int GuaranteedAndromedaCount = 180;

    public const int LegacyCount = 12;

    private static readonly DateTime UploadStart = new(2015, 1, 1);
    private static readonly DateTime UploadEnd = new(2026, 1, 1);
    private static readonly (int W, int H)[] Sizes =
    [
        (6248, 4176), (4144, 2822), (3008, 3008), (4656, 3520), (6000, 4000), (2048, 2048), (9576, 6388),
        (3840, 2160), (1920, 1080), (4000, 2250), (2400, 1600),
    ];

    private const string HashAlphabet = "abcdefghijklmnopqrstuvwxyz0123456789";

    private readonly double[] userWeights = CumulativeUserWeights(usernames.Count);
    private int nextRevisionId = 200_000;

    /// <summary>The roles of the images, shuffled: null = random target or none.</summary>
    private sealed record Role(SkyTarget? Target, string? SpecialTitle, bool ForceSolved);

    /// <param name="reservedIds">Ids of the recorded and archive images, which a large table must step over.</param>
    public List<ImageRow> Generate(IReadOnlySet<string> reservedHashes, IReadOnlySet<int> reservedIds)
    {
        var uploads = Enumerable.Range(0, imageCount).Select(_ => UploadTime()).Order().ToList();
        var roles = Roles();
        var hashes = new HashSet<string>(reservedHashes);
        var images = new List<ImageRow>(imageCount);
        var id = 1000;
        for (var index = 0; index < imageCount; index++)
        {
            do
            {
                id += random.Next(1, 121);
            }
            while (reservedIds.Contains(id));
            var hash = index < LegacyCount ? null : NewHash(hashes);
            images.Add(Create(id, hash, uploads[index], roles[index], legacy: hash is null));
        }
        return images;
    }

    private List<Role> Roles()
    {
        var roles = new List<Role>(imageCount);
        roles.AddRange(Enumerable.Range(0, GuaranteedAndromedaCount).Select(_ => new Role(SkyCatalogue.Andromeda, null, true)));
        roles.AddRange(SpecialImages.Titles.Select(title => new Role(SkyCatalogue.Orion, title, true)));
        while (roles.Count < imageCount)
        {
            roles.Add(new Role(random.Chance(0.22) ? null : WeightedTarget(), null, false));
        }
        random.Shuffle(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(roles));
        return roles;
    }

    private ImageRow Create(int id, string? hash, DateTime uploaded, Role role, bool legacy)
    {
        var userIndex = WeightedUserIndex();
        var user = usernames[userIndex];
        var published = uploaded.AddTicks(random.NextInt64(TimeSpan.TicksPerDay * 3) / 10 * 10);
        var size = random.Chance(0.02) ? (W: 0, H: 0) : random.Pick(Sizes);
        var solution = Solution(role, size.W, size.H, uploaded, ownerNumber: userIndex + 1000);
        var revisionCount = random.Chance(0.2) ? random.Next(1, 4) : 0;
        var dataSource = legacy ? random.Pick<string>(["UNSET", ""]) : random.Pick(Vocabulary.DataSources);
        var likes = (int)Math.Floor(Math.Pow(random.NextDouble(), 3) * 400);
        return new ImageRow
        {
            Id = id,
            Hash = hash,
            Title = role.SpecialTitle ?? Title(role.Target),
            Description = role.SpecialTitle == SpecialImages.Titles[0] ? SpecialImages.EscapesDescription : Description(),
            User = user,
            W = size.W,
            H = size.H,
            Animated = random.Chance(0.01),
            Link = random.Chance(0.85) ? string.Empty : random.Chance(0.6) ? $"https://www.astro-{id}.example.com/" : null,
            LinkToFits = random.Chance(0.7) ? string.Empty : random.Chance(0.85) ? null : $"https://data.example.org/fits/{id}.fits",
            License = random.Chance(0.6) ? 0 : random.Next(1, 7),
            IsFinal = revisionCount == 0 || random.Chance(0.3),
            DataSource = dataSource,
            RemoteSource = dataSource is "OWN_REMOTE" or "AMATEUR_HOSTING" ? random.Pick(Vocabulary.RemoteSources) : null,
            Uploaded = uploaded,
            Published = published,
            Updated = random.DateTimeBetween(published, Min(published.AddDays(400), UploadEnd.AddDays(30))),
            LocationIds = random.Chance(0.3) ? [2_800_000 + random.Next(200)] : [],
            RevisionIds = Enumerable.Range(0, revisionCount).Select(_ => nextRevisionId += random.Next(1, 50)).ToList(),
            ImagingTelescopes = Distinct(random.Next(1, 3), Vocabulary.Telescopes),
            ImagingCameras = Distinct(random.Next(1, 3), Vocabulary.Cameras),
            Solution = solution,
            Subjects = Subjects(solution, role.Target),
            Likes = likes,
            Bookmarks = random.Next(likes / 5 + 1),
            Comments = random.Next(0, 40),
            Views = likes * 3 + random.Next(0, 500),
        };
    }

    private string Title(SkyTarget? target)
    {
        if (target is null)
        {
            return random.Chance(0.3) ? $"{random.Pick(Vocabulary.UnsolvedTitles)} {random.Next(2015, 2026)}" : random.Pick(Vocabulary.UnsolvedTitles);
        }
        var designation = target.Designation;
        var common = target.CommonName;
        var compact = designation.Replace(" ", string.Empty, StringComparison.Ordinal);
        return random.Next(12) switch
        {
            0 => designation,
            1 => $"{designation} - {common}",
            2 => common,
            3 => $"{common} ({designation})",
            4 => $"{designation} in {random.Pick(Vocabulary.Palettes)}",
            5 => $"{common} in {random.Pick(Vocabulary.Palettes)}",
            6 => $"The {common}",
            7 => $"My first {common}",
            8 => $"{compact} {common}",
            9 => $"{compact} {random.Next(2015, 2026)}",
            10 => $"{common.ToLowerInvariant()} from {random.Pick(Vocabulary.Places)}",
            _ => $"{designation} reprocessed",
        };
    }

    private string? Description()
    {
        var roll = random.NextDouble();
        if (roll < 0.25)
        {
            return null;
        }
        if (roll < 0.5)
        {
            return string.Empty;
        }
        var parts = new List<string>();
        if (random.Chance(0.55))
        {
            parts.Add(random.Pick(Vocabulary.WeatherSentences));
        }
        if (random.Chance(0.5))
        {
            parts.Add($"{random.Next(10, 200)} x {random.Pick<int>([60, 120, 180, 300, 600])}s {random.Pick(Vocabulary.Filters)} subs.");
        }
        if (random.Chance(0.3))
        {
            parts.Add($"[b]Equipment[/b]\r\n{random.Pick(Vocabulary.Telescopes)}\r\n{random.Pick(Vocabulary.Cameras)}");
        }
        if (parts.Count == 0 || random.Chance(0.3))
        {
            parts.Add($"Shot from {random.Pick(Vocabulary.Places)}.");
        }
        return string.Join(random.Chance(0.5) ? "\r\n\r\n" : " ", parts);
    }

    private PlateSolution? Solution(Role role, int w, int h, DateTime uploaded, int ownerNumber)
    {
        var status = SolutionStatusFor(role);
        if (status is null)
        {
            return null;
        }
        if (status < SolutionStatus.Success || role.Target is not { } target)
        {
            return new PlateSolution { Status = status.Value };
        }
        var objects = target.ObjectsInField.Take(1).Concat(target.ObjectsInField.Skip(1).Where(_ => random.Chance(0.75))).ToList();
        var pixScale = random.Decimal3(0.3, 8);
        var diagonal = Math.Sqrt((double)w * w + (double)h * h);
        var uuid = random.Uuid();
        var year = uploaded.Year.ToString(CultureInfo.InvariantCulture);
        var advanced = status == SolutionStatus.AdvancedSuccess;
        return new PlateSolution
        {
            Status = status.Value,
            ObjectsInField = string.Join(", ", objects),
            Ra = random.Decimal3(target.Ra - 0.2, target.Ra + 0.2),
            Dec = random.Decimal3(target.Dec - 0.2, target.Dec + 0.2),
            PixScale = pixScale,
            Orientation = random.Decimal3(0, 360),
            Radius = Math.Round((decimal)(diagonal / 2 * (double)pixScale / 3600), 3),
            SkyplotUrl = $"https://cdn.astrobin.com/images/skyplots/images/{ownerNumber}/{year}/{uuid}.jpg",
            SolutionUrl = $"https://cdn.astrobin.com/solutions/images/{ownerNumber}/{year}/{uuid}-{new DateTimeOffset(uploaded, TimeSpan.Zero).ToUnixTimeSeconds() + 60}.jpg",
            AdvancedSkyplotUrl = advanced ? $"https://cdn.astrobin.com/images/advanced-skyplots/{ownerNumber}/{year}/{uuid}.png" : null,
            AdvancedSkyplotSmallUrl = advanced ? $"https://cdn.astrobin.com/images/advanced-skyplots/{ownerNumber}/{year}/{uuid}-small.png" : null,
            AdvancedSolutionUrl = advanced ? $"https://www.astrobin.com/platesolving/solution/{uuid}/svg/hd/" : null,
        };
    }

    private SolutionStatus? SolutionStatusFor(Role role)
    {
        var roll = random.NextDouble();
        if (role.ForceSolved)
        {
            return roll < 0.7 ? SolutionStatus.Success : SolutionStatus.AdvancedSuccess;
        }
        if (role.Target is null)
        {
            return roll < 0.8 ? null : roll < 0.95 ? SolutionStatus.Failed : SolutionStatus.Pending;
        }
        return roll switch
        {
            < 0.70 => SolutionStatus.Success,
            < 0.85 => SolutionStatus.AdvancedSuccess,
            < 0.88 => SolutionStatus.AdvancedPending,
            < 0.90 => SolutionStatus.AdvancedFailed,
            < 0.94 => SolutionStatus.Pending,
            < 0.97 => SolutionStatus.Failed,
            _ => null,
        };
    }

    /// <summary>
    /// get_objects_in_field: basic names, plus advanced labels not already present (case-insensitive),
    /// sorted with Python's default (code point) order.
    /// </summary>
    private static List<string> Subjects(PlateSolution? solution, SkyTarget? target)
    {
        if (solution is not { IsSolved: true } || target is null)
        {
            return [];
        }
        var subjects = solution.ObjectsInField.Split(", ").ToList();
        if (solution.Status == SolutionStatus.AdvancedSuccess)
        {
            foreach (var label in target.AdvancedLabels)
            {
                if (!subjects.Contains(label, StringComparer.OrdinalIgnoreCase))
                {
                    subjects.Add(label);
                }
            }
        }
        subjects.Sort(StringComparer.Ordinal);
        return subjects;
    }

    private static DateTime Min(DateTime left, DateTime right) => left < right ? left : right;

    private List<string> Distinct(int count, IReadOnlyList<string> pool) =>
        Enumerable.Range(0, count).Select(_ => random.Pick(pool)).Distinct().ToList();

    private DateTime UploadTime()
    {
        var time = random.DateTimeBetween(UploadStart, UploadEnd);
        // A few whole-second timestamps, whose isoformat() has no fraction.
        return random.Chance(0.02) ? time.AddTicks(-(time.Ticks % TimeSpan.TicksPerSecond)) : time;
    }

    private SkyTarget WeightedTarget()
    {
        var roll = random.Next(SkyCatalogue.Targets.Sum(target => target.Weight));
        foreach (var target in SkyCatalogue.Targets)
        {
            roll -= target.Weight;
            if (roll < 0)
            {
                return target;
            }
        }
        return SkyCatalogue.Targets[^1];
    }

    /// <summary>Zipf-like: a few prolific uploaders, a long tail, some users with no image at all.</summary>
    private int WeightedUserIndex()
    {
        var roll = random.NextDouble() * userWeights[^1];
        var index = Array.BinarySearch(userWeights, roll);
        return index < 0 ? ~index : index;
    }

    private static double[] CumulativeUserWeights(int count)
    {
        var cumulative = new double[count];
        var total = 0.0;
        for (var rank = 0; rank < count; rank++)
        {
            total += 1 / Math.Pow(rank + 1, 0.9);
            cumulative[rank] = total;
        }
        return cumulative;
    }

    /// <summary>generate_unique_hash: 6 lowercase letters/digits, never all digits.</summary>
    private string NewHash(HashSet<string> taken)
    {
        while (true)
        {
            var hash = new string(Enumerable.Range(0, 6).Select(_ => HashAlphabet[random.Next(HashAlphabet.Length)]).ToArray());
            if (!hash.All(char.IsAsciiDigit) && taken.Add(hash))
            {
                return hash;
            }
        }
    }
}
