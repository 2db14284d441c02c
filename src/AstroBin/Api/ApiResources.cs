using System.Collections.Generic;

namespace AstroBin.Api
{
    /// <summary>The resources of AstroBin's API v1 (spec §1), each with what it holds.</summary>
    public static class ApiResources
    {
        public static IReadOnlyList<KeyValuePair<string, string>> All { get; } = new[]
        {
            new KeyValuePair<string, string>("image", "Images: by hash, or a filtered list"),
            new KeyValuePair<string, string>("imagerevision", "Image revisions, by number"),
            new KeyValuePair<string, string>("imageoftheday", "The Images of the Day, newest first"),
            new KeyValuePair<string, string>("toppick", "The top picks, newest first"),
            new KeyValuePair<string, string>("toppicknomination", "The top pick nominations, newest first"),
            new KeyValuePair<string, string>("collection", "Collections: by number, or by user and name"),
            new KeyValuePair<string, string>("userprofile", "User profiles: by number, or by user name"),
            new KeyValuePair<string, string>("location", "Locations, by number"),
        };
    }
}
