using System;
using System.Collections.Generic;
using System.Text;

namespace AstroBin.Api.Downloads
{
    /// <summary>
    /// The image types a downloaded file may be, and nothing else: the content type the server names picks one
    /// (its media type, without parameters), and the file's own bytes must then start as that type does (and, where
    /// the type has one, end with its end marker). A page, a script or an SVG sent as an image is never saved, so a
    /// gallery or a file manager never opens one as if it were a picture.
    /// </summary>
    public sealed class ImageFileType
    {
        /// <summary>How many leading bytes <see cref="StartsRight"/> looks at.</summary>
        public const int HeadLength = 12;

        /// <summary>How many trailing bytes <see cref="IsWhole"/> looks at.</summary>
        public const int TailLength = 12;

        public static readonly ImageFileType Jpeg = new ImageFileType("JPEG", "jpg", head => Starts(head, 0xFF, 0xD8, 0xFF), (head, tail, length) => Ends(tail, 0xFF, 0xD9));

        public static readonly ImageFileType Png = new ImageFileType("PNG", "png", head => Starts(head, 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A),
            // The IEND chunk: zero length, its type, and its fixed CRC.
            (head, tail, length) => Ends(tail, 0x00, 0x00, 0x00, 0x00, 0x49, 0x45, 0x4E, 0x44, 0xAE, 0x42, 0x60, 0x82));

        public static readonly ImageFileType Gif = new ImageFileType("GIF", "gif", head => Starts(head, Ascii("GIF87a")) || Starts(head, Ascii("GIF89a")), (head, tail, length) => Ends(tail, 0x3B));

        // RIFF, the length of what follows, WEBP: whole when that length is the file's.
        public static readonly ImageFileType WebP = new ImageFileType("WebP", "webp", head => Starts(head, Ascii("RIFF")) && head.Length >= 12 && head[8] == 'W' && head[9] == 'E' && head[10] == 'B' && head[11] == 'P',
            (head, tail, length) => 8L + BitConverter.ToUInt32(new[] { head[4], head[5], head[6], head[7] }, 0) == length);

        public static readonly ImageFileType Tiff = new ImageFileType("TIFF", "tif", head => Starts(head, 0x49, 0x49, 0x2A, 0x00) || Starts(head, 0x4D, 0x4D, 0x00, 0x2A), null);

        public static readonly ImageFileType Bmp = new ImageFileType("BMP", "bmp", head => Starts(head, Ascii("BM")), null);

        private static readonly IReadOnlyDictionary<string, ImageFileType> ByMediaType = new Dictionary<string, ImageFileType>(StringComparer.OrdinalIgnoreCase)
        {
            ["image/jpeg"] = Jpeg,
            ["image/jpg"] = Jpeg,
            ["image/pjpeg"] = Jpeg,
            ["image/png"] = Png,
            ["image/gif"] = Gif,
            ["image/webp"] = WebP,
            ["image/tiff"] = Tiff,
            ["image/bmp"] = Bmp,
            ["image/x-ms-bmp"] = Bmp,
        };

        private readonly Func<byte[], bool> _starts;
        private readonly Func<byte[], byte[], long, bool>? _whole;

        private ImageFileType(string name, string extension, Func<byte[], bool> starts, Func<byte[], byte[], long, bool>? whole)
        {
            Name = name;
            Extension = extension;
            _starts = starts;
            _whole = whole;
        }

        /// <summary>"PNG".</summary>
        public string Name { get; }

        /// <summary>"png": the file's extension, never the server's words.</summary>
        public string Extension { get; }

        /// <summary>The names of every type saved, for messages.</summary>
        public static string Allowed => "JPEG, PNG, GIF, WebP, TIFF or BMP";

        /// <summary>The type a Content-Type header names (its media type; parameters are ignored), or null when it is none of the allowed ones.</summary>
        public static ImageFileType? FromContentType(string? contentType)
        {
            if (string.IsNullOrWhiteSpace(contentType)) return null;
            var mediaType = contentType!.Split(';')[0].Trim();
            return ByMediaType.TryGetValue(mediaType, out var type) ? type : null;
        }

        /// <summary>Whether a file's first bytes (up to <see cref="HeadLength"/>) are this type's signature.</summary>
        public bool StartsRight(byte[] head) => _starts(head);

        /// <summary>Whether a file that starts right also ends as a whole file of this type does (types without an end marker: always).</summary>
        /// <param name="tail">The last bytes (up to <see cref="TailLength"/>).</param>
        public bool IsWhole(byte[] head, byte[] tail, long length) => _whole == null || _whole(head, tail, length);

        private static bool Starts(byte[] head, params byte[] signature)
        {
            if (head.Length < signature.Length) return false;
            for (var index = 0; index < signature.Length; index++)
            {
                if (head[index] != signature[index]) return false;
            }
            return true;
        }

        private static bool Ends(byte[] tail, params byte[] marker)
        {
            if (tail.Length < marker.Length) return false;
            var offset = tail.Length - marker.Length;
            for (var index = 0; index < marker.Length; index++)
            {
                if (tail[offset + index] != marker[index]) return false;
            }
            return true;
        }

        private static byte[] Ascii(string text) => Encoding.ASCII.GetBytes(text);
    }
}
