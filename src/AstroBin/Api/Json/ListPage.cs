using System;
using System.Text.Json.Serialization;

namespace AstroBin.Api.Json
{
    /// <summary>A tastypie list response: <c>{"meta": {...}, "objects": [...]}</c>.</summary>
    public sealed class ListPage<T>
    {
        [JsonPropertyName("meta")] public ListMeta? Meta { get; set; }
        [JsonPropertyName("objects")] public T[]? Objects { get; set; }
    }

    public sealed class ListMeta
    {
        [JsonPropertyName("limit")] public int Limit { get; set; }
        [JsonPropertyName("offset")] public long Offset { get; set; }
        [JsonPropertyName("total_count")] public long TotalCount { get; set; }

        // Kept only to know whether a next page exists: the link repeats the key and secret,
        // so the client builds its own next request instead of following it.
        [JsonPropertyName("next")] public string? Next { get; set; }
        [JsonPropertyName("previous")] public string? Previous { get; set; }
    }

    /// <summary>The body of a 400: <c>{"error": "..."}</c>.</summary>
    public sealed class ErrorBody
    {
        [JsonPropertyName("error")] public string? Error { get; set; }
        [JsonPropertyName("error_message")] public string? ErrorMessage { get; set; }
    }
}
