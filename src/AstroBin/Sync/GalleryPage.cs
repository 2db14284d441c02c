using System;
using System.Collections.Generic;

namespace AstroBin.Sync
{
    /// <summary>The offline gallery of a synced folder: index.html at its top.</summary>
    public static class GalleryPage
    {
        public const string FileName = "index.html";

        /// <summary>Writes <see cref="FileName"/> in <paramref name="folder"/> atomically, newest upload first.</summary>
        public static void Write(string folder, IEnumerable<GalleryEntry> entries) =>
            throw new NotImplementedException("The gallery writer lands with the 'gallery' branch.");
    }
}
