using System.Collections.Generic;
using System.IO;

namespace AstroBin.Files
{
    /// <summary>
    /// Symbolic links, junctions and other reparse points: the module never writes or deletes through one. A link
    /// inside a folder the module keeps may point anywhere (a user's other folder, a system one), so it is neither
    /// followed nor emptied; only its own name may be replaced.
    /// </summary>
    public static class FileLinks
    {
        public static bool IsLink(FileSystemInfo entry) => IsLink(entry.Attributes);

        /// <summary>Whether the file or folder at <paramref name="path"/> is itself a link (its target is not looked at).</summary>
        public static bool IsLink(string path) => IsLink(new FileInfo(path).Attributes);

        // -1: nothing there (a FileSystemInfo's attributes of a missing entry).
        private static bool IsLink(FileAttributes attributes) => (int)attributes != -1 && (attributes & FileAttributes.ReparsePoint) != 0;

        /// <summary>
        /// Every file and folder below <paramref name="folder"/>, without entering a linked folder; links are
        /// listed themselves (as the entry they are), so a caller can refuse or skip them.
        /// </summary>
        public static IEnumerable<FileSystemInfo> Below(string folder)
        {
            var folders = new Stack<DirectoryInfo>();
            folders.Push(new DirectoryInfo(folder));
            while (folders.Count > 0)
            {
                foreach (var entry in folders.Pop().EnumerateFileSystemInfos())
                {
                    yield return entry;
                    if (entry is DirectoryInfo child && !IsLink(child)) folders.Push(child);
                }
            }
        }

        /// <summary>The first link at or below <paramref name="folder"/>, or null when there is none (or no folder).</summary>
        public static string? FirstLinkIn(string folder)
        {
            if (IsLink(folder)) return folder;
            if (!Directory.Exists(folder)) return null;
            foreach (var entry in Below(folder))
            {
                if (IsLink(entry)) return entry.FullName;
            }
            return null;
        }
    }
}
