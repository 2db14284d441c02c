using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace AstroBin.Commands.Completion
{
    /// <summary>
    /// The deep-sky objects -Subject completes: the whole Messier catalogue and the NGC/IC objects
    /// astrophotographers name most, written as AstroBin's plate solver writes them ("M 31", "NGC 7000").
    /// </summary>
    internal static class SkyObjects
    {
        private static readonly Dictionary<int, string> MessierNames = new Dictionary<int, string>
        {
            [1] = "Crab Nebula", [2] = "globular cluster in Aquarius", [3] = "globular cluster in Canes Venatici", [4] = "globular cluster in Scorpius",
            [5] = "globular cluster in Serpens", [6] = "Butterfly Cluster", [7] = "Ptolemy Cluster", [8] = "Lagoon Nebula", [11] = "Wild Duck Cluster",
            [13] = "Great Hercules Cluster", [16] = "Eagle Nebula", [17] = "Omega Nebula", [20] = "Trifid Nebula", [24] = "Sagittarius Star Cloud",
            [27] = "Dumbbell Nebula", [31] = "Andromeda Galaxy", [32] = "satellite of the Andromeda Galaxy", [33] = "Triangulum Galaxy",
            [42] = "Orion Nebula", [43] = "De Mairan's Nebula", [44] = "Beehive Cluster", [45] = "Pleiades", [51] = "Whirlpool Galaxy",
            [57] = "Ring Nebula", [63] = "Sunflower Galaxy", [64] = "Black Eye Galaxy", [76] = "Little Dumbbell Nebula", [78] = "reflection nebula in Orion",
            [81] = "Bode's Galaxy", [82] = "Cigar Galaxy", [83] = "Southern Pinwheel Galaxy", [87] = "Virgo A", [97] = "Owl Nebula",
            [101] = "Pinwheel Galaxy", [104] = "Sombrero Galaxy", [106] = "spiral galaxy in Canes Venatici", [110] = "satellite of the Andromeda Galaxy",
        };

        private static readonly (string Designation, string Name)[] NewGeneralCatalogue =
        {
            ("NGC 224", "Andromeda Galaxy"), ("NGC 253", "Sculptor Galaxy"), ("NGC 281", "Pacman Nebula"), ("NGC 869", "Double Cluster (h Persei)"),
            ("NGC 884", "Double Cluster (chi Persei)"), ("NGC 891", "edge-on galaxy in Andromeda"), ("NGC 1499", "California Nebula"),
            ("NGC 1976", "Orion Nebula"), ("NGC 2024", "Flame Nebula"), ("NGC 2237", "Rosette Nebula"), ("NGC 2264", "Cone Nebula"),
            ("NGC 2392", "Eskimo Nebula"), ("NGC 3372", "Carina Nebula"), ("NGC 4565", "Needle Galaxy"), ("NGC 5128", "Centaurus A"),
            ("NGC 6543", "Cat's Eye Nebula"), ("NGC 6888", "Crescent Nebula"), ("NGC 6960", "Western Veil Nebula"), ("NGC 6992", "Eastern Veil Nebula"),
            ("NGC 7000", "North America Nebula"), ("NGC 7293", "Helix Nebula"), ("NGC 7331", "Deer Lick Group galaxy"), ("NGC 7380", "Wizard Nebula"),
            ("NGC 7635", "Bubble Nebula"), ("IC 434", "Horsehead Nebula"), ("IC 405", "Flaming Star Nebula"), ("IC 1396", "Elephant's Trunk Nebula"),
            ("IC 1805", "Heart Nebula"), ("IC 1848", "Soul Nebula"), ("IC 5070", "Pelican Nebula"), ("IC 5146", "Cocoon Nebula"), ("IC 2118", "Witch Head Nebula"),
        };

        public static IEnumerable<(string Designation, string? Name)> All() =>
            Enumerable.Range(1, 110)
                .Select(number => ("M " + number.ToString(CultureInfo.InvariantCulture), MessierNames.TryGetValue(number, out var name) ? name : (string?)null))
                .Concat(NewGeneralCatalogue.Select(entry => (entry.Designation, (string?)entry.Name)));
    }
}
