using System;
using System.Linq;

namespace AstroBin.Api.Json
{
    internal static class WireText
    {
        /// <summary>Trims each entry and drops empty ones; a null list becomes empty.</summary>
        public static string[] TrimAll(string[]? values) =>
            values == null ? Array.Empty<string>() : values.Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v.Trim()).ToArray();
    }
}
