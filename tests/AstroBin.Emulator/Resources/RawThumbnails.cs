using AstroBin.Emulator.Data;
using Microsoft.AspNetCore.Http;

namespace AstroBin.Emulator.Resources;

/// <summary>
/// The image files behind the url_* fields. AstroBin's <c>/{hash or id}/{revision}/rawthumb/{alias}/</c>
/// (ImageRawThumbView) answers 302 to the thumbnail file on its CDN; here the file is a generated PNG
/// served by the emulator itself, so that downloads can be tested end to end.
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
    };

    /// <summary>/{id}/{revision}/rawthumb/{alias}/ → 302 to the file, or 404.</summary>
    public IResult Redirect(string id, string alias) =>
        Find(id) is { } image && Aliases.ContainsKey(alias)
            ? Results.Redirect($"{FilePrefix}{image.PublicId}/{alias}.png")
            : Results.NotFound();

    /// <summary>The file itself, image/png.</summary>
    public IResult File(string id, string alias)
    {
        if (Find(id) is not { } image || !Aliases.TryGetValue(alias, out var size)) return Results.NotFound();
        return Results.Bytes(GeneratedPng.Create(size.Width, size.Height, image.PublicId + alias), "image/png");
    }

    private ImageRow? Find(string id) =>
        id.All(char.IsAsciiDigit) ? (int.TryParse(id, out var number) ? data.FindImageById(number) : null) : data.FindImageByHash(id);
}
