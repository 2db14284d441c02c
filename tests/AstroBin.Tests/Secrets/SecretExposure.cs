using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using AstroBin.Emulator;

namespace AstroBin.Tests.Secrets;

/// <summary>
/// The attacker's reading of a text: decode whatever can be decoded (percent-encoding, JSON \u escapes,
/// HTML entities, in any order) and ignore case, then look for the key or the secret. Written apart
/// from the redactor, so that a gap in one is not the same gap in the other.
/// </summary>
public static class SecretExposure
{
    public const string Key = EmulatorOptions.DefaultApiKey;
    public const string Secret = EmulatorOptions.DefaultApiSecret;

    private static readonly Regex JsonEscape = new(@"\\u([0-9a-fA-F]{4})");

    public static void AssertNone(string text, string because = "")
    {
        foreach (var reading in Readings(text))
        {
            Assert.False(reading.Contains(Secret, StringComparison.OrdinalIgnoreCase), "The secret is readable in: " + Excerpt(reading, Secret) + " " + because);
            Assert.False(reading.Contains(Key, StringComparison.OrdinalIgnoreCase), "The key is readable in: " + Excerpt(reading, Key) + " " + because);
        }
    }

    private static IEnumerable<string> Readings(string text)
    {
        var decoders = new Func<string, string>[] { PercentDecode, WebUtility.HtmlDecode, JsonDecode };
        var seen = new HashSet<string> { text };
        var frontier = new List<string> { text };
        // Three rounds: any order of the three decodings.
        for (var round = 0; round < 3; round++)
        {
            var next = new List<string>();
            foreach (var reading in frontier)
            {
                foreach (var decode in decoders)
                {
                    var decoded = decode(reading);
                    if (seen.Add(decoded)) next.Add(decoded);
                }
            }
            frontier = next;
        }
        return seen;
    }

    private static string PercentDecode(string text)
    {
        try
        {
            return Uri.UnescapeDataString(text);
        }
        catch (UriFormatException)
        {
            return text;
        }
    }

    private static string JsonDecode(string text) =>
        JsonEscape.Replace(text, m => ((char)int.Parse(m.Groups[1].Value, NumberStyles.HexNumber, CultureInfo.InvariantCulture)).ToString());

    private static string Excerpt(string text, string secret)
    {
        var at = text.IndexOf(secret, StringComparison.OrdinalIgnoreCase);
        return text.Substring(Math.Max(0, at - 60), Math.Min(text.Length - Math.Max(0, at - 60), 160));
    }
}
