using System.Text;

namespace AstroBin.Api.Queries
{
    /// <summary>
    /// A PowerShell wildcard pattern as an anchored regular expression for the server's <c>__iregex</c> lookups
    /// (PostgreSQL's): <c>*</c> any text, <c>?</c> one character, <c>[...]</c> a set, <c>`</c> takes the next
    /// character literally; every other character is literal, so a name holding regex characters cannot inject one.
    /// </summary>
    public static class WildcardRegex
    {
        private const string Special = @"\.^$|()[]{}+*?";

        public static string From(string pattern)
        {
            var regex = new StringBuilder("^");
            var inSet = false;
            for (var i = 0; i < pattern.Length; i++)
            {
                var c = pattern[i];
                if (c == '`' && i + 1 < pattern.Length)
                {
                    Literal(regex, pattern[++i]);
                }
                else if (inSet)
                {
                    if (c == ']') inSet = false;
                    if (c == '\\') regex.Append('\\');
                    regex.Append(c);
                }
                else if (c == '*') regex.Append(".*");
                else if (c == '?') regex.Append('.');
                else if (c == '[' && pattern.IndexOf(']', i + 1) > i + 1)
                {
                    inSet = true;
                    regex.Append('[');
                }
                else Literal(regex, c);
            }
            return regex.Append('$').ToString();
        }

        private static void Literal(StringBuilder regex, char c)
        {
            if (Special.IndexOf(c) >= 0) regex.Append('\\');
            regex.Append(c);
        }
    }
}
