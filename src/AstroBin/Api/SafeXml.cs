using System.IO;
using System.Xml;

namespace AstroBin.Api
{
    /// <summary>
    /// Parses the server's XML without trusting it: a DOCTYPE is refused outright (no entity expansion,
    /// no billion laughs) and nothing is ever fetched from outside (no resolver).
    /// </summary>
    public static class SafeXml
    {
        /// <summary>A new copy each time: the settings object is mutable.</summary>
        internal static XmlReaderSettings ReaderSettings => new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            IgnoreProcessingInstructions = true,
        };

        /// <exception cref="XmlException">The text is not XML, or it declares a DTD.</exception>
        public static XmlDocument Parse(string text)
        {
            var document = new XmlDocument { XmlResolver = null };
            using (var reader = XmlReader.Create(new StringReader(text), ReaderSettings))
            {
                document.Load(reader);
            }
            return document;
        }
    }
}
