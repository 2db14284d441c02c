using System;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;

namespace AstroBin.Api
{
    /// <summary>
    /// Removes the API key and secret from any text before it leaves the client: URLs in messages,
    /// everything the server sent (bodies, reason phrases, content types), which may echo them (the
    /// real server and the emulator repeat both in <c>meta.next</c>; a hostile one may hide them).
    /// A copy is found whatever the case of its letters and however each character is written: as
    /// itself, percent-encoded (%61, either hex case), as a JSON escape (\u0061) or as an HTML/XML
    /// numeric entity (&amp;#97; &amp;#x61;), in any mix.
    /// </summary>
    public sealed class SecretRedactor
    {
        public const string Mask = "***";

        private static readonly Regex CredentialParameter = new Regex(
            @"(?<name>api_(?:key|secret)=)[^&#\s""'<\\]*",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);

        // Lower-cased: both are 40 lowercase hexadecimal characters (ApiCredentials refuses anything else).
        private readonly string[] _secrets;

        // Where a copy can start: the first character of either value in either case, or an escape's first character.
        private readonly char[] _starts;

        public SecretRedactor(ApiCredentials? credentials)
        {
            _secrets = credentials == null ? Array.Empty<string>() : new[] { credentials.ApiKey.ToLowerInvariant(), credentials.ApiSecret.ToLowerInvariant() };
            _starts = _secrets.SelectMany(s => new[] { s[0], char.ToUpperInvariant(s[0]) }).Concat(new[] { '%', '\\', '&' }).Distinct().ToArray();
        }

        public string Redact(string? text)
        {
            if (string.IsNullOrEmpty(text)) return text ?? string.Empty;
            return MaskCopies(CredentialParameter.Replace(text, m => m.Groups["name"].Value + Mask));
        }

        /// <summary>A body with every copy masked; the same array when it holds none (no byte is re-encoded).</summary>
        public byte[] Redact(byte[] body)
        {
            if (body == null || body.Length == 0) return body ?? Array.Empty<byte>();
            var text = Encoding.UTF8.GetString(body);
            var redacted = Redact(text);
            return ReferenceEquals(redacted, text) || redacted == text ? body : Encoding.UTF8.GetBytes(redacted);
        }

        // One pass, no backtracking: each spelling of a character starts with a character no other spelling starts with.
        private string MaskCopies(string text)
        {
            if (_secrets.Length == 0) return text;
            StringBuilder? result = null;
            var copied = 0;
            var at = text.IndexOfAny(_starts);
            while (at >= 0)
            {
                var end = -1;
                foreach (var secret in _secrets)
                {
                    end = MatchEnd(text, at, secret);
                    if (end >= 0) break;
                }
                if (end < 0)
                {
                    at = at + 1 < text.Length ? text.IndexOfAny(_starts, at + 1) : -1;
                    continue;
                }
                result ??= new StringBuilder(text.Length);
                result.Append(text, copied, at - copied).Append(Mask);
                copied = end;
                at = end < text.Length ? text.IndexOfAny(_starts, end) : -1;
            }
            return result == null ? text : result.Append(text, copied, text.Length - copied).ToString();
        }

        /// <summary>Where a copy of <paramref name="secret"/> starting at <paramref name="start"/> ends, or -1.</summary>
        private static int MatchEnd(string text, int start, string secret)
        {
            var position = start;
            foreach (var expected in secret)
            {
                if (position >= text.Length) return -1;
                var (value, length) = ReadCharacter(text, position);
                if (length == 0 || char.ToLowerInvariant(value) != expected) return -1;
                position += length;
            }
            return position;
        }

        /// <summary>The character written at <paramref name="position"/> in any of the spellings, and how long that spelling is (0: none).</summary>
        private static (char Value, int Length) ReadCharacter(string text, int position)
        {
            var c = text[position];
            if (c == '%') return TryHex(text, position + 1, 2, out var code) ? ((char)code, 3) : (c, 1);
            if (c == '\\' && position + 1 < text.Length && (text[position + 1] == 'u' || text[position + 1] == 'U'))
            {
                return TryHex(text, position + 2, 4, out var code) ? ((char)code, 6) : (c, 1);
            }
            if (c == '&' && position + 1 < text.Length && text[position + 1] == '#') return ReadEntity(text, position);
            return (c, 1);
        }

        // &#97; or &#x61; (leading zeros allowed, at most 8 digits).
        private static (char Value, int Length) ReadEntity(string text, int position)
        {
            var digitsAt = position + 2;
            var hex = digitsAt < text.Length && (text[digitsAt] == 'x' || text[digitsAt] == 'X');
            if (hex) digitsAt++;
            var code = 0;
            var i = digitsAt;
            while (i < text.Length && i - digitsAt < 8)
            {
                var digit = hex ? HexValue(text[i]) : (text[i] >= '0' && text[i] <= '9' ? text[i] - '0' : -1);
                if (digit < 0) break;
                code = code * (hex ? 16 : 10) + digit;
                i++;
            }
            if (i == digitsAt || i >= text.Length || text[i] != ';' || code > char.MaxValue) return ('&', 1);
            return ((char)code, i + 1 - position);
        }

        private static bool TryHex(string text, int start, int digits, out int value)
        {
            value = 0;
            if (start + digits > text.Length) return false;
            for (var i = start; i < start + digits; i++)
            {
                var digit = HexValue(text[i]);
                if (digit < 0) return false;
                value = value * 16 + digit;
            }
            return true;
        }

        private static int HexValue(char c) =>
            c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
    }
}
