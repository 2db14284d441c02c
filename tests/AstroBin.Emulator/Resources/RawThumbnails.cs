using AstroBin.Emulator.Data;
using Microsoft.AspNetCore.Http;

namespace AstroBin.Emulator.Resources;

/// <summary>
/// The image files behind the url_* fields. AstroBin's <c>/{hash or id}/{revision}/rawthumb/{alias}/</c>
/// (ImageRawThumbView) answers 302 to the thumbnail file on its CDN; here the file is a generated PNG
/// served by the emulator itself, so that downloads can be tested end to end. Revision "0" is the
/// original upload, "B", "C", ... the image's revisions. Each file is drawn from the image, the revision,
/// the alias and the image's <c>updated</c>, so every file differs and a changed image's files change.
/// </summary>
internal sealed class RawThumbnails(EmulatorData data)
{
    public const string FilePrefix = "/media/thumbs/";

    /// <summary>Thumbnail aliases and their pixel sizes (settings/components/thumbnail.py; "real" capped small).</summary>
    public static readonly IReadOnlyDictionary<string, (int Width, int Height)> Aliases = new Dictionary<string, (int, int)>
    {
        ["thumb"] = (80, 80),
        ["gallery"] = (130, 130),
        ["regular"] = (620, 413),
        ["hd"] = (1824, 1216),
        ["real"] = (2400, 1600),
        ["duckduckgo"] = (250, 200),
        ["duckduckgo_small"] = (113, 90),
        ["histogram"] = (274, 120),
        // Revisions only.
        ["regular_sharpened"] = (620, 413),
        ["hd_sharpened"] = (1824, 1216),
    };

    /// <summary>The original upload's label in rawthumb paths.</summary>
    public const string Original = "0";

    /// <summary>/{id}/{revision}/rawthumb/{alias}/ → 302 to the file, or 404.</summary>
    public IResult Redirect(string id, string revision, string alias) =>
        Find(id, revision) is { } image && Aliases.ContainsKey(alias)
            ? Results.Redirect(revision == Original ? $"{FilePrefix}{image.PublicId}/{alias}.png" : $"{FilePrefix}{image.PublicId}/{revision}/{alias}.png")
            : Results.NotFound();

    /// <summary>The file itself, image/png.</summary>
    public IResult File(string id, string revision, string alias)
    {
        if (Find(id, revision) is not { } image || !Aliases.TryGetValue(alias, out var size)) return Results.NotFound();
        var seed = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{image.PublicId}/{revision}/{alias}/{image.Updated:O}");
        return Results.Bytes(GeneratedPng.Create(size.Width, size.Height, seed), "image/png");
    }

    /// <summary>The image, when it has the revision (its original, or one of its revisions by label).</summary>
    private ImageRow? Find(string id, string revision) =>
        data.FindImageByPublicId(id) is { } image
        && (revision == Original || data.ImageRevisions.Any(row => row.Image.Id == image.Id && row.Label == revision))
            ? image
            : null;
}
