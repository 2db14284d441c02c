using System.Collections.Concurrent;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace AstroBin.Tests.Hostile;

/// <summary>
/// A user's images as a hostile server serves them, for syncs: one list page of <see cref="Listed"/>, detail records
/// (<see cref="Details"/>, by the id in the path; the listed record when none is set), revision records, and files
/// with whatever content type and bytes a test gives. Whatever it does not know is a 404.
/// </summary>
internal sealed class HostileArchive
{
    /// <summary>A PNG that is whole: signature, one chunk's worth of bytes, the IEND chunk.</summary>
    public static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 1, 2, 3, 4, 5, 6, 7, 8, 0, 0, 0, 0, 0x49, 0x45, 0x4E, 0x44, 0xAE, 0x42, 0x60, 0x82];

    public List<JsonObject> Listed { get; } = new();

    /// <summary>Detail records by the id in the request's path.</summary>
    public ConcurrentDictionary<string, JsonObject> Details { get; } = new(StringComparer.Ordinal);

    public ConcurrentDictionary<int, JsonObject> Revisions { get; } = new();

    /// <summary>Files by name (below /files/): content type (null: none) and body.</summary>
    public ConcurrentDictionary<string, (string? ContentType, byte[] Body)> Files { get; } = new(StringComparer.Ordinal);

    /// <summary>Called with each request's path before it is answered (to cancel a run at a chosen request, say).</summary>
    public Action<string>? OnRequest { get; set; }

    /// <summary>
    /// An image record with <paramref name="hash"/> (JSON null when null), a title, an updated date, its thumb and
    /// gallery (and real) files served as <see cref="Png"/> unless <see cref="Files"/> says otherwise, and revisions.
    /// </summary>
    public JsonObject Image(Uri root, int id, string? hash, string? title = null, string updated = "2025-01-01T00:00:00", params int[] revisions)
    {
        var name = "f" + id;
        foreach (var size in new[] { "thumb", "gallery", "real" }) Files.TryAdd(name + "_" + size, ("image/png", Png));
        var record = new JsonObject
        {
            ["id"] = id,
            ["hash"] = hash,
            ["title"] = title ?? "Image " + id,
            ["uploaded"] = "2024-01-02T03:04:05",
            ["updated"] = updated,
            ["w"] = 100,
            ["h"] = 80,
            ["url_thumb"] = new Uri(root, "files/" + name + "_thumb").AbsoluteUri,
            ["url_gallery"] = new Uri(root, "files/" + name + "_gallery").AbsoluteUri,
            ["url_real"] = new Uri(root, "files/" + name + "_real").AbsoluteUri,
            ["revisions"] = new JsonArray(revisions.Select(number => (JsonNode)("/api/v1/imagerevision/" + number + "/")).ToArray()),
        };
        return record;
    }

    /// <summary>A revision record of <paramref name="imageId"/> with <paramref name="label"/>, its files as the image's.</summary>
    public JsonObject Revision(Uri root, int number, string imageId, string? label)
    {
        var name = "r" + number;
        foreach (var size in new[] { "thumb", "gallery", "real" }) Files.TryAdd(name + "_" + size, ("image/png", Png));
        return new JsonObject
        {
            ["id"] = number,
            ["image"] = "/api/v1/image/" + imageId + "/",
            ["label"] = label,
            ["uploaded"] = "2024-02-02T03:04:05",
            ["w"] = 100,
            ["h"] = 80,
            ["url_thumb"] = new Uri(root, "files/" + name + "_thumb").AbsoluteUri,
            ["url_gallery"] = new Uri(root, "files/" + name + "_gallery").AbsoluteUri,
            ["url_real"] = new Uri(root, "files/" + name + "_real").AbsoluteUri,
        };
    }

    public Task Answer(HttpContext context)
    {
        var path = context.Request.Path.Value ?? string.Empty;
        OnRequest?.Invoke(path);
        var segments = path.Trim('/').Split('/');
        if (path == "/api/v1/image/")
        {
            var page = new JsonObject
            {
                ["meta"] = new JsonObject { ["limit"] = 1000, ["next"] = null, ["offset"] = 0, ["previous"] = null, ["total_count"] = Listed.Count },
                ["objects"] = new JsonArray(Listed.Select(record => record.DeepClone()).ToArray()),
            };
            return Json(context, page);
        }
        if (path == "/api/v1/userprofile/")
        {
            // Every uploader has a profile: Sync-AstroBinImage -User asks for it before it touches the folder.
            var name = context.Request.Query["username"].ToString();
            var profile = new JsonObject { ["id"] = 1, ["username"] = name, ["resource_uri"] = "/api/v1/userprofile/1/" };
            var page = new JsonObject
            {
                ["meta"] = new JsonObject { ["limit"] = 1, ["next"] = null, ["offset"] = 0, ["previous"] = null, ["total_count"] = 1 },
                ["objects"] = new JsonArray(profile),
            };
            return Json(context, page);
        }
        if (segments.Length == 5 && segments[3] == "set" && (segments[2] == "image" || segments[2] == "imagerevision"))
        {
            // The multi-get: the records found, and "not_found" naming the others (as the API does).
            var found = new JsonArray();
            var missing = new JsonArray();
            foreach (var key in segments[4].Split(';'))
            {
                var record = segments[2] == "image" ? ImageRecord(key) : int.TryParse(key, out var n) && Revisions.TryGetValue(n, out var r) ? r : null;
                if (record == null) missing.Add(key);
                else found.Add(record.DeepClone());
            }
            var body = new JsonObject { ["objects"] = found };
            if (missing.Count > 0) body["not_found"] = missing;
            return Json(context, body);
        }
        if (segments.Length == 4 && segments[2] == "image")
        {
            var record = ImageRecord(segments[3]);
            return record == null ? NotFound(context) : Json(context, record);
        }
        if (segments.Length == 4 && segments[2] == "imagerevision" && int.TryParse(segments[3], out var number))
        {
            return Revisions.TryGetValue(number, out var revision) ? Json(context, revision) : NotFound(context);
        }
        if (segments.Length == 2 && segments[0] == "files" && Files.TryGetValue(segments[1], out var file))
        {
            // Set raw: the test's value as sent, also one no parser accepts.
            if (file.ContentType != null) context.Response.Headers["Content-Type"] = file.ContentType;
            context.Response.ContentLength = file.Body.Length;
            return context.Response.Body.WriteAsync(file.Body).AsTask();
        }
        return NotFound(context);
    }

    /// <summary>The detail record set for <paramref name="key"/>, else the listed record with that hash or number.</summary>
    private JsonObject? ImageRecord(string key) =>
        Details.TryGetValue(key, out var detail) ? detail
            : Listed.FirstOrDefault(record => (string?)record["hash"] == key || record["id"]!.ToString() == key);

    private static Task Json(HttpContext context, JsonNode body)
    {
        context.Response.ContentType = "application/json";
        return context.Response.Body.WriteAsync(Encoding.UTF8.GetBytes(body.ToJsonString())).AsTask();
    }

    private static Task NotFound(HttpContext context)
    {
        context.Response.StatusCode = 404;
        context.Response.ContentType = "application/json";
        return context.Response.Body.WriteAsync("{\"error_message\": \"Not found\"}"u8.ToArray()).AsTask();
    }
}
