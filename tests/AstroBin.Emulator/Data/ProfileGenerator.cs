namespace AstroBin.Emulator.Data;

/// <summary>One profile per username, with counts derived from the images and the rest drawn at random.</summary>
internal static class ProfileGenerator
{
    private const string DefaultAvatar = "https://cdn.astrobin.com/static/astrobin/images/default-avatar.jpeg?v=2";
    private static readonly DateTime FirstJoin = new(2011, 1, 1);
    private static readonly DateTime DataEnd = new(2026, 1, 1);

    public static List<UserProfileRow> Generate(Random random, IEnumerable<string> usernames, IReadOnlyList<ImageRow> images)
    {
        var byUser = images.ToLookup(image => image.User, StringComparer.Ordinal);
        var profiles = new List<UserProfileRow>();
        var id = 1500;
        foreach (var username in usernames)
        {
            id += random.Next(1, 40);
            profiles.Add(Create(random, id, username, byUser[username].ToList()));
        }
        return profiles;
    }

    private static UserProfileRow Create(Random random, int id, string username, List<ImageRow> images)
    {
        var firstUpload = images.Count == 0 ? DataEnd : images.Min(image => image.Uploaded);
        var joined = random.DateTimeBetween(FirstJoin, firstUpload < DataEnd ? firstUpload : DataEnd);
        var premium = random.Chance(0.3) ? random.Pick(Vocabulary.Subscriptions) : null;
        var realName = random.Chance(0.6) ? RealName(username) : random.Chance(0.5) ? string.Empty : null;
        return new UserProfileRow
        {
            Id = id,
            Username = username,
            RealName = realName,
            Website = random.Chance(0.3) ? $"https://www.astro-{id}.example.com/" : random.Chance(0.5) ? string.Empty : null,
            Job = random.Chance(0.3) ? random.Pick(Vocabulary.Jobs) : null,
            Hobbies = random.Chance(0.3) ? random.Pick(Vocabulary.Hobbies) : null,
            Language = random.Chance(0.9) ? random.Pick(Vocabulary.Languages) : null,
            ReferralCode = random.Chance(0.05) ? $"ref-{id}" : null,
            About = random.Chance(0.4) ? $"<p>Amateur astronomer imaging from {random.Pick(Vocabulary.Places)}.</p>" : null,
            Avatar = random.Chance(0.6) ? $"https://cdn.astrobin.com/images/avatars/{id}/resized/200/{random.Uuid()}.jpg" : DefaultAvatar,
            DateJoined = joined,
            LastLogin = random.Chance(0.95) ? random.DateTimeBetween(joined, DataEnd) : null,
            LastSeen = random.Chance(0.9) ? random.DateTimeBetween(joined, DataEnd) : null,
            Updated = random.DateTimeBetween(joined, DataEnd),
            BannedFromCompetitions = random.Chance(0.01) ? random.DateTimeBetween(joined, DataEnd) : null,
            PlateSolutionOverlayOnFullDisabled = random.Chance(0.05) ? random.DateTimeBetween(joined, DataEnd) : null,
            NeverActivatedAccountReminderSent = null,
            ImageCount = images.Count,
            ReceivedLikesCount = images.Sum(image => image.Likes),
            FollowersCount = random.Next(0, 300),
            FollowingCount = random.Next(0, 150),
            TotalNotificationsCount = random.Next(0, 5000),
            UnreadNotificationsCount = random.Next(0, 40),
            PostCount = random.Chance(0.5) ? 0 : random.Next(1, 800),
            PremiumSubscription = premium,
            PremiumSubscriptionExpiration = premium is null ? null : DateOnly.FromDateTime(random.DateTimeBetween(DataEnd.AddYears(-2), DataEnd.AddYears(1))),
            AllowAstronomyAds = random.Chance(0.7),
            AllowRetailerIntegration = random.Chance(0.7),
            DisplayWipImagesOnPublicGallery = random.Chance(0.2) ? null : random.Chance(0.1),
            AstrobinIndexBonus = random.Chance(0.9) ? null : 0,
            DeleteReason = null,
            DeleteReasonOther = null,
        };
    }

    /// <summary>"Björn Berg"-style display name from the username's letters.</summary>
    private static string RealName(string username)
    {
        var words = username.Split(['_', '.'], StringSplitOptions.RemoveEmptyEntries)
            .Select(word => new string(word.Where(char.IsLetter).ToArray()))
            .Where(word => word.Length > 1)
            .Select(word => char.ToUpperInvariant(word[0]) + word[1..])
            .ToList();
        return words.Count == 0 ? username : string.Join(' ', words);
    }
}
