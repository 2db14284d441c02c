using System.Text.Json.Nodes;
using AstroBin.Emulator.Data;
using AstroBin.Emulator.Tastypie;

namespace AstroBin.Emulator.Resources;

/// <summary>/api/v1/userprofile/ (spec §7.7): only username= filters, every order_by fails.</summary>
internal sealed class UserProfileResource(EmulatorData data) : IApiResource
{
    private const string UsernameKey = "username";

    private static readonly ResourceSchema<UserProfileRow> Schema = new()
    {
        Fields = new HashSet<string>
        {
            "id", "username", "real_name", "website", "job", "hobbies", "language", "referral_code", "about",
            "avatar", "date_joined", "last_login", "last_seen", "updated", "banned_from_competitions",
            "plate_solution_overlay_on_full_disabled", "never_activated_account_reminder_sent", "timezone",
            "image_count", "received_likes_count", "followers_count", "following_count",
            "total_notifications_count", "unread_notifications_count", "post_count", "premium_subscription",
            "premium_subscription_expiration", "allow_astronomy_ads", "allow_retailer_integration",
            "display_wip_images_on_public_gallery", "astrobin_index_bonus", "delete_reason",
            "delete_reason_other", "resource_uri",
        },
        // UserProfile model columns; username, dates of the auth user and the counts are computed.
        ModelAttributes = new HashSet<string>
        {
            "id", "real_name", "website", "job", "hobbies", "language", "referral_code", "about", "timezone",
            "last_seen", "updated", "banned_from_competitions", "plate_solution_overlay_on_full_disabled",
            "never_activated_account_reminder_sent", "allow_astronomy_ads", "allow_retailer_integration",
            "display_wip_images_on_public_gallery", "astrobin_index_bonus", "delete_reason", "delete_reason_other",
        },
        Filtering = new Dictionary<string, Column<UserProfileRow>>(),
        // Meta.ordering = ['-date_joined'] never equals a bare field name, so nothing is orderable.
        Ordering = new Dictionary<string, Column<UserProfileRow>>(),
    };

    public string Name => "userprofile";

    public ApiResponse List(QueryDict query)
    {
        var filter = FilterBuilder.Build(Schema, query, new HashSet<string> { UsernameKey });
        var username = query.Last(UsernameKey);
        var matching = data.UserProfiles.Where(profile => filter(profile) && (username is null || profile.Username == username)).ToList();
        var sorted = Sorting.Apply(Schema, query, matching);
        return ApiResponse.Json(200, Paginator.Page(query, "/api/v1/userprofile/", sorted, Dehydrate));
    }

    public ApiResponse Detail(string pk) =>
        ApiResponse.Detail(Dehydrate(NumericPk.Find(pk, data.FindUserProfile)));

    public JsonNode? GetByPk(int pk) => data.FindUserProfile(pk) is { } row ? Dehydrate(row) : null;

    private static JsonNode Dehydrate(UserProfileRow profile) => new JsonObject
    {
        ["about"] = profile.About,
        ["allow_astronomy_ads"] = profile.AllowAstronomyAds,
        ["allow_retailer_integration"] = profile.AllowRetailerIntegration,
        ["astrobin_index_bonus"] = profile.AstrobinIndexBonus,
        ["avatar"] = profile.Avatar,
        ["banned_from_competitions"] = Timestamp(profile.BannedFromCompetitions),
        ["date_joined"] = PythonValues.IsoFormat(profile.DateJoined),
        ["delete_reason"] = profile.DeleteReason,
        ["delete_reason_other"] = profile.DeleteReasonOther,
        ["display_wip_images_on_public_gallery"] = profile.DisplayWipImagesOnPublicGallery,
        ["followers_count"] = profile.FollowersCount,
        ["following_count"] = profile.FollowingCount,
        ["hobbies"] = profile.Hobbies,
        ["id"] = profile.Id,
        ["image_count"] = profile.ImageCount,
        ["job"] = profile.Job,
        ["language"] = profile.Language,
        ["last_login"] = Timestamp(profile.LastLogin),
        ["last_seen"] = Timestamp(profile.LastSeen),
        ["never_activated_account_reminder_sent"] = Timestamp(profile.NeverActivatedAccountReminderSent),
        ["plate_solution_overlay_on_full_disabled"] = Timestamp(profile.PlateSolutionOverlayOnFullDisabled),
        ["post_count"] = profile.PostCount,
        ["premium_subscription"] = profile.PremiumSubscription,
        ["premium_subscription_expiration"] = profile.PremiumSubscriptionExpiration is { } expiration ? PythonValues.IsoFormat(expiration) : null,
        ["real_name"] = profile.RealName,
        ["received_likes_count"] = profile.ReceivedLikesCount,
        ["referral_code"] = profile.ReferralCode,
        ["resource_uri"] = $"/api/v1/userprofile/{profile.Id}/",
        // Hard-coded in dehydrate_timezone.
        ["timezone"] = "Etc/GMT",
        ["total_notifications_count"] = profile.TotalNotificationsCount,
        ["unread_notifications_count"] = profile.UnreadNotificationsCount,
        ["updated"] = Timestamp(profile.Updated),
        ["username"] = profile.Username,
        ["website"] = profile.Website,
    };

    private static string? Timestamp(DateTime? value) => value is { } time ? PythonValues.IsoFormat(time) : null;
}
