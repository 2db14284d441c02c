using System.Collections;
using System.Management.Automation;
using AstroBin.Commands.Binding;

namespace AstroBin.Tests.Commands;

/// <summary>
/// The transformation attributes alone (Pipeline.Tests.ps1 walks them through PowerShell's binder): what each
/// parameter makes of the module's objects, text, numbers and other objects, and what it refuses, naming the type.
/// </summary>
public class StrictBindingTests
{
    private static readonly Image Hashed = new() { Id = 659781, Hash = "yx76x9", User = "crgood2", Revisions = new TextList(["/api/v1/imagerevision/7/"]), Locations = new TextList(["/api/v1/location/9/"]) };

    private static object? Transform(ArgumentTransformationAttribute attribute, object? input) => attribute.Transform(null!, input);

    private static string Refusal(ArgumentTransformationAttribute attribute, object? input) =>
        Assert.Throws<ArgumentTransformationMetadataException>(() => Transform(attribute, input)).Message;

    [Fact]
    public void An_image_id_parameter_takes_what_stands_for_an_image()
    {
        var attribute = new ImageIdTransformationAttribute();

        Assert.Equal("yx76x9", Transform(attribute, Hashed));
        Assert.Equal("yx76x9", Transform(attribute, new PSObject(Hashed)));
        Assert.Equal("57782", Transform(attribute, 57782));
        Assert.Equal("abc123", Transform(attribute, new ImageOfTheDay { Image = "/api/v1/image/abc123" }));
        Assert.Equal("abc123", Transform(attribute, new TopPick { Image = "/api/v1/image/abc123" }));
        Assert.Equal("yx76x9", Transform(attribute, new ImageRevision { Image = "/api/v1/image/659781/", UrlThumb = "https://www.astrobin.com/yx76x9/B/rawthumb/thumb/" }));
        Assert.Equal(new object[] { "a1", "b2" }, (IEnumerable)Transform(attribute, new Collection { Images = new TextList(["/api/v1/image/a1", "/api/v1/image/b2"]) })!);
        var record = new PSObject();
        record.Properties.Add(new PSNoteProperty("Hash", "yx76x9"));
        Assert.Equal("yx76x9", Transform(attribute, record));
    }

    [Fact]
    public void An_image_id_parameter_refuses_other_objects_naming_their_type()
    {
        var attribute = new ImageIdTransformationAttribute();

        Assert.Contains("'AstroBin.UserProfile'", Refusal(attribute, new UserProfile { Username = "crgood2" }));
        Assert.Contains("Search-AstroBinImage", Refusal(attribute, new UserProfile { Username = "crgood2" }));
        Assert.Contains("'AstroBin.Location'", Refusal(attribute, new Location()));
        Assert.Contains("'System.Collections.Hashtable'", Refusal(attribute, new Hashtable { ["Hash"] = "yx76x9" }));
        Assert.Contains("'System.IO.FileInfo'", Refusal(attribute, new FileInfo("/tmp/x")));
    }

    [Fact]
    public void A_user_name_parameter_takes_the_user_of_profiles_images_and_collections_and_refuses_the_rest()
    {
        var attribute = new UsernameTransformationAttribute();

        Assert.Equal("crgood2", Transform(attribute, Hashed));
        Assert.Equal("crgood2", Transform(attribute, new UserProfile { Username = "crgood2" }));
        Assert.Equal("crgood2", Transform(attribute, new Collection { User = "crgood2" }));
        Assert.Equal("crgood2", Transform(attribute, new ImageOfTheDay { User = "crgood2" }));
        Assert.Contains("-IncludeImage", Refusal(attribute, new ImageOfTheDay { Image = "/api/v1/image/abc123" }));
        Assert.Contains("Get-AstroBinImage", Refusal(attribute, new TopPick()));
        Assert.Contains("Get-AstroBinImage", Refusal(attribute, new ImageRevision()));
        Assert.Contains("-Id", Refusal(attribute, 7630));
        Assert.Contains("-IncludeImage", Refusal(attribute, null));
    }

    [Fact]
    public void A_numbered_resource_takes_its_own_objects_paths_and_an_images_list_never_another_resources_number()
    {
        var revisions = new ResourceNumberTransformationAttribute(ResourceNumberTransformationAttribute.Revisions);
        var locations = new ResourceNumberTransformationAttribute(ResourceNumberTransformationAttribute.Locations);
        var collections = new ResourceNumberTransformationAttribute(ResourceNumberTransformationAttribute.Collections);

        Assert.Equal(new object?[] { 7 }, (IEnumerable)Transform(revisions, Hashed)!);
        Assert.Equal(new object?[] { 9 }, (IEnumerable)Transform(locations, Hashed)!);
        Assert.Equal(9, Transform(locations, "/api/v1/location/9/"));
        Assert.Equal(12, Transform(revisions, new ImageRevision { Id = 12 }));
        Assert.Equal(474, Transform(collections, new Collection { Id = 474 }));
        Assert.Same(Hashed, Transform(collections, Hashed)); // left for -User, by property name
        Assert.Contains("'AstroBin.Location'", Refusal(revisions, new Location { ResourceUri = "/api/v1/location/9/" }));
        Assert.Contains("'AstroBin.UserProfile'", Refusal(locations, new UserProfile { Id = 7630 }));
        Assert.Contains("not a location", Refusal(locations, "https://www.astrobin.com/123456/"));
        var record = new PSObject();
        record.Properties.Add(new PSNoteProperty("resource_uri", "/api/v1/userprofile/7630/"));
        record.Properties.Add(new PSNoteProperty("id", 7630));
        Assert.Contains("read as AstroBin.UserProfile", Refusal(locations, record));
    }

    [Fact]
    public void An_api_path_is_an_objects_own_record_and_an_image_is_fetched_by_its_hash()
    {
        var attribute = new ApiPathTransformationAttribute();

        Assert.Equal("/api/v1/image/yx76x9/", Transform(attribute, Hashed));
        Assert.Equal("/api/v1/toppick/3/", Transform(attribute, new TopPick { ResourceUri = "/api/v1/toppick/3/" }));
        Assert.Equal("image/yx76x9", Transform(attribute, "image/yx76x9"));
        Assert.Equal("https://www.astrobin.com/api/v1/image/yx76x9/", Transform(attribute, "https://www.astrobin.com/api/v1/image/yx76x9/"));
        Assert.Equal("/api/v1/image/yx76x9/", Transform(attribute, "https://www.astrobin.com/yx76x9/"));
        Assert.Contains("a user page", Refusal(attribute, "https://www.astrobin.com/users/crgood2/"));
        Assert.Contains("not an API path", Refusal(attribute, 7));
        var record = new PSObject();
        record.Properties.Add(new PSNoteProperty("hash", "yx76x9"));
        record.Properties.Add(new PSNoteProperty("resource_uri", "/api/v1/image/659781/"));
        Assert.Equal("/api/v1/image/yx76x9/", Transform(attribute, record));
    }

    [Fact]
    public void Exported_objects_bind_as_the_live_object_never_by_their_id()
    {
        var revisions = new ResourceNumberTransformationAttribute(ResourceNumberTransformationAttribute.Revisions);
        var locations = new ResourceNumberTransformationAttribute(ResourceNumberTransformationAttribute.Locations);
        var row = new PSObject();
        foreach (var (name, value) in new (string, object)[] { ("Id", "659781"), ("Hash", "yx76x9"), ("Uploaded", ""), ("Revisions", "/api/v1/imagerevision/7/"), ("Locations", "/api/v1/location/9/") })
        {
            row.Properties.Add(new PSNoteProperty(name, value));
        }
        var user = new PSObject();
        user.Properties.Add(new PSNoteProperty("Id", 7630));
        user.Properties.Add(new PSNoteProperty("Username", "crgood2"));
        user.TypeNames.Insert(0, "Deserialized.AstroBin.UserProfile");

        Assert.Equal(new object?[] { 7 }, (IEnumerable)Transform(revisions, row)!);
        Assert.Equal(new object?[] { 9 }, (IEnumerable)Transform(locations, row)!);
        Assert.Contains("'Deserialized.AstroBin.UserProfile'", Refusal(locations, user));
        Assert.Equal("crgood2", Transform(new UsernameTransformationAttribute(), user));
    }

    [Fact]
    public void Text_is_read_as_the_parameter_reads_it_or_refused_saying_what_it_looks_like()
    {
        var revisions = new ResourceNumberTransformationAttribute(ResourceNumberTransformationAttribute.Revisions);

        Assert.Equal(7, Transform(revisions, "7"));
        Assert.Equal(7, Transform(revisions, "https://www.astrobin.com/api/v1/imagerevision/7"));
        Assert.Contains("Get-AstroBinImage z00003 | Get-AstroBinImageRevision", Refusal(revisions, "z00003"));
        Assert.Contains("not an image revision number", Refusal(revisions, "z00003"));
        Assert.Equal("yx76x9", Transform(new ImageIdTransformationAttribute(), "https://www.astrobin.com/full/yx76x9/0/"));
        Assert.Contains("a user page", Refusal(new ImageIdTransformationAttribute(), "https://www.astrobin.com/users/crgood2/"));
        Assert.Equal("crgood2", Transform(new UsernameTransformationAttribute(), "https://www.astrobin.com/users/crgood2/"));
        Assert.Equal("/api/v1/userprofile/7630/", Transform(new UsernameTransformationAttribute { TakesProfileNumbers = true }, 7630));
        Assert.Contains("Get-AstroBinUser -Id 1005", Refusal(new UsernameTransformationAttribute(), new Hashtable { ["Id"] = 1005 }));
        Assert.Contains("with an ImageId or Hash property", Refusal(new ImageIdTransformationAttribute(), new FileInfo("/tmp/x")));
    }
}
