using System;
using System.IO;

namespace AstroBin.Sync
{
    /// <summary>
    /// Files that are either whole or absent: written under a hidden temporary name in the same folder,
    /// flushed to disk, then renamed over the target in one step, so that no moment exists without a
    /// complete file. The temporary names match what the image downloader uses (<c>.&lt;name&gt;.&lt;random&gt;.part</c>),
    /// so that one clean-up finds what a killed process left behind.
    /// </summary>
    public static class AtomicFile
    {
        public const string TemporaryPattern = ".*.part";

        public static void Write(string path, byte[] bytes)
        {
            var folder = Path.GetDirectoryName(path)!;
            var temporary = Path.Combine(folder, "." + Path.GetFileName(path) + "." + Guid.NewGuid().ToString("N").Substring(0, 8) + ".part");
            try
            {
                using (var file = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None))
                {
                    file.Write(bytes, 0, bytes.Length);
                    file.Flush(flushToDisk: true);
                }
                if (File.Exists(path)) File.Replace(temporary, path, null);
                else File.Move(temporary, path);
            }
            finally
            {
                if (File.Exists(temporary)) File.Delete(temporary);
            }
        }

        /// <summary>Deletes the temporary files a killed or crashed run left anywhere below <paramref name="root"/>.</summary>
        /// <returns>How many were deleted.</returns>
        public static int DeleteLeftovers(string root)
        {
            var count = 0;
            if (!Directory.Exists(root)) return count;
            foreach (var path in Directory.EnumerateFiles(root, TemporaryPattern, SearchOption.AllDirectories))
            {
                File.Delete(path);
                count++;
            }
            return count;
        }
    }
}
