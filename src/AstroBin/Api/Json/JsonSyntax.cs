using System.Text.Json;

namespace AstroBin.Api.Json
{
    /// <summary>
    /// Tells a damaged answer from one that does not fit the model: a truncated or garbled body may come right on
    /// the next attempt, well-formed JSON with an odd value never will.
    /// </summary>
    internal static class JsonSyntax
    {
        public static bool IsWellFormed(byte[] utf8)
        {
            var reader = new Utf8JsonReader(utf8);
            try
            {
                while (reader.Read())
                {
                }
                return reader.BytesConsumed > 0;
            }
            catch (JsonException)
            {
                return false;
            }
        }
    }
}
