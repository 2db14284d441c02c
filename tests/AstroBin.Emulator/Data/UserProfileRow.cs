namespace AstroBin.Emulator.Data;

/// <summary>One user profile (spec §7.7). Id is the profile primary key, not the auth user id.</summary>
public sealed class UserProfileRow
{
    public int Id { get; init; }

    public string Username { get; init; } = string.Empty;

    public string? RealName { get; init; }

    public string? Website { get; init; }

    public string? Job { get; init; }

    public string? Hobbies { get; init; }

    public string? Language { get; init; }

    public string? ReferralCode { get; init; }

    public string? About { get; init; }

    public string Avatar { get; init; } = string.Empty;

    public DateTime DateJoined { get; init; }

    public DateTime? LastLogin { get; init; }

    public DateTime? LastSeen { get; init; }

    public DateTime? Updated { get; init; }

    public DateTime? BannedFromCompetitions { get; init; }

    public DateTime? PlateSolutionOverlayOnFullDisabled { get; init; }

    public DateTime? NeverActivatedAccountReminderSent { get; init; }

    /// <summary>The user's images in this data set.</summary>
    public int ImageCount { get; init; }

    /// <summary>Sum of likes over the user's images.</summary>
    public int ReceivedLikesCount { get; init; }

    public int FollowersCount { get; init; }

    public int FollowingCount { get; init; }

    public int TotalNotificationsCount { get; init; }

    public int UnreadNotificationsCount { get; init; }

    public int PostCount { get; init; }

    public string? PremiumSubscription { get; init; }

    public DateOnly? PremiumSubscriptionExpiration { get; init; }

    public bool AllowAstronomyAds { get; init; }

    public bool AllowRetailerIntegration { get; init; }

    public bool? DisplayWipImagesOnPublicGallery { get; init; }

    public int? AstrobinIndexBonus { get; init; }

    public string? DeleteReason { get; init; }

    public string? DeleteReasonOther { get; init; }
}
