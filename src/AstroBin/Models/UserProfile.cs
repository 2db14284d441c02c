using System;
using System.Text.Json.Serialization;
using AstroBin.Api.Json;

namespace AstroBin
{
    /// <summary>An AstroBin user profile (API v1 <c>userprofile</c> resource).</summary>
    public sealed class UserProfile
    {
        /// <summary>The profile's number (not the account's user id): what Get-AstroBinUser -Id takes.</summary>
        [JsonPropertyName("id")] public int Id { get; set; }
        [JsonPropertyName("username")] public string? Username { get; set; }
        [JsonPropertyName("real_name")] public string? RealName { get; set; }
        [JsonPropertyName("website")] public string? Website { get; set; }
        [JsonPropertyName("job")] public string? Job { get; set; }
        [JsonPropertyName("hobbies")] public string? Hobbies { get; set; }
        [JsonPropertyName("language")] public string? Language { get; set; }
        [JsonPropertyName("referral_code")] public string? ReferralCode { get; set; }
        [JsonPropertyName("about")] public string? About { get; set; }
        [JsonPropertyName("avatar")] public string? Avatar { get; set; }
        [JsonPropertyName("date_joined"), JsonConverter(typeof(NaiveUtcDateTimeConverter))] public DateTime? DateJoined { get; set; }
        [JsonPropertyName("last_login"), JsonConverter(typeof(NaiveUtcDateTimeConverter))] public DateTime? LastLogin { get; set; }
        [JsonPropertyName("last_seen"), JsonConverter(typeof(NaiveUtcDateTimeConverter))] public DateTime? LastSeen { get; set; }
        [JsonPropertyName("updated"), JsonConverter(typeof(NaiveUtcDateTimeConverter))] public DateTime? Updated { get; set; }
        [JsonPropertyName("banned_from_competitions"), JsonConverter(typeof(NaiveUtcDateTimeConverter))] public DateTime? BannedFromCompetitions { get; set; }
        [JsonPropertyName("plate_solution_overlay_on_full_disabled"), JsonConverter(typeof(NaiveUtcDateTimeConverter))] public DateTime? PlateSolutionOverlayOnFullDisabled { get; set; }
        [JsonPropertyName("never_activated_account_reminder_sent"), JsonConverter(typeof(NaiveUtcDateTimeConverter))] public DateTime? NeverActivatedAccountReminderSent { get; set; }
        [JsonPropertyName("timezone")] public string? Timezone { get; set; }
        [JsonPropertyName("image_count")] public int ImageCount { get; set; }
        [JsonPropertyName("received_likes_count")] public int ReceivedLikesCount { get; set; }
        [JsonPropertyName("followers_count")] public int FollowersCount { get; set; }
        [JsonPropertyName("following_count")] public int FollowingCount { get; set; }
        [JsonPropertyName("total_notifications_count")] public int TotalNotificationsCount { get; set; }
        [JsonPropertyName("unread_notifications_count")] public int UnreadNotificationsCount { get; set; }
        [JsonPropertyName("post_count")] public int PostCount { get; set; }
        [JsonPropertyName("premium_subscription")] public string? PremiumSubscription { get; set; }
        [JsonPropertyName("premium_subscription_expiration"), JsonConverter(typeof(NaiveUtcDateTimeConverter))] public DateTime? PremiumSubscriptionExpiration { get; set; }
        [JsonPropertyName("allow_astronomy_ads")] public bool AllowAstronomyAds { get; set; }
        [JsonPropertyName("allow_retailer_integration")] public bool AllowRetailerIntegration { get; set; }
        [JsonPropertyName("display_wip_images_on_public_gallery")] public bool? DisplayWipImagesOnPublicGallery { get; set; }
        [JsonPropertyName("astrobin_index_bonus")] public int? AstroBinIndexBonus { get; set; }
        [JsonPropertyName("delete_reason")] public string? DeleteReason { get; set; }
        [JsonPropertyName("delete_reason_other")] public string? DeleteReasonOther { get; set; }
        [JsonPropertyName("resource_uri")] public string? ResourceUri { get; set; }

        /// <summary>The user's public gallery page.</summary>
        [JsonIgnore] public string? Url => Username == null ? null : Api.PublicPage.ForUser(Username);

        public override string ToString() => Username ?? Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }
}
