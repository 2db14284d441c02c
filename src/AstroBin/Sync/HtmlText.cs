using System.Text;

namespace AstroBin.Sync
{
    /// <summary>Text from the API made safe for an HTML page, in element content and in quoted attributes alike.</summary>
    /// <remarks>
    /// Not WebUtility.HtmlEncode: it passes control characters through and writes every Latin-1 letter as a numeric
    /// reference; here only the five markup characters change, so that the page stays readable UTF-8.
    /// </remarks>
    internal static class HtmlText
    {
        public static string Escape(string? text)
        {
            if (string.IsNullOrEmpty(text)) return string.Empty;
            var escaped = new StringBuilder(text!.Length + 16);
            foreach (var c in text)
            {
                switch (c)
                {
                    case '&': escaped.Append("&amp;"); break;
                    case '<': escaped.Append("&lt;"); break;
                    case '>': escaped.Append("&gt;"); break;
                    case '"': escaped.Append("&quot;"); break;
                    case '\'': escaped.Append("&#39;"); break;
                    // Control characters are parse errors in HTML; a visible replacement keeps the text honest.
                    case var control when char.IsControl(control) && control != '\t' && control != '\n' && control != '\r':
                        escaped.Append('\uFFFD');
                        break;
                    default: escaped.Append(c); break;
                }
            }
            return escaped.ToString();
        }
    }
}
