using System;
using System.IO;
using System.Security.Cryptography;

namespace AstroBin.Sync
{
    /// <summary>One file of a synced folder as the manifest records it: what it is and where it came from.</summary>
    public sealed class ManifestFile
    {
        public ManifestFile(string path, long bytes, string sha256, string source, ImageSize? size, bool damaged = false)
        {
            Path = path;
            Bytes = bytes;
            Sha256 = sha256;
            Source = source;
            Size = size;
            Damaged = damaged;
        }

        /// <summary>Relative to the synced folder, '/' separators.</summary>
        public string Path { get; }

        public long Bytes { get; }

        /// <summary>Lowercase hex.</summary>
        public string Sha256 { get; }

        /// <summary>The address it was fetched from: an API record's URL (no key pair), or the url_* address of a file.</summary>
        public string Source { get; }

        /// <summary>The image size of a picture file; null for a record.</summary>
        public ImageSize? Size { get; }

        /// <summary>
        /// Found missing or changed by a verification: the manifest no longer vouches for what is on disk,
        /// and the next sync fetches it again from <see cref="Source"/>.
        /// </summary>
        public bool Damaged { get; }

        public ManifestFile AsDamaged() => new ManifestFile(Path, Bytes, Sha256, Source, Size, damaged: true);

        /// <summary>The same file at another path (its folder moved).</summary>
        public ManifestFile At(string path) => new ManifestFile(path, Bytes, Sha256, Source, Size, Damaged);

        /// <summary>Reads a file that was just written and records its length and hash.</summary>
        public static ManifestFile Read(string root, string fullPath, string source, ImageSize? size)
        {
            using var stream = new FileStream(fullPath, FileMode.Open, FileAccess.Read, FileShare.Read);
            using var sha = SHA256.Create();
            var hash = sha.ComputeHash(stream);
            return new ManifestFile(SyncLayout.Relative(root, fullPath), stream.Length, Hex(hash), source, size);
        }

        /// <summary>Whether the file on disk is this one: same length and, with <paramref name="hash"/>, same SHA-256.</summary>
        public FileCheck Check(string root, bool hash)
        {
            var full = SyncLayout.Full(root, Path);
            var info = new FileInfo(full);
            if (!info.Exists) return FileCheck.Missing;
            if (info.Length != Bytes) return FileCheck.Changed;
            if (!hash) return FileCheck.Intact;
            using var stream = new FileStream(full, FileMode.Open, FileAccess.Read, FileShare.Read);
            using var sha = SHA256.Create();
            return Hex(sha.ComputeHash(stream)) == Sha256 ? FileCheck.Intact : FileCheck.Changed;
        }

        private static string Hex(byte[] bytes) => BitConverter.ToString(bytes).Replace("-", string.Empty).ToLowerInvariant();
    }

    /// <summary>How a file on disk compares with its manifest record.</summary>
    [Newtonsoft.Json.JsonConverter(typeof(Newtonsoft.Json.Converters.StringEnumConverter))]
    public enum FileCheck
    {
        Intact,
        Missing,
        Changed,
    }
}
