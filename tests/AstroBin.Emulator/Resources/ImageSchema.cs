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
        // uploaded, published and updated are declared DateFields although they carry datetimes.
        Fields = new Dictionary<string, ApiField>
        {
            ["animated"] = ApiField.Boolean, ["bookmarks"] = ApiField.Integer, ["comments"] = ApiField.Integer,
            ["data_source"] = ApiField.String.OrNull, ["dec"] = ApiField.Decimal.OrNull, ["description"] = ApiField.String.OrNull,
            ["h"] = ApiField.Integer, ["hash"] = ApiField.String.OrNull, ["id"] = ApiField.Integer,
            ["imaging_cameras"] = ApiField.List, ["imaging_telescopes"] = ApiField.List, ["is_final"] = ApiField.Boolean,
            ["is_solved"] = ApiField.Boolean, ["license"] = ApiField.Integer, ["license_name"] = ApiField.String,
            ["likes"] = ApiField.Integer, ["link"] = ApiField.String.OrNull, ["link_to_fits"] = ApiField.String.OrNull,
            ["locations"] = ApiField.ToMany("location"), ["orientation"] = ApiField.Decimal.OrNull,
            ["pixscale"] = ApiField.Decimal.OrNull, ["published"] = ApiField.Date, ["ra"] = ApiField.Decimal.OrNull,
            ["radius"] = ApiField.Decimal.OrNull, ["remote_source"] = ApiField.String.OrNull,
            ["resource_uri"] = ApiField.ResourceUri, ["revisions"] = ApiField.ToMany("imagerevision"),
            ["solution_status"] = ApiField.String, ["subjects"] = ApiField.List, ["title"] = ApiField.String,
            ["updated"] = ApiField.Date, ["uploaded"] = ApiField.Date,
            ["url_advanced_skyplot"] = ApiField.String.OrNull, ["url_advanced_skyplot_small"] = ApiField.String.OrNull,
            ["url_advanced_solution"] = ApiField.String.OrNull, ["url_duckduckgo"] = ApiField.String,
            ["url_duckduckgo_small"] = ApiField.String, ["url_gallery"] = ApiField.String, ["url_hd"] = ApiField.String,
            ["url_histogram"] = ApiField.String, ["url_real"] = ApiField.String, ["url_regular"] = ApiField.String,
            ["url_skyplot"] = ApiField.String.OrNull, ["url_solution"] = ApiField.String.OrNull,
            ["url_thumb"] = ApiField.String, ["user"] = ApiField.String, ["views"] = ApiField.Integer, ["w"] = ApiField.Integer,
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
        // user, description, ids and subjects are ImageCustomFilters'.
        OtherFiltering = new Dictionary<string, FilterLookups>
        {
            ["description"] = FilterLookups.All,
            ["user"] = FilterLookups.AllWithRelations,
            ["is_solved"] = FilterLookups.All,
            ["imaging_telescopes"] = FilterLookups.All,
            ["imaging_cameras"] = FilterLookups.All,
        },
        Ordering = new Dictionary<string, Column<ImageRow>>
        {
            ["published"] = Published,
            ["uploaded"] = Uploaded,
            ["title"] = Title,
        },
    };
}
