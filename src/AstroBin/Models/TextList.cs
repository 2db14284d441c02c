using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Text.Json.Serialization;
using AstroBin.Api.Json;

namespace AstroBin
{
    /// <summary>
    /// A list of names (subjects, telescopes, API paths) that stays a list on screen and in JSON but
    /// reads as one cell in CSV: Export-Csv writes a property's ToString(), which for an array is
    /// "System.String[]"; this one is "M 31; NGC 224".
    /// </summary>
    [JsonConverter(typeof(TextListConverter))]
    public sealed class TextList : ReadOnlyCollection<string>
    {
        public const string Separator = "; ";

        public static readonly TextList Empty = new TextList(new string[0]);

        public TextList(IList<string> items) : base(items)
        {
        }

        public override string ToString() => string.Join(Separator, this);
    }
}
