namespace AstroBin.Commands.Completion
{
    internal static class CompletionText
    {
        /// <summary>The word as typed, without the quotes the user may have opened.</summary>
        public static string Unquote(string? word) => (word ?? string.Empty).Trim('\'', '"');

        /// <summary>A value as it must be typed: single-quoted when it holds a space or a quote.</summary>
        public static string Quote(string value) =>
            value.IndexOfAny(new[] { ' ', '\'', '"', '$', '`', ';', '(', ')' }) < 0 ? value : "'" + value.Replace("'", "''") + "'";
    }
}
