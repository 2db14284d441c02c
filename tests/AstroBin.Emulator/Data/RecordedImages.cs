using System.Globalization;
using System.Text.Json.Nodes;

namespace AstroBin.Emulator.Data;

/// <summary>
/// Loads the real responses in tests/fixtures/astrobin-responses: detail bodies and the objects of
/// list pages become images that are served back verbatim. The 2013 HISTORICAL body is skipped
/// (its field set is not today's API).
/// </summary>
internal static class RecordedImages
{
    public static List<ImageRow> Load(string directory)
    {
        var images = new List<ImageRow>();
        foreach (var file in Directory.EnumerateFiles(directory, "*.json").Order(StringComparer.Ordinal))
        {
            if (Path.GetFileName(file).Contains("HISTORICAL", StringComparison.Ordinal))
            {
                continue;
            }
            var root = JsonNode.Parse(File.ReadAllText(file))!.AsObject();
            var bodies = root["objects"] is JsonArray objects ? objects.Select(item => item!.AsObject()) : [root];
            images.AddRange(bodies.Select(body => ToRow(body.DeepClone().AsObject())));
        }
        return images;
    }

    /// <summary>Typed copies of the values the filters, ordering and profile counts use.</summary>
    private static ImageRow ToRow(JsonObject body)
    {
        var subjects = body["subjects"]!.AsArray().Select(subject => subject!.GetValue<string>().Trim()).ToList();
        var solved = body["is_solved"]?.GetValue<bool>() == true;
        return new ImageRow
        {
            Id = body["id"]!.GetValue<int>(),
            Hash = body["hash"]?.GetValue<string>(),
            Title = body["title"]!.GetValue<string>(),
            Description = body["description"]?.GetValue<string>(),
            User = body["user"]!.GetValue<string>(),
            W = body["w"]!.GetValue<int>(),
            H = body["h"]!.GetValue<int>(),
            License = body["license"]?.GetValue<int>() ?? 0,
            DataSource = body["data_source"]?.GetValue<string>(),
            RemoteSource = body["remote_source"]?.GetValue<string>(),
            Uploaded = Timestamp(body, "uploaded"),
            Published = Timestamp(body, "published"),
            Updated = Timestamp(body, "updated"),
            Solution = solved
                ? new PlateSolution { Status = SolutionStatus.Success, ObjectsInField = string.Join(", ", subjects) }
                : null,
            Subjects = subjects,
            Likes = body["likes"]?.GetValue<int>() ?? 0,
            Recorded = body,
        };
    }

    private static DateTime Timestamp(JsonObject body, string name) =>
        DateTime.Parse(body[name]!.GetValue<string>(), CultureInfo.InvariantCulture, DateTimeStyles.None);
}
