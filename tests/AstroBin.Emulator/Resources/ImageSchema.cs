using AstroBin.Emulator.Data;
using AstroBin.Emulator.Tastypie;

namespace AstroBin.Emulator.Resources;

/// <summary>ImageResource's Meta (astrobin/api.py l.255-360) as tastypie sees it when validating queries.</summary>
internal static class ImageSchema
{
    private static readonly Column<ImageRow> Title = new(ColumnType.Text, image => image.Title);
    private static readonly Column<ImageRow> Uploaded = new(ColumnType.DateTime, image => image.Uploaded);
    private static readonly Column<ImageRow> Published = new(ColumnType.DateTime, image => image.Published);

    public static readonly ResourceSchema<ImageRow> Schema = new()
    {
        Fields = new HashSet<string>
        {
            "animated", "bookmarks", "comments", "data_source", "dec", "description", "h", "hash", "id",
            "imaging_cameras", "imaging_telescopes", "is_final", "is_solved", "license", "license_name", "likes",
            "link", "link_to_fits", "locations", "orientation", "pixscale", "published", "ra", "radius",
            "remote_source", "resource_uri", "revisions", "solution_status", "subjects", "title", "updated",
            "uploaded", "url_advanced_skyplot", "url_advanced_skyplot_small", "url_advanced_solution",
            "url_duckduckgo", "url_duckduckgo_small", "url_gallery", "url_hd", "url_histogram", "url_real",
            "url_regular", "url_skyplot", "url_solution", "url_thumb", "user", "views", "w",
        },
        // Model columns; every other field is computed in dehydrate (no attribute).
        ModelAttributes = new HashSet<string>
        {
            "id", "hash", "title", "w", "h", "animated", "link", "link_to_fits", "license", "is_final",
            "data_source", "remote_source", "uploaded", "published", "updated", "locations", "revisions",
        },
        // is_solved, imaging_telescopes and imaging_cameras are listed too, but fail earlier for lack of an attribute.
        Filtering = new Dictionary<string, Column<ImageRow>>
        {
            ["title"] = Title,
            ["w"] = new(ColumnType.Integer, image => (long)image.W),
            ["h"] = new(ColumnType.Integer, image => (long)image.H),
            ["uploaded"] = Uploaded,
            ["published"] = Published,
            ["data_source"] = new(ColumnType.Text, image => image.DataSource),
            ["remote_source"] = new(ColumnType.Text, image => image.RemoteSource),
        },
        Ordering = new Dictionary<string, Column<ImageRow>>
        {
            ["published"] = Published,
            ["uploaded"] = Uploaded,
            ["title"] = Title,
        },
    };
}
