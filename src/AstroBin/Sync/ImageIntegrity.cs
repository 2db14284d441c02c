using System;
using System.IO;

namespace AstroBin.Sync
{
    /// <summary>
    /// Whether a downloaded PNG or JPEG is whole. A server or proxy that cuts a body short but announces the
    /// shorter length (or sends something else with an image type) passes every HTTP check; a backup must not
    /// keep such a file as if it were the image. Other types are taken as they come.
    /// </summary>
    public static class ImageIntegrity
    {
        private static readonly byte[] PngSignature = { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A };

        // The IEND chunk: zero length, type, and its fixed CRC.
        private static readonly byte[] PngEnd = { 0x00, 0x00, 0x00, 0x00, 0x49, 0x45, 0x4E, 0x44, 0xAE, 0x42, 0x60, 0x82 };

        /// <summary>False when the file is a PNG or JPEG (by extension) that does not start and end as one must.</summary>
        public static bool LooksWhole(string path)
        {
            var extension = Path.GetExtension(path).ToLowerInvariant();
            if (extension != ".png" && extension != ".jpg") return true;
            using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read);
            var head = Read(file, 0, 8);
            if (extension == ".png") return Same(head, PngSignature) && Same(Read(file, file.Length - PngEnd.Length, PngEnd.Length), PngEnd);
            var tail = Read(file, file.Length - 2, 2);
            return head.Length >= 2 && head[0] == 0xFF && head[1] == 0xD8 && tail.Length == 2 && tail[0] == 0xFF && tail[1] == 0xD9;
        }

        private static byte[] Read(Stream file, long offset, int count)
        {
            if (offset < 0 || file.Length < offset + count) return Array.Empty<byte>();
            file.Position = offset;
            var buffer = new byte[count];
            var done = 0;
            while (done < count)
            {
                var read = file.Read(buffer, done, count - done);
                if (read == 0) return Array.Empty<byte>();
                done += read;
            }
            return buffer;
        }

        private static bool Same(byte[] actual, byte[] expected)
        {
            if (actual.Length != expected.Length) return false;
            for (var index = 0; index < expected.Length; index++)
            {
                if (actual[index] != expected[index]) return false;
            }
            return true;
        }
    }
}
