namespace AstroBin.Emulator.Data;

/// <summary>
/// The emulator's in-memory database, deterministic for a given <see cref="EmulatorOptions.Seed"/>
/// (and <see cref="EmulatorOptions.Today"/> for Image of the Day dates). Read-only.
/// </summary>
public sealed class EmulatorData
{
    /// <summary>Generated uploaders (record uploaders come on top).</summary>
    public const int GeneratedUserCount = 300;

    public const int TopPickCount = 240;

    public const int TopPickNominationCount = 600;

    private readonly Dictionary<string, ImageRow> imagesByHash;
    private readonly Dictionary<int, ImageRow> imagesById;
    private readonly Dictionary<int, UserProfileRow> profilesById;
    private readonly Dictionary<int, ImageOfTheDayRow> imagesOfTheDayById;

    private EmulatorData(List<ImageRow> images, List<UserProfileRow> profiles, List<ImageOfTheDayRow> imagesOfTheDay, Random others)
    {
        Images = images;
        UserProfiles = profiles;
        ImagesOfTheDay = imagesOfTheDay;
        ImageRevisions = RevisionGenerator.Generate(others, images);
        Locations = LocationGenerator.Generate(others);
        Collections = CollectionGenerator.Generate(others, images);
        TopPicks = TopPickGenerator.Generate(others, images, TopPickCount, 7000);
        TopPickNominations = TopPickGenerator.Generate(others, images, TopPickNominationCount, 52000);
        imagesByHash = images.Where(image => image.Hash is not null).ToDictionary(image => image.Hash!, StringComparer.Ordinal);
        imagesById = images.ToDictionary(image => image.Id);
        profilesById = profiles.ToDictionary(profile => profile.Id);
        imagesOfTheDayById = imagesOfTheDay.ToDictionary(row => row.Id);
    }

    /// <summary>All images in the API's default order: newest upload first, then highest id.</summary>
    public IReadOnlyList<ImageRow> Images { get; }

    /// <summary>All profiles in primary-key order (the API's order).</summary>
    public IReadOnlyList<UserProfileRow> UserProfiles { get; }

    /// <summary>Images of the Day, newest date first (the API's order).</summary>
    public IReadOnlyList<ImageOfTheDayRow> ImagesOfTheDay { get; }

    /// <summary>Every image's revisions, oldest upload first (the model's default order).</summary>
    public IReadOnlyList<ImageRevisionRow> ImageRevisions { get; }

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

    public ImageRow? FindImageByHash(string hash) => imagesByHash.GetValueOrDefault(hash);

    public ImageRow? FindImageById(int id) => imagesById.GetValueOrDefault(id);

    public UserProfileRow? FindUserProfile(int id) => profilesById.GetValueOrDefault(id);

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
}
