using System;
using System.Text.RegularExpressions;

namespace AstroBin.Api
{
    /// <summary>
    /// Removes the API key and secret from any text before it leaves the client: URLs in messages,
    /// server bodies that echo them (the server repeats both in <c>meta.next</c>).
    /// </summary>
    public sealed class SecretRedactor
    {
        public const string Mask = "***";

        private static readonly Regex CredentialParameter = new Regex(
            @"(?<name>api_(?:key|secret)=)[^&#\s""'<]*",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);

        private readonly string[] _secrets;

        public SecretRedactor(ApiCredentials? credentials)
        {
            _secrets = credentials == null
                ? Array.Empty<string>()
                : new[] { credentials.ApiKey, credentials.ApiSecret, Uri.EscapeDataString(credentials.ApiKey), Uri.EscapeDataString(credentials.ApiSecret) };
        }

        public string Redact(string? text)
        {
            if (string.IsNullOrEmpty(text)) return text ?? string.Empty;
            var result = CredentialParameter.Replace(text, m => m.Groups["name"].Value + Mask);
            foreach (var secret in _secrets)
            {
                if (secret.Length > 0) result = result.Replace(secret, Mask);
            }
            return result;
        }
    }
}
