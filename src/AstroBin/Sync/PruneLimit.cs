using System;
using System.Globalization;

namespace AstroBin.Sync
{
    /// <summary>
    /// How many images one run may find gone from the set before it believes the list no more (-MaxPrune): a share
    /// of the folder's images ("10%") or a count ("25"). rsync's --max-delete, for a backup's only copy.
    /// </summary>
    public sealed class PruneLimit
    {
        /// <summary>The default: a tenth of the set.</summary>
        public const string Default = "10%";

        /// <summary>What -MaxPrune accepts.</summary>
        public const string Pattern = @"^\d{1,9}%?$";

        private PruneLimit(int value, bool percent)
        {
            Value = value;
            Percent = percent;
        }

        public int Value { get; }

        public bool Percent { get; }

        /// <exception cref="FormatException">Not a count nor a percentage.</exception>
        public static PruneLimit Parse(string text)
        {
            var percent = text.EndsWith("%", StringComparison.Ordinal);
            var number = int.Parse(percent ? text.Substring(0, text.Length - 1) : text, NumberStyles.None, CultureInfo.InvariantCulture);
            if (percent && number > 100) throw new FormatException("a share is at most 100%");
            return new PruneLimit(number, percent);
        }

        /// <summary>
        /// How many of <paramref name="folderSize"/> images may be gone at once. A share is rounded up, so that
        /// one image deleted on AstroBin from a small set still goes through (10% of 5 allows 1).
        /// </summary>
        public int Allowed(int folderSize) => Percent ? (int)Math.Ceiling(folderSize * (Value / 100.0)) : Value;

        public override string ToString() => Value.ToString(CultureInfo.InvariantCulture) + (Percent ? "%" : string.Empty);
    }
}
