using System;
using System.Security.Cryptography;
using System.Text;

namespace AstroBin.Api
{
    /// <summary>An AstroBin API key pair. AstroBin reads both only from the query string.</summary>
    public sealed class ApiCredentials
    {
        public ApiCredentials(string apiKey, string apiSecret)
        {
            if (string.IsNullOrWhiteSpace(apiKey)) throw new ArgumentException("The API key is empty.", nameof(apiKey));
            if (string.IsNullOrWhiteSpace(apiSecret)) throw new ArgumentException("The API secret is empty.", nameof(apiSecret));
            ApiKey = apiKey.Trim();
            ApiSecret = apiSecret.Trim();
        }

        public string ApiKey { get; }

        public string ApiSecret { get; }

        /// <summary>
        /// Tells key pairs apart without holding either in clear text: a hash of both, so that answers
        /// cached for one pair are never handed to another (a revoked key must meet its 401).
        /// </summary>
        internal string Fingerprint => _fingerprint ??= ComputeFingerprint(ApiKey, ApiSecret);

        private string? _fingerprint;

        private static string ComputeFingerprint(string key, string secret)
        {
            using var sha = SHA256.Create();
            var hash = sha.ComputeHash(Encoding.UTF8.GetBytes(key + "\n" + secret));
            return BitConverter.ToString(hash, 0, 16).Replace("-", string.Empty);
        }

        /// <summary>The key as it may be shown: its first and last four characters.</summary>
        public string MaskedKey => ApiKey.Length <= 8 ? new string('*', ApiKey.Length) : ApiKey.Substring(0, 4) + "…" + ApiKey.Substring(ApiKey.Length - 4);

        // A record's default ToString would print the secret; this one never does.
        public override string ToString() => "ApiCredentials(" + MaskedKey + ")";
    }
}
