using System.Text.RegularExpressions;
using AstroBin.Input;

namespace AstroBin.Api
{
    /// <summary>
    /// What identifies an image: its hash (lowercase letters and digits, never all digits) or, for
    /// old images without a hash, its number. Also read from any address of an image (<see cref="SiteAddress"/>).
    /// </summary>
    public static class ImageId
    {
        private static readonly Regex Valid = new Regex("^[a-z0-9]{1,32}$", RegexOptions.CultureInvariant | RegexOptions.Compiled);

        /// <summary>Whether <paramref name="id"/> is an id as it is (a hash or a number; no URL): what may name a file or folder.</summary>
        public static bool IsValid(string? id) => id != null && Valid.IsMatch(id);

        public static bool TryParse(string? input, out string id, out string problem)
        {
            id = string.Empty;
            var text = input?.Trim() ?? string.Empty;
            if (text.Length == 0)
            {
                problem = "The image id is empty. Give an image hash such as 'yx76x9' (from its page URL), or the number of an old image.";
                return false;
            }
            if (SiteAddress.TryRead(text, out var reference, out var notImage))
            {
                if (reference?.Kind != ResourceKind.Image)
                {
                    problem = reference == null ? notImage : "'" + input + "' is " + reference.Described + ", not an image.";
                    return false;
                }
                text = reference.Key;
            }
            if (!Valid.IsMatch(text))
            {
                problem = "'" + input + "' is not an image id. An id is an image hash of lowercase letters and digits such as 'yx76x9', or the number of an old image such as 57782.";
                return false;
            }
            id = text;
            problem = string.Empty;
            return true;
        }
    }
}
