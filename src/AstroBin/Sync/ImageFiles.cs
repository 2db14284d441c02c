using System;
using AstroBin.Api.Downloads;

namespace AstroBin.Sync
{
    /// <summary>
    /// Where Save-AstroBinImage and Sync-AstroBinImage find an image's or revision's file of a size. Both then save it
    /// with the one <see cref="ImageDownloader"/> (limiter, retries, temporary name, an existing file skipped before any
    /// request, only a whole image of an allowed type written: <see cref="ImageFileType"/>).
    /// </summary>
    public static class ImageFiles
    {
        /// <summary>The address of <paramref name="version"/>'s file of <paramref name="size"/>; null when it has none (no url_*).</summary>
        public static Uri? AddressOf(ImageVersion version, ImageSize size)
        {
            var address = version.UrlOf(size);
            return string.IsNullOrEmpty(address) || !Uri.TryCreate(address, UriKind.Absolute, out var url) ? null : url;
        }
    }
}
