using System.Globalization;

namespace AstroBin.Emulator.Data;

/// <summary>Realistic, unique AstroBin usernames (Django allows Unicode letters, digits and @.+-_; no spaces).</summary>
internal static class UsernameGenerator
{
    public static List<string> Generate(Random random, int count, IEnumerable<string> reserved)
    {
        // AstroBin treats usernames case-insensitively at sign-up, so uniqueness is checked that way.
        var taken = new HashSet<string>(reserved, StringComparer.OrdinalIgnoreCase);
        var names = new List<string>(count);
        while (names.Count < count)
        {
            var name = Compose(random);
            if (taken.Add(name))
            {
                names.Add(name);
            }
        }
        return names;
    }

    private static string Compose(Random random)
    {
        var first = random.Pick(Vocabulary.FirstNames);
        var last = random.Pick(Vocabulary.LastNames);
        var number = random.Next(1, 1000).ToString(CultureInfo.InvariantCulture);
        return random.Next(8) switch
        {
            0 => first + last,
            1 => Capitalize(first) + "_" + Capitalize(last),
            2 => first + "." + last,
            3 => random.Pick(Vocabulary.NickWords) + number,
            4 => "astro_" + first,
            5 => Capitalize(first) + number,
            6 => first + "_" + random.Pick(Vocabulary.NickWords),
            _ => Capitalize(first) + Capitalize(last)[..1],
        };
    }

    private static string Capitalize(string word) => char.ToUpperInvariant(word[0]) + word[1..];
}
