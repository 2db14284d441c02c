using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;

namespace AstroBin.Sync.Gallery
{
    /// <summary>
    /// The reference stars of the sky map: bright-stars.csv, embedded in the assembly (its header names the source,
    /// the Yale Bright Star Catalogue). Read once; never fetched.
    /// </summary>
    internal static class BrightStars
    {
        internal const string ResourceName = "AstroBin.Sync.Gallery.bright-stars.csv";

        private static readonly Lazy<IReadOnlyList<BrightStar>> All = new Lazy<IReadOnlyList<BrightStar>>(Load);

        public static IReadOnlyList<BrightStar> Catalogue => All.Value;

        private static IReadOnlyList<BrightStar> Load()
        {
            using var stream = typeof(BrightStars).Assembly.GetManifestResourceStream(ResourceName)
                ?? throw new InvalidOperationException("The module is incomplete: the resource '" + ResourceName + "' is missing. Reinstall the module.");
            using var reader = new StreamReader(stream, Encoding.UTF8);
            var stars = new List<BrightStar>();
            string? line;
            while ((line = reader.ReadLine()) != null)
            {
                if (line.Length == 0 || line[0] == '#') continue;
                var fields = line.Split(',');
                stars.Add(new BrightStar(fields[0], fields[1], Number(fields[2]), Number(fields[3]), Number(fields[4])));
            }
            return stars.OrderBy(star => star.Magnitude).ToList();
        }

        private static double Number(string text) => double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);
    }

    /// <summary>One star of <see cref="BrightStars"/>: name, Bayer designation, J2000 degrees, visual magnitude.</summary>
    internal sealed class BrightStar
    {
        public BrightStar(string name, string designation, double ra, double dec, double magnitude)
        {
            Name = name;
            Designation = designation;
            Ra = ra;
            Dec = dec;
            Magnitude = magnitude;
        }

        public string Name { get; }

        public string Designation { get; }

        public double Ra { get; }

        public double Dec { get; }

        public double Magnitude { get; }
    }
}
