namespace AstroBin.Emulator.Data;

/// <summary>
/// The emulator's in-memory database, deterministic for a given <see cref="EmulatorOptions.Seed"/>
/// (and <see cref="EmulatorOptions.Today"/> for Image of the Day dates). Read-only.
/// </summary>
public sealed class EmulatorData
{
    /// <summary>Generated uploaders (record uploaders come on top).</summary>
    public const int GeneratedUserCount = 300;

    private readonly Dictionary<string, ImageRow> imagesByHash;
    private readonly Dictionary<int, ImageRow> imagesById;
    private readonly Dictionary<int, UserProfileRow> profilesById;
    private readonly Dictionary<int, ImageOfTheDayRow> imagesOfTheDayById;

    private EmulatorData(List<ImageRow> images, List<UserProfileRow> profiles, List<ImageOfTheDayRow> imagesOfTheDay)
    {
        Images = images;
        UserProfiles = profiles;
        ImagesOfTheDay = imagesOfTheDay;
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
        var generated = new ImageGenerator(random, usernames, options.ImageCount)
            .Generate(recorded.Where(image => image.Hash is not null).Select(image => image.Hash!).ToHashSet());
        var images = generated.Concat(recorded)
            .OrderByDescending(image => image.Uploaded)
            .ThenByDescending(image => image.Id)
            .ToList();
        var profiles = ProfileGenerator.Generate(random, usernames.Concat(recordedUsers), images);
        var imagesOfTheDay = ImageOfTheDayGenerator.Generate(random, options.Today, generated);
        return new EmulatorData(images, profiles, imagesOfTheDay);
    }
}
