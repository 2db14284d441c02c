using System;
using System.Collections;
using System.Collections.Generic;
using System.Text;

namespace AstroBin.Api
{
    /// <summary>
    /// An ordered list of query parameters. Every name and value is percent-encoded on output,
    /// so no value can add or override another parameter.
    /// </summary>
    public sealed class QueryParameters : IEnumerable<KeyValuePair<string, string>>
    {
        private readonly List<KeyValuePair<string, string>> _items = new List<KeyValuePair<string, string>>();

        public int Count => _items.Count;

        public QueryParameters Add(string name, string value)
        {
            if (string.IsNullOrEmpty(name)) throw new ArgumentException("A query parameter needs a name.", nameof(name));
            _items.Add(new KeyValuePair<string, string>(name, value ?? string.Empty));
            return this;
        }

        public bool Contains(string name) => _items.Exists(p => string.Equals(p.Key, name, StringComparison.Ordinal));

        public QueryParameters Clone()
        {
            var copy = new QueryParameters();
            copy._items.AddRange(_items);
            return copy;
        }

        public string ToQueryString()
        {
            var builder = new StringBuilder();
            foreach (var pair in _items)
            {
                if (builder.Length > 0) builder.Append('&');
                builder.Append(Uri.EscapeDataString(pair.Key)).Append('=').Append(Uri.EscapeDataString(pair.Value));
            }
            return builder.ToString();
        }

        public IEnumerator<KeyValuePair<string, string>> GetEnumerator() => _items.GetEnumerator();

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
