namespace AstroBin.Emulator.Data;

/// <summary>
/// The emulator's in-memory database, deterministic for a given <see cref="EmulatorOptions.Seed"/>
/// (and <see cref="EmulatorOptions.Today"/> for Image of the Day dates). Read-only, except that
/// <see cref="ImageChanges"/> may add, change and remove images and revisions while the emulator runs
/// (each change swaps in a whole new table, so a request sees one state or the other).
/// </summary>
public sealed class EmulatorData
{
    /// <summary>Generated uploaders (record uploaders come on top).</summary>
    public const int GeneratedUserCount = 300;

    public const int TopPickCount = 240;

    public const int TopPickNominationCount = 600;

    private readonly object changeGate = new();
    private volatile ImageTable images;
    // Replaced whole (never changed in place) when an upload brings a new user: readers see one or the other.
    private volatile Profiles profiles;
    private readonly Dictionary<int, ImageOfTheDayRow> imagesOfTheDayById;

    private EmulatorData(List<ImageRow> images, List<UserProfileRow> profiles, List<ImageOfTheDayRow> imagesOfTheDay, Random others)
    {
        this.images = new ImageTable(images, RevisionGenerator.Generate(others, images), 0);
        this.profiles = new Profiles(profiles);
        ImagesOfTheDay = imagesOfTheDay;
        Changes = new ImageChanges(this);
        Locations = LocationGenerator.Generate(others);
        Collections = CollectionGenerator.Generate(others, images);
        TopPicks = TopPickGenerator.Generate(others, images, TopPickCount, 7000);
        TopPickNominations = TopPickGenerator.Generate(others, images, TopPickNominationCount, 52000);
        imagesOfTheDayById = imagesOfTheDay.ToDictionary(row => row.Id);
    }

    /// <summary>All images in the API's default order: newest upload first, then highest id.</summary>
    public IReadOnlyList<ImageRow> Images => images.Images;

    /// <summary>Counts the changes made while running: list selections cached under an older generation are stale.</summary>
    public int Generation => images.Generation;

    /// <summary>Adds, changes and removes images while the emulator runs.</summary>
    public ImageChanges Changes { get; }

    /// <summary>All profiles in primary-key order (the API's order).</summary>
    public IReadOnlyList<UserProfileRow> UserProfiles => profiles.All;

    /// <summary>Images of the Day, newest date first (the API's order).</summary>
    public IReadOnlyList<ImageOfTheDayRow> ImagesOfTheDay { get; }

    /// <summary>Every image's revisions, oldest upload first (the model's default order).</summary>
    public IReadOnlyList<ImageRevisionRow> ImageRevisions => images.Revisions;

    /// <summary>Locations in primary-key order.</summary>
    public IReadOnlyList<LocationRow> Locations { get; }

    /// <summary>Collections by name (the model's default order).</summary>
    public IReadOnlyList<CollectionRow> Collections { get; }

    /// <summary>Top picks, newest archive first.</summary>
    public IReadOnlyList<TopPickRow> TopPicks { get; }

    /// <summary>Top pick nominations, newest archive first.</summary>
    public IReadOnlyList<TopPickRow> TopPickNominations { get; }

    public ImageRevisionRow? FindImageRevision(int id) => ImageRevisions.FirstOrDefault(row => row.Id == id);

    public LocationRow? FindLocation(int id) => Locations.FirstOrDefault(row => row.Id == id);

    public CollectionRow? FindCollection(int id) => Collections.FirstOrDefault(row => row.Id == id);

    public ImageRow? FindImageByHash(string hash) => images.ByHash.GetValueOrDefault(hash);

    public ImageRow? FindImageById(int id) => images.ById.GetValueOrDefault(id);

    /// <summary>An image by what clients address it with: its hash, or the number of a hashless image.</summary>
    public ImageRow? FindImageByPublicId(string id) =>
        id.Length > 0 && id.All(char.IsAsciiDigit) ? (int.TryParse(id, out var number) ? FindImageById(number) : null) : FindImageByHash(id);

    /// <summary>Replaces the image and revision tables at once; <paramref name="change"/> gets the current ones.</summary>
    internal void Change(Func<IReadOnlyList<ImageRow>, IReadOnlyList<ImageRevisionRow>, (List<ImageRow> Images, List<ImageRevisionRow> Revisions)> change)
    {
        lock (changeGate)
        {
            var (changedImages, changedRevisions) = change(images.Images, images.Revisions);
            images = new ImageTable(
                changedImages.OrderByDescending(image => image.Uploaded).ThenByDescending(image => image.Id).ToList(),
                changedRevisions.OrderBy(row => row.Uploaded).ThenByDescending(row => row.Id).ToList(),
                images.Generation + 1);
        }
    }

    public UserProfileRow? FindUserProfile(int id) => profiles.ById.GetValueOrDefault(id);

    /// <summary>
    /// Gives <paramref name="username"/> a profile when none has it: on the real site every uploader has one, and
    /// images uploaded through the control routes for a new name would otherwise belong to nobody.
    /// </summary>
    internal void EnsureUserProfile(string username, DateTime joined)
    {
        lock (changeGate)
        {
            var current = profiles;
            if (current.All.Any(profile => profile.Username == username)) return;
            var all = current.All.ToList();
            all.Add(new UserProfileRow { Id = all.Count == 0 ? 1 : all.Max(profile => profile.Id) + 1, Username = username, DateJoined = joined, Language = "en" });
            profiles = new Profiles(all);
        }
    }

    private sealed class Profiles
    {
        public Profiles(List<UserProfileRow> all)
        {
            All = all;
            ById = all.ToDictionary(profile => profile.Id);
        }

        public IReadOnlyList<UserProfileRow> All { get; }

        public Dictionary<int, UserProfileRow> ById { get; }
    }

    public UserProfileRow? FindUserProfileByUsername(string username) =>
        UserProfiles.FirstOrDefault(profile => profile.Username == username);

    public ImageOfTheDayRow? FindImageOfTheDay(int id) => imagesOfTheDayById.GetValueOrDefault(id);

    public static EmulatorData Create(EmulatorOptions options)
    {
        var recorded = RecordedImages.Load(options.RecordsDirectory ?? Path.Combine(AppContext.BaseDirectory, "Records"));
        var recordedUsers = recorded.Select(image => image.User).Distinct().ToList();
        // One generator sequence in a fixed order keeps everything reproducible from the seed.
        var random = new Random(options.Seed);
        var usernames = UsernameGenerator.Generate(random, GeneratedUserCount, recordedUsers);
        var archive = ArchiveImages.Create().ToList();
        var generated = new ImageGenerator(random, usernames, options.ImageCount).Generate(
            recorded.Where(image => image.Hash is not null).Select(image => image.Hash!).ToHashSet(),
            recorded.Concat(archive).Select(image => image.Id).ToHashSet());
        var images = generated.Concat(recorded).Concat(archive)
            .OrderByDescending(image => image.Uploaded)
            .ThenByDescending(image => image.Id)
            .ToList();
        var profiles = ProfileGenerator.Generate(random, usernames.Concat(recordedUsers).Append(ArchiveImages.User), images);
        var imagesOfTheDay = ImageOfTheDayGenerator.Generate(random, options.Today, generated);
        // The later tables draw from their own sequence, so adding one never changes the others.
        return new EmulatorData(images, profiles, imagesOfTheDay, new Random(options.Seed + 1));
    }

    /// <summary>One state of the image and revision tables, with their indexes.</summary>
    private sealed class ImageTable(List<ImageRow> images, List<ImageRevisionRow> revisions, int generation)
    {
        public IReadOnlyList<ImageRow> Images { get; } = images;

        public IReadOnlyList<ImageRevisionRow> Revisions { get; } = revisions;

        public int Generation { get; } = generation;

        public Dictionary<string, ImageRow> ByHash { get; } =
            images.Where(image => image.Hash is not null).ToDictionary(image => image.Hash!, StringComparer.Ordinal);

        public Dictionary<int, ImageRow> ById { get; } = images.ToDictionary(image => image.Id);
    }
}
