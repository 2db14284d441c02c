using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;

namespace AstroBin.Api.Queries
{
    /// <summary>
    /// A subject as the server compares it: a catalogue designation written without its space is normalised
    /// ('M31' → 'M 31', 'ngc7000' → 'NGC 7000'), then any subject that contains it, ignoring case, matches.
    /// </summary>
    public static class SubjectName
    {
        // The server's subjects= normalises M and NGC only (spec §7.1); the Subjects list spells the other
        // catalogues of the advanced solver the same way ('IC 434'), so the module normalises those too.
        private static readonly Regex CatalogueNumber = new Regex(
            "^(M|NGC|IC|LDN|LBN|PGC|VDB)([0-9]+)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

        /// <summary>'M31' → 'M 31', 'NGC224abc' → 'NGC 224' (as the server, which drops what follows the digits); anything else trimmed.</summary>
        public static string Normalize(string value)
        {
            if (value == null) throw new ArgumentNullException(nameof(value));
            var trimmed = value.Trim();
            var match = CatalogueNumber.Match(trimmed);
            return match.Success ? match.Groups[1].Value.ToUpperInvariant() + " " + match.Groups[2].Value : trimmed;
        }

        /// <summary>Whether one of <paramref name="subjects"/> contains <paramref name="normalized"/>, ignoring case (the server's icontains).</summary>
        public static bool IsListedIn(IEnumerable<string> subjects, string normalized)
        {
            if (subjects == null) throw new ArgumentNullException(nameof(subjects));
            foreach (var subject in subjects)
            {
                if (subject != null && subject.IndexOf(normalized, StringComparison.OrdinalIgnoreCase) >= 0) return true;
            }
            return false;
        }
    }
}
