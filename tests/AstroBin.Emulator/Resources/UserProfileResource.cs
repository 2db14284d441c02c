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
        Fields = new Dictionary<string, ApiField>
        {
            ["id"] = ApiField.Integer, ["username"] = ApiField.String, ["real_name"] = ApiField.String.OrNull,
            ["website"] = ApiField.String.OrNull, ["job"] = ApiField.String.OrNull, ["hobbies"] = ApiField.String.OrNull,
            ["language"] = ApiField.String.OrNull, ["referral_code"] = ApiField.String.OrNull, ["about"] = ApiField.String.OrNull,
            ["avatar"] = ApiField.String, ["date_joined"] = ApiField.DateTime, ["last_login"] = ApiField.DateTime.OrNull,
            ["last_seen"] = ApiField.DateTime.OrNull, ["updated"] = ApiField.DateTime.OrNull,
            ["banned_from_competitions"] = ApiField.DateTime.OrNull,
            ["plate_solution_overlay_on_full_disabled"] = ApiField.DateTime.OrNull,
            ["never_activated_account_reminder_sent"] = ApiField.DateTime.OrNull, ["timezone"] = ApiField.String,
            ["image_count"] = ApiField.Integer, ["received_likes_count"] = ApiField.Integer,
            ["followers_count"] = ApiField.Integer, ["following_count"] = ApiField.Integer,
            ["total_notifications_count"] = ApiField.Integer, ["unread_notifications_count"] = ApiField.Integer,
            ["post_count"] = ApiField.Integer, ["premium_subscription"] = ApiField.String.OrNull,
            ["premium_subscription_expiration"] = ApiField.Date.OrNull, ["allow_astronomy_ads"] = ApiField.Boolean,
            ["allow_retailer_integration"] = ApiField.Boolean, ["display_wip_images_on_public_gallery"] = ApiField.Boolean.OrNull,
            ["astrobin_index_bonus"] = ApiField.Integer.OrNull, ["delete_reason"] = ApiField.String.OrNull,
            ["delete_reason_other"] = ApiField.String.OrNull, ["resource_uri"] = ApiField.ResourceUri,
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
        OtherFiltering = new Dictionary<string, FilterLookups> { [UsernameKey] = FilterLookups.All },
        Ordering = new Dictionary<string, Column<UserProfileRow>>(),
        UnmatchedOrdering = ["-date_joined"],
    };

    public string Name => "userprofile";

    IResourceSchema IApiResource.Schema => Schema;

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
