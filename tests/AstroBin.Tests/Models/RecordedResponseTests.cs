using System.Text.Json;
using AstroBin.Api.Json;

namespace AstroBin.Tests.Models;

/// <summary>Every real response recorded from the live API parses with the right values and .NET types.</summary>
public class RecordedResponseTests
{
    private static Image ParseImage(string fixture) =>
        JsonSerializer.Deserialize(Fixtures.Bytes(fixture), AstroBinJsonContext.Default.Image)!;

    [Fact]
    public void Yx76x9_2022_detail_parses_every_field()
    {
        var image = ParseImage(Fixtures.Yx76x9);

        Assert.Equal(659781, image.Id);
        Assert.Equal("yx76x9", image.Hash);
        Assert.Equal("yx76x9", image.ImageId);
        Assert.Equal("NGC 1316", image.Title);
        Assert.Equal("crgood2", image.User);
        Assert.Equal(1716, image.Width);
        Assert.Equal(1639, image.Height);
        Assert.Equal(50.655, image.Ra);
        Assert.Equal(-37.170, image.Dec);
        Assert.Equal(1.270, image.PixScale);
        Assert.Equal(312.326, image.Orientation);
        Assert.Equal(0.419, image.Radius);
        Assert.Equal(new DateTime(2022, 1, 29, 13, 15, 31, DateTimeKind.Utc).AddTicks(6675870), image.Uploaded);
        Assert.Equal(DateTimeKind.Utc, image.Uploaded!.Value.Kind);
        Assert.Equal(new DateTime(2022, 2, 3, 22, 6, 41, DateTimeKind.Utc).AddTicks(5303200), image.Published);
        Assert.Equal(new[] { "Fornax A", "Fornax B", "NGC 1310", "NGC 1316", "NGC 1317" }, image.Subjects);
        Assert.Equal(new[] { "Planewave 17\" CDK" }, image.ImagingTelescopes);
        Assert.Equal(new[] { "FLI Proline 16803" }, image.ImagingCameras);
        Assert.Equal(176, image.Likes);
        Assert.Equal(3, image.Bookmarks);
        Assert.Equal(18, image.Comments);
        Assert.Equal(462, image.Views);
        Assert.Equal(0, image.License);
        Assert.Equal("ALL_RIGHTS_RESERVED", image.LicenseName);
        Assert.Equal("AMATEUR_HOSTING", image.DataSource);
        Assert.Equal("DSW", image.RemoteSource);
        Assert.True(image.IsSolved);
        Assert.False(image.IsFinal);
        Assert.Equal("SUCCESS", image.SolutionStatus);
        Assert.Null(image.LinkToFits);
        Assert.Null(image.UrlAdvancedSolution);
        Assert.Equal("https://www.astrobin.com/yx76x9/0/rawthumb/hd/", image.UrlHd);
        Assert.Equal("/api/v1/image/659781/", image.ResourceUri);
        Assert.Equal("https://www.astrobin.com/yx76x9/", image.Url);
        Assert.Empty(image.Revisions);
    }

    [Fact]
    public void Unsolved_2021_detail_has_null_coordinates_and_no_subjects()
    {
        var image = ParseImage(Fixtures.Sly00xjb8);

        Assert.Equal("00xjb8", image.Hash);
        Assert.False(image.IsSolved);
        Assert.Null(image.Ra);
        Assert.Null(image.Dec);
        Assert.Null(image.PixScale);
        Assert.Null(image.Orientation);
        Assert.Null(image.Radius);
        Assert.Null(image.UrlSkyplot);
        Assert.Empty(image.Subjects);
        Assert.Equal(new[] { "/api/v1/location/2812191/" }, image.Locations);
    }

    [Fact]
    public void Detail_with_two_revisions_and_a_remote_source()
    {
        var image = ParseImage(Fixtures.Sly09wufi);

        Assert.Equal(541785, image.Id);
        Assert.Equal(new[] { "/api/v1/imagerevision/260500/", "/api/v1/imagerevision/261595/" }, image.Revisions);
        Assert.Equal("DSNM", image.RemoteSource);
        Assert.Equal("OWN_REMOTE", image.DataSource);
        Assert.Equal(24.176, image.Ra);
        Assert.Equal(new[] { "M 74", "M74", "NGC 628" }, image.Subjects);
        Assert.True(image.Description!.Length > 500);
    }

    [Fact]
    public void Detail_with_one_revision_and_advanced_subjects()
    {
        var one = ParseImage(Fixtures.Sly00evnt);
        Assert.Equal(new[] { "/api/v1/imagerevision/220267/" }, one.Revisions);
        Assert.Equal(new[] { "NGC2364" }, one.Subjects);

        var andromeda = ParseImage(Fixtures.Sly00fte8);
        Assert.Equal(new[] { "/api/v1/location/2808840/" }, andromeda.Locations);
        Assert.Contains("The star νAnd", andromeda.Subjects);
        Assert.Equal(8, andromeda.Subjects.Count);
    }

    [Fact]
    public void List_page_2019_parses_meta_objects_and_trims_old_subject_spaces()
    {
        var page = JsonSerializer.Deserialize(Fixtures.Bytes(Fixtures.AndromedaList), AstroBinJsonContext.Default.ListPageImage)!;

        Assert.Equal(3, page.Meta!.Limit);
        Assert.Equal(0, page.Meta.Offset);
        Assert.Equal(3568, page.Meta.TotalCount);
        Assert.Null(page.Meta.Previous);
        Assert.NotNull(page.Meta.Next);
        Assert.Equal(3, page.Objects!.Length);
        var first = page.Objects[0];
        Assert.Equal(399902, first.Id);
        Assert.Null(first.Hash);
        Assert.Equal("399902", first.ImageId);
        Assert.Equal("M31 Andromeda", first.Title);
        Assert.Equal(10.726, first.Ra);
        Assert.Equal(new[] { "M 31", "Great Nebula in Andromeda", "NGC 224", "M 32", "NGC 221", "M 110", "NGC 205", "The star νAnd", "The star 32And" }, first.Subjects);
        // Fields the 2019 server did not send yet stay unknown rather than zero.
        Assert.Null(first.Likes);
        Assert.Null(first.LicenseName);
    }

    [Fact]
    public void Historical_2013_detail_parses_despite_its_string_id_and_old_fields()
    {
        var image = ParseImage(Fixtures.Historical2013);

        Assert.Equal(57782, image.Id);
        Assert.Null(image.Hash);
        Assert.Equal("57782", image.ImageId);
        Assert.Equal("Andromeda", image.Title);
        Assert.Equal(new[] { "EF 75-300mm f/4-5.6" }, image.ImagingTelescopes);
        Assert.Equal(94.4357310000, image.Orientation);
        Assert.Equal(1, image.License);
    }
}
