using System;

namespace AstroBin.Api
{
    /// <summary>The addresses of AstroBin's public web pages (not the API), which a browser opens.</summary>
    public static class PublicPage
    {
        public const string Site = "https://www.astrobin.com/";

        /// <summary>An image's page: <c>https://www.astrobin.com/&lt;hash or number&gt;/</c>.</summary>
        public static string ForImage(string imageId) => Site + Uri.EscapeDataString(imageId) + "/";

        /// <summary>A user's gallery: <c>https://www.astrobin.com/users/&lt;username&gt;/</c>.</summary>
        public static string ForUser(string username) => Site + "users/" + Uri.EscapeDataString(username) + "/";
    }
}
