using System.Text;

namespace AstroBin.Emulator.Tastypie;

/// <summary>The two halves of Python's urllib the paginator depends on: unquote_plus and quote_plus.</summary>
internal static class PythonUrl
{
    /// <summary>urllib.parse.unquote_plus: '+' is a space, %XX bytes are UTF-8 (invalid → U+FFFD), a stray '%' stays.</summary>
    public static string UnquotePlus(string text)
    {
        if (text.IndexOf('%') < 0)
        {
            return text.Replace('+', ' ');
        }
        var result = new StringBuilder(text.Length);
        var bytes = new List<byte>();
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '%' && i + 2 < text.Length && Uri.IsHexDigit(text[i + 1]) && Uri.IsHexDigit(text[i + 2]))
            {
                bytes.Add(Convert.ToByte(text.Substring(i + 1, 2), 16));
                i += 2;
                continue;
            }
            Flush(result, bytes);
            result.Append(c == '+' ? ' ' : c);
        }
        Flush(result, bytes);
        return result.ToString();
    }

    private static void Flush(StringBuilder result, List<byte> bytes)
    {
        if (bytes.Count > 0)
        {
            result.Append(Encoding.UTF8.GetString(bytes.ToArray()));
            bytes.Clear();
        }
    }

    /// <summary>urllib.parse.quote_plus with the default safe set: only A-Z a-z 0-9 _ . - ~ stay, space → '+'.</summary>
    public static string QuotePlus(string text)
    {
        var result = new StringBuilder(text.Length);
        foreach (var b in Encoding.UTF8.GetBytes(text))
        {
            var c = (char)b;
            if (char.IsAsciiLetterOrDigit(c) || c is '_' or '.' or '-' or '~')
            {
                result.Append(c);
            }
            else if (c == ' ')
            {
                result.Append('+');
            }
            else
            {
                result.Append('%').Append(b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
            }
        }
        return result.ToString();
    }
}
