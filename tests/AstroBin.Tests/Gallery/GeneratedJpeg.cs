namespace AstroBin.Tests.Gallery;

/// <summary>
/// Real baseline JPEG files for the gallery's browser test, made here as the emulator makes its PNGs: each 8x8
/// block one flat colour (only DC coefficients, every AC run ends at once), 4:4:4 YCbCr, so that a page that
/// shows JPEG thumbnails is tested with bytes a real decoder must decode.
/// </summary>
internal static class GeneratedJpeg
{
    // ITU T.81 Annex K.3: the luminance DC table (code lengths 1..16, then categories 0..11).
    private static readonly byte[] DcCodeLengths = [0, 1, 5, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0];
    private static readonly byte[] DcSymbols = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11];

    public static byte[] Create(int width, int height, string seed)
    {
        var hue = (uint)seed.Aggregate(23, (hash, c) => hash * 31 + c);
        var (red, green, blue) = ((byte)hue, (byte)(hue >> 8), (byte)(hue >> 16));
        var (blocksX, blocksY) = ((width + 7) / 8, (height + 7) / 8);

        using var jpeg = new MemoryStream();
        jpeg.Write([0xFF, 0xD8]);
        WriteSegment(jpeg, 0xDB, [0x00, .. Enumerable.Repeat((byte)1, 64)]); // one quantization table of ones
        WriteSegment(jpeg, 0xC0, [8, (byte)(height >> 8), (byte)height, (byte)(width >> 8), (byte)width,
            3, 1, 0x11, 0, 2, 0x11, 0, 3, 0x11, 0]);
        WriteSegment(jpeg, 0xC4, [0x00, .. DcCodeLengths, .. DcSymbols]);
        // AC table: a single one-bit code, for the only symbol used: end of block.
        WriteSegment(jpeg, 0xC4, [0x10, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0x00]);
        WriteSegment(jpeg, 0xDA, [3, 1, 0x00, 2, 0x00, 3, 0x00, 0, 63, 0]);

        var dcCodes = CanonicalCodes(DcCodeLengths, DcSymbols);
        var bits = new BitWriter(jpeg);
        var previous = new int[3];
        for (var by = 0; by < blocksY; by++)
        {
            for (var bx = 0; bx < blocksX; bx++)
            {
                double r = red ^ (bx * 255 / Math.Max(1, blocksX - 1)), g = green ^ (by * 255 / Math.Max(1, blocksY - 1)), b = blue;
                double[] ycbcr =
                [
                    0.299 * r + 0.587 * g + 0.114 * b,
                    128 - 0.168736 * r - 0.331264 * g + 0.5 * b,
                    128 + 0.5 * r - 0.418688 * g - 0.081312 * b,
                ];
                for (var component = 0; component < 3; component++)
                {
                    // A flat block's DC coefficient is 8 x (value - 128).
                    var dc = (int)Math.Round((ycbcr[component] - 128) * 8);
                    var difference = dc - previous[component];
                    previous[component] = dc;
                    var category = difference == 0 ? 0 : 32 - int.LeadingZeroCount(Math.Abs(difference));
                    var (code, length) = dcCodes[category];
                    bits.Write(code, length);
                    bits.Write(difference < 0 ? difference + (1 << category) - 1 : difference, category);
                    bits.Write(0, 1); // end of block
                }
            }
        }
        bits.Flush();
        jpeg.Write([0xFF, 0xD9]);
        return jpeg.ToArray();
    }

    private static void WriteSegment(Stream stream, byte marker, byte[] data)
    {
        stream.Write([0xFF, marker, (byte)((data.Length + 2) >> 8), (byte)(data.Length + 2)]);
        stream.Write(data);
    }

    private static Dictionary<int, (int Code, int Length)> CanonicalCodes(byte[] lengths, byte[] symbols)
    {
        var codes = new Dictionary<int, (int, int)>();
        var (code, next) = (0, 0);
        for (var length = 1; length <= 16; length++, code <<= 1)
            for (var i = 0; i < lengths[length - 1]; i++) codes[symbols[next++]] = (code++, length);
        return codes;
    }

    /// <summary>The entropy-coded segment: bits from the top, a 0x00 stuffed after every 0xFF, padded with ones.</summary>
    private sealed class BitWriter(Stream stream)
    {
        private int buffer;
        private int count;

        public void Write(int value, int length)
        {
            for (var bit = length - 1; bit >= 0; bit--)
            {
                buffer = (buffer << 1) | ((value >> bit) & 1);
                if (++count == 8) Emit();
            }
        }

        public void Flush()
        {
            while (count != 0) Write(1, 1);
        }

        private void Emit()
        {
            stream.WriteByte((byte)buffer);
            if (buffer == 0xFF) stream.WriteByte(0);
            (buffer, count) = (0, 0);
        }
    }
}
