using System;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace AstroBin.Sync.Gallery
{
    /// <summary>
    /// An AstroBin description (BBCode, or legacy HTML for old images) as gallery markup that is text: the tags are
    /// dropped (their words kept, a link's address written after its words), line breaks kept, and only an http(s)
    /// address becomes a live link. Nothing of the description can become an element, attribute or script.
    /// </summary>
    internal static class DescriptionText
    {
        private static readonly TimeSpan Patience = TimeSpan.FromSeconds(1);

        // [url=ADDRESS]words[/url] and <a href="ADDRESS">words</a>: the address is kept as text after the words,
        // so that the reader still sees where it pointed (and an http(s) one is linked below).
        private static readonly Regex BbCodeLink = new Regex(@"\[url=([^\]]*)\](.*?)\[/url\]", RegexOptions.IgnoreCase | RegexOptions.Singleline | RegexOptions.CultureInvariant, Patience);
        private static readonly Regex BbCodeBareLink = new Regex(@"\[url\](.*?)\[/url\]", RegexOptions.IgnoreCase | RegexOptions.Singleline | RegexOptions.CultureInvariant, Patience);
        private static readonly Regex HtmlLink = new Regex(@"<a\s[^>]*?href\s*=\s*[""']?([^""'\s>]*)[^>]*>(.*?)</a\s*>", RegexOptions.IgnoreCase | RegexOptions.Singleline | RegexOptions.CultureInvariant, Patience);
        // What a browser never shows as words: the body of a script or style element.
        private static readonly Regex HiddenElement = new Regex(@"<(script|style)\b[^>]*>.*?</\1\s*>", RegexOptions.IgnoreCase | RegexOptions.Singleline | RegexOptions.CultureInvariant, Patience);
        private static readonly Regex LineBreakTags = new Regex(@"<br\s*/?>|</p\s*>|</div\s*>|</li\s*>|\[/?list(=[^\]]*)?\]", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, Patience);
        private static readonly Regex ListItem = new Regex(@"\[\*\]|<li(\s[^>]*)?>", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, Patience);
        private static readonly Regex HtmlTag = new Regex(@"</?[a-zA-Z][^>]*>|<!--.*?-->", RegexOptions.Singleline | RegexOptions.CultureInvariant, Patience);
        private static readonly Regex BbCodeTag = new Regex(@"\[/?(b|i|u|s|quote|center|left|right|size|color|colour|font|img|code|spoiler|sup|sub|hr|h\d|p|table|tr|td|th)(=[^\]]*)?\]", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, Patience);
        private static readonly Regex ManyBlankLines = new Regex(@"\n{3,}", RegexOptions.CultureInvariant, Patience);

        // An address ends at white space, a quote, a bracket or an angle bracket; trailing punctuation is the sentence's.
        private static readonly Regex WebAddress = new Regex(@"\bhttps?://[^\s<>""'\[\]()]+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, Patience);

        /// <summary>The description as escaped text with '\n' line breaks (shown with white-space: pre-line) and http(s) links.</summary>
        public static string ToMarkup(string? description)
        {
            var text = ToPlainText(description);
            var markup = new StringBuilder(text.Length + 64);
            var last = 0;
            foreach (Match match in WebAddress.Matches(text))
            {
                var address = match.Value.TrimEnd('.', ',', ';', ':', '!', '?');
                markup.Append(HtmlText.Escape(text.Substring(last, match.Index - last)));
                var link = GalleryLinks.WebPage(address);
                markup.Append(link == null
                    ? HtmlText.Escape(address)
                    : "<a href=\"" + HtmlText.Escape(link) + "\" rel=\"nofollow noopener noreferrer\">" + HtmlText.Escape(address) + "</a>");
                last = match.Index + address.Length;
            }
            markup.Append(HtmlText.Escape(text.Substring(last)));
            return markup.ToString();
        }

        /// <summary>The description's words: tags gone, entities decoded, line ends '\n', at most one blank line in a row.</summary>
        public static string ToPlainText(string? description)
        {
            if (string.IsNullOrWhiteSpace(description)) return string.Empty;
            try
            {
                var text = description!.Replace("\r\n", "\n").Replace('\r', '\n');
                text = HiddenElement.Replace(text, string.Empty);
                text = BbCodeLink.Replace(text, match => LinkText(match.Groups[2].Value, match.Groups[1].Value));
                text = BbCodeBareLink.Replace(text, match => match.Groups[1].Value);
                text = HtmlLink.Replace(text, match => LinkText(match.Groups[2].Value, match.Groups[1].Value));
                text = LineBreakTags.Replace(text, "\n");
                text = ListItem.Replace(text, "\n• ");
                text = HtmlTag.Replace(text, string.Empty);
                text = BbCodeTag.Replace(text, string.Empty);
                // Legacy HTML writes &amp; and &lt;: the reader wants the characters (escaped again on the way out).
                text = WebUtility.HtmlDecode(text);
                return ManyBlankLines.Replace(text, "\n\n").Trim();
            }
            catch (RegexMatchTimeoutException)
            {
                // A description built to stall the patterns is shown as it came, escaped: still text.
                return description!.Trim();
            }
        }

        private static string LinkText(string words, string address)
        {
            var shown = words.Trim();
            address = WebUtility.HtmlDecode(address.Trim().Trim('"', '\''));
            if (address.Length == 0 || shown == address) return shown;
            return shown.Length == 0 ? address : shown + " (" + address + ")";
        }
    }
}
