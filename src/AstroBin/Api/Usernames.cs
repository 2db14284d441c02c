using System.Text.RegularExpressions;

namespace AstroBin.Api
{
    /// <summary>AstroBin's user names follow Django's rule: letters, digits and <c>@ . + - _</c>, nothing else.</summary>
    public static class Usernames
    {
        private static readonly Regex Valid = new Regex(@"^[\w.@+-]+$", RegexOptions.CultureInvariant | RegexOptions.Compiled);

        /// <summary>Whether <paramref name="name"/> (trimmed) could be a user name; a URL, a path or a sentence cannot.</summary>
        public static bool IsValid(string? name) => name != null && Valid.IsMatch(name.Trim());
    }
}
