using System;
using System.Security.Cryptography;
using System.Text;

namespace AstroBin.Api
{
    /// <summary>
    /// An AstroBin API key pair. AstroBin reads both only from the query string. AstroBin issues each as
    /// 40 lowercase hexadecimal characters, and nothing else is taken: a short or odd "secret" would be
    /// masked wherever its characters happen to occur, garbling output and revealing it.
    /// </summary>
    public sealed class ApiCredentials
    {
        public const int Length = 40;

        /// <summary>What a key and a secret look like and where they come from, for error messages.</summary>
        public const string FormatAdvice = "AstroBin issues the API key and the API secret as 40 lowercase hexadecimal characters each (0-9, a-f), "
            + "such as 9a3c5e7f0b1d2c4e6a8f0b2d4c6e8a0f1b3d5c7e; copy both from https://www.astrobin.com/api/request-key/.";

        /// <exception cref="ArgumentException">Either is not 40 lowercase hexadecimal characters (surrounding blanks aside).</exception>
        public ApiCredentials(string apiKey, string apiSecret)
        {
            var keyProblem = Problem("API key", apiKey);
            if (keyProblem != null) throw new ArgumentException(keyProblem, nameof(apiKey));
            var secretProblem = Problem("API secret", apiSecret);
            if (secretProblem != null) throw new ArgumentException(secretProblem, nameof(apiSecret));
            ApiKey = apiKey.Trim();
            ApiSecret = apiSecret.Trim();
        }

        /// <summary>The pair, or null with the reason (which never quotes either value).</summary>
        public static ApiCredentials? TryCreate(string? apiKey, string? apiSecret, out string? problem)
        {
            problem = Problem("API key", apiKey) ?? Problem("API secret", apiSecret);
            return problem == null ? new ApiCredentials(apiKey!, apiSecret!) : null;
        }

        // The value is never quoted: a secret pasted into the key's place must not be echoed.
        private static string? Problem(string what, string? value)
        {
            var trimmed = value?.Trim() ?? string.Empty;
            if (trimmed.Length == 0) return "The " + what + " is empty. " + FormatAdvice;
            if (trimmed.Length != Length) return "The " + what + " has " + trimmed.Length + " characters, not " + Length + ". " + FormatAdvice;
            foreach (var c in trimmed)
            {
                if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) return "The " + what + " holds characters other than 0-9 and a-f. " + FormatAdvice;
            }
            return null;
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
        public string MaskedKey => ApiKey.Substring(0, 4) + "…" + ApiKey.Substring(ApiKey.Length - 4);

        // A record's default ToString would print the secret; this one never does.
        public override string ToString() => "ApiCredentials(" + MaskedKey + ")";
    }
}
