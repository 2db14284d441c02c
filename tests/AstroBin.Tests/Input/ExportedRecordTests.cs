using System.Management.Automation;
using AstroBin.Input;

namespace AstroBin.Tests.Input;

/// <summary>Objects that went out (CSV, JSON, Clixml, remoting, raw API records) and came back, read as the live object.</summary>
public class ExportedRecordTests
{
    private static PSObject Record(params (string Name, object? Value)[] properties)
    {
        var record = new PSObject();
        foreach (var (name, value) in properties) record.Properties.Add(new PSNoteProperty(name, value));
        return record;
    }

    [Fact]
    public void A_csv_row_of_an_image_is_the_image_its_lists_split_again()
    {
        var row = Record(("Id", "659781"), ("Hash", "yx76x9"), ("Title", "M31"), ("User", "crgood2"), ("Uploaded", "12/02/2026 13:00:00"),
            ("Revisions", "/api/v1/imagerevision/7/; /api/v1/imagerevision/8/"), ("Locations", ""), ("ResourceUri", ""));

        var image = Assert.IsType<Image>(ExportedRecord.From(row)!.Live);

        Assert.Equal(659781, image.Id);
        Assert.Equal("yx76x9", image.ImageId);
        Assert.Equal(new[] { "/api/v1/imagerevision/7/", "/api/v1/imagerevision/8/" }, image.Revisions);
        Assert.Empty(image.Locations);
        Assert.Contains("read as AstroBin.Image", ExportedRecord.From(row)!.Described);
    }

    [Fact]
    public void A_deserialised_object_is_known_by_its_type_name_and_keeps_its_lists()
    {
        var user = Record(("Id", 7630), ("Username", "crgood2"));
        user.TypeNames.Insert(0, "Deserialized.AstroBin.UserProfile");
        var image = Record(("Id", 5), ("Hash", null), ("Locations", new System.Collections.ArrayList { "/api/v1/location/9/" }));
        image.TypeNames.Insert(0, "CSV:AstroBin.Image");

        var profile = Assert.IsType<UserProfile>(ExportedRecord.From(user)!.Live);
        var old = Assert.IsType<Image>(ExportedRecord.From(image)!.Live);

        Assert.Equal("crgood2", profile.Username);
        Assert.Equal("'Deserialized.AstroBin.UserProfile'", ExportedRecord.From(user)!.Described);
        Assert.Equal("5", old.ImageId);
        Assert.Equal(new[] { "/api/v1/location/9/" }, old.Locations);
    }

    [Fact]
    public void A_raw_api_record_is_known_by_its_resource_uri_or_its_wire_names()
    {
        var location = Record(("name", "Backyard"), ("resource_uri", "/api/v1/location/9/"));
        var revision = Record(("id", 7), ("image", "/api/v1/image/659781/"), ("label", "B"), ("is_final", true), ("url_thumb", "https://www.astrobin.com/yx76x9/B/rawthumb/thumb/"));

        Assert.Equal(9, Assert.IsType<Location>(ExportedRecord.From(location)!.Live).Id);
        var live = Assert.IsType<ImageRevision>(ExportedRecord.From(revision)!.Live);
        Assert.Equal("yx76x9", live.ImageId);
        Assert.Equal("B", live.Label);
    }

    [Theory]
    [InlineData("Image", "City")]
    [InlineData("Hash", "Title")]
    public void Objects_that_are_no_record_of_the_module_are_left_alone(string first, string second)
    {
        Assert.Null(ExportedRecord.From(Record((first, "x"), (second, "y"))));
        Assert.Null(ExportedRecord.From(new PSObject(new Image { Hash = "yx76x9" })));
        Assert.Null(ExportedRecord.From(new System.Collections.Hashtable { ["Hash"] = "yx76x9" }));
    }

    [Fact]
    public void An_identifying_value_that_cannot_be_read_is_refused_naming_the_property()
    {
        var row = Record(("Id", "not-a-number"), ("Username", "crgood2"), ("DateJoined", ""));

        var refusal = Assert.Throws<FormatException>(() => ExportedRecord.From(row));

        Assert.Contains("Id 'not-a-number' is not a number", refusal.Message);
    }
}
