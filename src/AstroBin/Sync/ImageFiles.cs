using System;
using System.Threading;
using System.Threading.Tasks;
using AstroBin.Api.Downloads;

namespace AstroBin.Sync
{
    /// <summary>
    /// The image-and-files step that Save-AstroBinImage and Sync-AstroBinImage share: one size of an image or
    /// revision into a folder, through the image downloader (limiter, retries, temporary name), a file that is
    /// there already left alone unless it is to be replaced (decided before any request), and only a whole image of
    /// an allowed type written (<see cref="ImageFileType"/>).
    /// </summary>
    public static class ImageFiles
    {
        /// <summary>The address of <paramref name="version"/>'s file of <paramref name="size"/>; null when it has none (no url_*).</summary>
        public static Uri? AddressOf(ImageVersion version, ImageSize size)
        {
            var address = version.UrlOf(size);
            return string.IsNullOrEmpty(address) || !Uri.TryCreate(address, UriKind.Absolute, out var url) ? null : url;
        }

        /// <param name="fileId">What names the file: the image's id, for a revision with its label.</param>
        /// <param name="overwrite">Replace a file that is there; else it is skipped without a request.</param>
        public static async Task<DownloadResult> SaveAsync(ImageDownloader downloader, Uri url, string folder, string fileId, ImageSize size, bool overwrite,
            Action<long>? onLength, Action<long>? onBytes, CancellationToken cancellationToken)
        {
            // The downloader refuses what is not a whole image of an allowed type before it replaces anything.
            return await downloader.DownloadAsync(url, folder, fileId, size, overwrite, onLength, onBytes, cancellationToken).ConfigureAwait(false);
        }
    }
}
