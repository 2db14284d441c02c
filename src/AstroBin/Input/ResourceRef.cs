using System;
using System.Collections.Generic;

namespace AstroBin.Input
{
    /// <summary>
    /// What an address or API path names: one record of one kind, by the key the site uses for it (an image's hash
    /// or number, a user's name or profile number, another resource's number), and how to say what it was.
    /// </summary>
    public sealed class ResourceRef
    {
        private static readonly Dictionary<string, ResourceKind> ApiResources = new Dictionary<string, ResourceKind>(StringComparer.Ordinal)
        {
            ["image"] = ResourceKind.Image,
            ["imagerevision"] = ResourceKind.ImageRevision,
            ["userprofile"] = ResourceKind.User,
            ["location"] = ResourceKind.Location,
            ["collection"] = ResourceKind.Collection,
            ["imageoftheday"] = ResourceKind.ImageOfTheDay,
            ["toppick"] = ResourceKind.TopPick,
            ["toppicknomination"] = ResourceKind.TopPickNomination,
        };

        public ResourceRef(ResourceKind kind, string key, bool byNumber, string described, string? label = null)
        {
            Kind = kind;
            Key = key;
            ByNumber = byNumber;
            Described = described;
            Label = label;
        }

        public ResourceKind Kind { get; }

        /// <summary>The hash, user name or number that names the record.</summary>
        public string Key { get; }

        /// <summary>Whether <see cref="Key"/> is the record's number (an API path's last segment, a profile number).</summary>
        public bool ByNumber { get; }

        /// <summary>An image revision's label from a page address ('B'; '0' is the original), else null.</summary>
        public string? Label { get; }

        /// <summary>What the input was understood to be, for messages: "the page of image 'yx76x9'", "a user page (user 'crgood2')".</summary>
        public string Described { get; }

        /// <summary>The record's number, when it is named by one.</summary>
        public int? Number => ByNumber && int.TryParse(Key, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) && n > 0 ? n : (int?)null;

        /// <summary>The kind an API resource name stands for (<c>imagerevision</c>), or null for a resource no cmdlet reads.</summary>
        public static ResourceKind? KindOfApiResource(string resource) => ApiResources.TryGetValue(resource, out var kind) ? kind : (ResourceKind?)null;

        /// <summary>"an image", "a user", ... for messages.</summary>
        public static string Noun(ResourceKind kind) => kind switch
        {
            ResourceKind.Image => "an image",
            ResourceKind.ImageRevision => "an image revision",
            ResourceKind.User => "a user",
            ResourceKind.Location => "a location",
            ResourceKind.Collection => "a collection",
            ResourceKind.ImageOfTheDay => "an Image of the Day",
            ResourceKind.TopPick => "a top pick",
            _ => "a top pick nomination",
        };
    }
}
