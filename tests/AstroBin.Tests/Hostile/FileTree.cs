using System.Security.Cryptography;
using AstroBin.Files;
using AstroBin.Sync;
using Xunit;

namespace AstroBin.Tests.Hostile;

/// <summary>
/// Every entry below a folder as it is on disk: files by length and SHA-256, links by their target (never
/// followed), folders by name. Taken before and after a run against a hostile server, it proves that nothing
/// outside the backup changed and that nothing inside it that was not the run's own was lost.
/// </summary>
internal sealed class FileTree
{
    private FileTree(string root, SortedDictionary<string, string> entries)
    {
        Root = root;
        Entries = entries;
    }

    public string Root { get; }

    /// <summary>Relative path ('/' separators) → "file LENGTH SHA256", "link -> TARGET" or "folder".</summary>
    public SortedDictionary<string, string> Entries { get; }

    public static FileTree Take(string root)
    {
        var entries = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var entry in FileLinks.Below(root))
        {
            var relative = Path.GetRelativePath(root, entry.FullName).Replace('\\', '/');
            entries[relative] = FileLinks.IsLink(entry) ? "link -> " + entry.LinkTarget
                : entry is DirectoryInfo ? "folder"
                : "file " + ((FileInfo)entry).Length + " " + HashOrHeld(entry.FullName);
        }
        return new FileTree(root, entries);
    }

    /// <summary>A sync's lock file, held with no sharing by a run still going, cannot be read: it is recorded as held.</summary>
    private static string HashOrHeld(string path)
    {
        try
        {
            return Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(path)));
        }
        catch (IOException) when (Path.GetFileName(path) == SyncLayout.LockName)
        {
            return "held";
        }
    }

    /// <summary>
    /// Asserts that between <paramref name="before"/> and <paramref name="after"/> (both of the backup's parent)
    /// nothing outside <paramref name="backup"/> changed, and that every entry inside it that was there before and
    /// is not the run's own (<paramref name="ownBefore"/>: what the manifest claimed, the manifest, the gallery) is unchanged.
    /// </summary>
    public static void AssertUnharmed(FileTree before, FileTree after, string backup, ISet<string> ownBefore, string because)
    {
        var prefix = Path.GetRelativePath(before.Root, backup).Replace('\\', '/') + "/";
        foreach (var (path, state) in before.Entries)
        {
            var inside = path.StartsWith(prefix, StringComparison.Ordinal);
            if (inside && (ownBefore.Contains(path.Substring(prefix.Length)) || state == "folder")) continue;
            Assert.True(after.Entries.TryGetValue(path, out var now) && now == state,
                because + ": '" + path + "' (" + state + ") was " + (now == null ? "deleted" : "changed to " + now));
        }
        foreach (var (path, state) in after.Entries)
        {
            if (path.StartsWith(prefix, StringComparison.Ordinal) || path + "/" == prefix) continue;
            Assert.True(before.Entries.ContainsKey(path), because + ": '" + path + "' (" + state + ") appeared outside the backup");
        }
    }

    /// <summary>
    /// The run's own files in a backup (paths relative to it): what the manifest claims, the manifest, the gallery,
    /// temporaries, and whatever is in a (real, not linked) top-level image folder, which the layout gives to the module
    /// (a killed run's files are there before any manifest claims them).
    /// </summary>
    public static ISet<string> OwnFiles(string backup)
    {
        var own = new HashSet<string>(StringComparer.Ordinal) { SyncLayout.ManifestName, GalleryPage.FileName };
        if (!Directory.Exists(backup)) return own;
        if (File.Exists(Path.Combine(backup, SyncLayout.ManifestName)))
        {
            foreach (var image in SyncManifest.Load(backup).Images)
            {
                foreach (var file in image.Files) own.Add(file.Path);
            }
        }
        foreach (var entry in FileLinks.Below(backup))
        {
            var relative = Path.GetRelativePath(backup, entry.FullName).Replace('\\', '/');
            var top = relative.Split('/')[0];
            var inImageFolder = relative.Contains('/') && SyncLayout.ImageIdOfFolder(top) != null && !FileLinks.IsLink(Path.Combine(backup, top));
            if (inImageFolder || AtomicFile.IsTemporaryName(entry.Name)) own.Add(relative);
        }
        return own;
    }
}
