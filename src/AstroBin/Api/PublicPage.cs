using System;

namespace AstroBin.Api
{
    /// <summary>The addresses of AstroBin's public web pages (not the API), which a browser opens.</summary>
    public static class PublicPage
    {
        public const string Site = "https://www.astrobin.com/";

        /// <summary>An image's page: <c>https://www.astrobin.com/&lt;hash or number&gt;/</c>.</summary>
        public static string ForImage(string imageId) => Site + Uri.EscapeDataString(imageId) + "/";

        /// <summary>
        /// The image id at the start of a file address such as <c>https://www.astrobin.com/yx76x9/B/rawthumb/hd/</c>
        /// (any host: a mirror's too); null when the address has no such segment.
        /// </summary>
        public static string? ImageIdOf(string? fileAddress)
        {
            if (!Uri.TryCreate(fileAddress, UriKind.Absolute, out var address)) return null;
            var segments = address.AbsolutePath.Trim('/').Split('/');
            return segments.Length >= 3 && segments[2] == "rawthumb" && ImageId.TryParse(segments[0], out var id, out _) ? id : null;
        }

        /// <summary>A user's gallery: <c>https://www.astrobin.com/users/&lt;username&gt;/</c>.</summary>
        public static string ForUser(string username) => Site + "users/" + Uri.EscapeDataString(username) + "/";
    }
}
