using System.Collections;
using System.Collections.Generic;

namespace AstroBin.Api
{
    /// <summary>A JSON object's members in the order the server wrote them (sorted, on this API).</summary>
    public sealed class OrderedMap : IEnumerable<KeyValuePair<string, object?>>
    {
        private readonly List<string> _order;
        private readonly Dictionary<string, object?> _values;

        internal OrderedMap(List<string> order, Dictionary<string, object?> values)
        {
            _order = order;
            _values = values;
        }

        public object? this[string name] => _values.TryGetValue(name, out var value) ? value : null;

        public bool ContainsKey(string name) => _values.ContainsKey(name);

        public IEnumerator<KeyValuePair<string, object?>> GetEnumerator()
        {
            foreach (var name in _order) yield return new KeyValuePair<string, object?>(name, _values[name]);
        }

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
