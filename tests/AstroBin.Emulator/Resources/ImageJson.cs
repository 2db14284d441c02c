using System.Text.Json.Nodes;
using AstroBin.Emulator.Data;
using AstroBin.Emulator.Tastypie;

namespace AstroBin.Emulator.Resources;

/// <summary>
/// ImageResource.dehydrate: the 48 fields of spec §7.1 (recorded images: their stored body). Every url_* points at
/// <c>site</c>, the emulator itself, instead of https://www.astrobin.com and its CDN, so that files can be downloaded
/// and no test that downloads one ever leaves the machine; a recorded body keeps its recorded paths.
/// </summary>
internal static class ImageJson
{
    public const string BaseUrl = "https://www.astrobin.com";

    /// <summary>Thumbnail aliases behind the url_* fields; revision "0" is the original upload.</summary>
    private static readonly string[] ThumbnailAliases =
        ["thumb", "gallery", "regular", "hd", "real", "duckduckgo", "duckduckgo_small", "histogram"];

    public static JsonNode Dehydrate(ImageRow image, Uri site)
    {
        if (image.Recorded is { } recorded)
        {
            return OnSite(recorded.DeepClone().AsObject(), site);
        }
        var solution = image.Solution;
        var json = new JsonObject
        {
            ["animated"] = image.Animated,
            ["bookmarks"] = image.Bookmarks,
            ["comments"] = image.Comments,
            ["data_source"] = image.DataSource,
            ["dec"] = PythonValues.DecimalString(solution?.Dec),
            ["description"] = image.Description,
            ["h"] = image.H,
            ["hash"] = image.Hash,
            ["id"] = image.Id,
            ["imaging_cameras"] = Strings(image.ImagingCameras),
            ["imaging_telescopes"] = Strings(image.ImagingTelescopes),
            ["is_final"] = image.IsFinal,
            ["is_solved"] = solution?.IsSolved ?? false,
            ["license"] = image.License,
            ["license_name"] = Vocabulary.LicenseNames[image.License],
            ["likes"] = image.Likes,
            ["link"] = image.Link,
            ["link_to_fits"] = image.LinkToFits,
            ["locations"] = Strings(image.LocationIds.Select(id => $"/api/v1/location/{id}/")),
            ["orientation"] = PythonValues.DecimalString(solution?.Orientation),
            ["pixscale"] = PythonValues.DecimalString(solution?.PixScale),
            ["published"] = PythonValues.IsoFormat(image.Published ?? throw ApiErrors.EmptyAttribute($"<Image: {image.Title}>", "published")),
            ["ra"] = PythonValues.DecimalString(solution?.Ra),
            ["radius"] = PythonValues.DecimalString(solution?.Radius),
            ["remote_source"] = image.RemoteSource,
            // Always the numeric id, even where that URI is not dereferenceable (images with a hash).
            ["resource_uri"] = $"/api/v1/image/{image.Id}/",
            ["revisions"] = Strings(image.RevisionIds.Select(id => $"/api/v1/imagerevision/{id}/")),
            ["solution_status"] = StatusName(solution?.Status ?? SolutionStatus.Missing),
            ["subjects"] = Strings(image.Subjects),
            ["title"] = image.Title,
            ["updated"] = PythonValues.IsoFormat(image.Updated),
            ["uploaded"] = PythonValues.IsoFormat(image.Uploaded),
            ["url_advanced_skyplot"] = SolutionFiles.Address(site, solution?.AdvancedSkyplotUrl),
            ["url_advanced_skyplot_small"] = SolutionFiles.Address(site, solution?.AdvancedSkyplotSmallUrl),
            ["url_advanced_solution"] = SolutionFiles.Address(site, solution?.AdvancedSolutionUrl),
            ["url_skyplot"] = SolutionFiles.Address(site, solution?.SkyplotUrl),
            ["url_solution"] = SolutionFiles.Address(site, solution?.SolutionUrl),
            ["user"] = image.User,
            ["views"] = image.Views,
            ["w"] = image.W,
        };
        foreach (var alias in ThumbnailAliases)
        {
            json["url_" + alias] = new Uri(site, $"{image.PublicId}/0/rawthumb/{alias}/").AbsoluteUri;
        }
        return json;
    }

    /// <summary>A recorded body whose url_* addresses on AstroBin's hosts are moved, path and all, to <paramref name="site"/>.</summary>
    public static JsonObject OnSite(JsonObject body, Uri site)
    {
        foreach (var name in body.Select(pair => pair.Key).Where(key => key.StartsWith("url_", StringComparison.Ordinal)).ToList())
        {
            if (body[name]?.GetValueKind() == System.Text.Json.JsonValueKind.String
                && Uri.TryCreate(body[name]!.GetValue<string>(), UriKind.Absolute, out var address)
                && address.Host.EndsWith("astrobin.com", StringComparison.OrdinalIgnoreCase))
            {
                body[name] = new Uri(site, address.PathAndQuery).AbsoluteUri;
            }
        }
        return body;
    }

    /// <summary>SolutionStatus → "ADVANCED_SUCCESS" etc.</summary>
    public static string StatusName(SolutionStatus status) => status switch
    {
        SolutionStatus.Pending => "PENDING",
        SolutionStatus.Failed => "FAILED",
        SolutionStatus.Success => "SUCCESS",
        SolutionStatus.AdvancedPending => "ADVANCED_PENDING",
        SolutionStatus.AdvancedFailed => "ADVANCED_FAILED",
        SolutionStatus.AdvancedSuccess => "ADVANCED_SUCCESS",
        _ => "MISSING",
    };

    private static JsonArray Strings(IEnumerable<string> values) => new(values.Select(value => (JsonNode?)value).ToArray());
}
