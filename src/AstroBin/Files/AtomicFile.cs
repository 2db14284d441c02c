using System;
using System.Collections.Generic;
using System.IO;
using System.Text.RegularExpressions;

namespace AstroBin.Files
{
    /// <summary>
    /// The one way the module replaces a file (downloads, sync records and manifest, the gallery, the saved key):
    /// written under a hidden temporary name in the same folder, flushed to disk, then renamed over the target in
    /// one step, so that no moment exists without a complete file, and the old one is never deleted first. The
    /// temporary names (<c>.&lt;name&gt;.&lt;8 hex&gt;.part</c>) are what <see cref="DeleteLeftovers"/> looks for, and
    /// nothing else. A target that is a symbolic link is replaced by the file, never written through.
    /// </summary>
    public static class AtomicFile
    {
        // The random part is exactly 8 lowercase hex digits: a user's own ".notes.part" is never taken for ours.
        private static readonly Regex TemporaryName = new Regex(@"^\..+\.[0-9a-f]{8}\.part$", RegexOptions.CultureInvariant);

        // What 0.2.0's gallery wrote as its temporary name, at the top of a synced folder only.
        private const string OldGalleryTemporary = "index.html.tmp";

        /// <summary>Writes <paramref name="bytes"/> to <paramref name="path"/> atomically.</summary>
        /// <param name="prepare">Called with the temporary file's path before any byte is written (to restrict its permissions).</param>
        public static void Write(string path, byte[] bytes, Action<string>? prepare = null)
        {
            using var file = Create(path, useAsync: false);
            prepare?.Invoke(file.TemporaryPath);
            file.Stream.Write(bytes, 0, bytes.Length);
            file.Commit();
        }

        /// <summary>
        /// Opens a temporary file beside <paramref name="path"/> to stream into; <see cref="PendingFile.Commit"/>
        /// renames it over the target, and disposing without a commit deletes it.
        /// </summary>
        public static PendingFile Create(string path, bool useAsync)
        {
            var full = Path.GetFullPath(path);
            var folder = Path.GetDirectoryName(full)!;
            var temporary = Path.Combine(folder, "." + Path.GetFileName(full) + "." + Guid.NewGuid().ToString("N").Substring(0, 8) + ".part");
            // CreateNew: never opens what is already there, a link included.
            var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, useAsync);
            return new PendingFile(full, temporary, stream);
        }

        /// <summary>Whether <paramref name="name"/> (a file name, no folder) is one of the temporary names this class makes.</summary>
        public static bool IsTemporaryName(string name) => TemporaryName.IsMatch(name);

        /// <summary>
        /// Deletes the temporary files a killed or crashed run left below <paramref name="root"/>: only names this
        /// class makes (and 0.2.0's gallery temporary at the top), never inside a linked folder.
        /// </summary>
        /// <returns>How many were deleted.</returns>
        public static int DeleteLeftovers(string root)
        {
            var count = 0;
            // The root itself may be a link: the user chose it.
            if (!Directory.Exists(root)) return count;
            var old = new FileInfo(Path.Combine(root, OldGalleryTemporary));
            if (old.Exists && !FileLinks.IsLink(old))
            {
                old.Delete();
                count++;
            }
            var folders = new Stack<DirectoryInfo>();
            folders.Push(new DirectoryInfo(root));
            while (folders.Count > 0)
            {
                foreach (var entry in folders.Pop().EnumerateFileSystemInfos())
                {
                    if (FileLinks.IsLink(entry)) continue;
                    if (entry is DirectoryInfo folder) folders.Push(folder);
                    else if (IsTemporaryName(entry.Name))
                    {
                        entry.Delete();
                        count++;
                    }
                }
            }
            return count;
        }

        /// <summary>A temporary file being written; renamed over its target by <see cref="Commit"/>, deleted otherwise.</summary>
        public sealed class PendingFile : IDisposable
        {
            private readonly FileStream _stream;
            private bool _committed;

            internal PendingFile(string path, string temporaryPath, FileStream stream)
            {
                Path = path;
                TemporaryPath = temporaryPath;
                _stream = stream;
            }

            /// <summary>The file it replaces when committed (full path).</summary>
            public string Path { get; }

            public string TemporaryPath { get; }

            public Stream Stream => _stream;

            /// <summary>Flushes the temporary file to disk and renames it over <see cref="Path"/> in one step.</summary>
            public void Commit()
            {
                _stream.Flush(flushToDisk: true);
                _stream.Dispose();
                // Replace renames over the target (a link there is replaced, not followed); Move only where there is none.
                if (File.Exists(Path) || FileLinks.IsLink(new FileInfo(Path))) File.Replace(TemporaryPath, Path, null);
                else File.Move(TemporaryPath, Path);
                _committed = true;
            }

            public void Dispose()
            {
                _stream.Dispose();
                if (!_committed && File.Exists(TemporaryPath)) File.Delete(TemporaryPath);
            }
        }
    }
}
