using System;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;

namespace AstroBin.Api
{
    /// <summary>
    /// Removes the API key and secret from any text before it leaves the client: URLs in messages,
    /// everything the server sent (bodies, reason phrases, content types), which may echo them (the
    /// real server and the emulator repeat both in <c>meta.next</c>; a hostile one may hide them).
    /// A copy is found whatever the case of its letters and however each character is written:
    /// as itself, percent-encoded (%61, either hex case), as a JSON escape (\u0061) or as an HTML/XML
    /// numeric entity (&amp;#97; &amp;#x61;), in any mix.
    /// </summary>
    public sealed class SecretRedactor
    {
        public const string Mask = "***";

        private static readonly Regex CredentialParameter = new Regex(
            @"(?<name>api_(?:key|secret)=)[^&#\s""'<\\]*",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);

        private readonly Regex? _secrets;

        public SecretRedactor(ApiCredentials? credentials)
        {
            if (credentials == null) return;
            var alternatives = new[] { credentials.ApiKey, credentials.ApiSecret }.Where(s => s.Length > 0).Select(AnySpelling);
            _secrets = new Regex(string.Join("|", alternatives), RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
        }

        public string Redact(string? text)
        {
            if (string.IsNullOrEmpty(text)) return text ?? string.Empty;
            var result = CredentialParameter.Replace(text, m => m.Groups["name"].Value + Mask);
            return _secrets == null ? result : _secrets.Replace(result, Mask);
        }

        /// <summary>A body with every copy masked; the same array when it holds none (no byte is re-encoded).</summary>
        public byte[] Redact(byte[] body)
        {
            if (body == null || body.Length == 0) return body ?? Array.Empty<byte>();
            var text = Encoding.UTF8.GetString(body);
            var redacted = Redact(text);
            return ReferenceEquals(redacted, text) || redacted == text ? body : Encoding.UTF8.GetBytes(redacted);
        }

        /// <summary>A pattern matching <paramref name="secret"/> with each character in any of its spellings.</summary>
        private static string AnySpelling(string secret)
        {
            var pattern = new StringBuilder();
            foreach (var c in secret)
            {
                var forms = new[] { char.ToLowerInvariant(c), char.ToUpperInvariant(c) }.Distinct()
                    .SelectMany(Spellings).Distinct();
                pattern.Append("(?:").Append(string.Join("|", forms)).Append(')');
            }
            return pattern.ToString();
        }

        // IgnoreCase covers the case of hex digits and of the 'x' and 'u' markers.
        private static string[] Spellings(char c)
        {
            var code = (int)c;
            var percent = string.Concat(Encoding.UTF8.GetBytes(c.ToString()).Select(b => "%" + b.ToString("X2", CultureInfo.InvariantCulture)));
            return new[]
            {
                Regex.Escape(c.ToString()),
                percent,
                @"\\u" + code.ToString("X4", CultureInfo.InvariantCulture),
                "&#0*" + code.ToString(CultureInfo.InvariantCulture) + ";",
                "&#x0*" + code.ToString("X", CultureInfo.InvariantCulture) + ";",
            };
        }
    }
}
