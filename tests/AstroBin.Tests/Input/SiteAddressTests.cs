using AstroBin.Api;
using AstroBin.Api.Queries;
using AstroBin.Input;

namespace AstroBin.Tests.Input;

/// <summary>Every address a user can copy from AstroBin, read as the record it names or refused saying what it is.</summary>
public class SiteAddressTests
{
    private static ResourceRef Read(string text)
    {
        Assert.True(SiteAddress.TryRead(text, out var reference, out var problem), text);
        Assert.True(reference != null, problem);
        return reference!;
    }

    private static string Problem(string text)
    {
        Assert.True(SiteAddress.TryRead(text, out var reference, out var problem), text);
        Assert.Null(reference);
        return problem;
    }

    [Theory]
    [InlineData("https://www.astrobin.com/yx76x9/", "yx76x9", null)]
    [InlineData("https://www.astrobin.com/yx76x9", "yx76x9", null)]
    [InlineData("https://astrobin.com/yx76x9/?nc=user", "yx76x9", null)]
    [InlineData("https://www.astrobin.com/yx76x9/B/", "yx76x9", "B")]
    [InlineData("https://www.astrobin.com/full/yx76x9/0/", "yx76x9", "0")]
    [InlineData("https://www.astrobin.com/full/yx76x9/C/", "yx76x9", "C")]
    [InlineData("https://www.astrobin.com/yx76x9/B/rawthumb/hd/", "yx76x9", "B")]
    [InlineData("https://astrob.in/yx76x9", "yx76x9", null)]
    [InlineData("https://www.astrobin.com/57782/", "57782", null)]
    [InlineData("https://www.astrobin.com/api/v1/image/yx76x9/", "yx76x9", null)]
    [InlineData("http://127.0.0.1:5000/api/v1/image/yx76x9", "yx76x9", null)]
    [InlineData("/api/v1/image/yx76x9", "yx76x9", null)]
    [InlineData("/api/v1/image/659781/", "659781", null)]
    public void An_image_address_names_the_image_and_its_revision_label(string address, string key, string? label)
    {
        var reference = Read(address);
        Assert.Equal(ResourceKind.Image, reference.Kind);
        Assert.Equal(key, reference.Key);
        Assert.Equal(label, reference.Label);
    }

    [Theory]
    [InlineData("https://www.astrobin.com/users/crgood2/", "crgood2", false)]
    [InlineData("https://www.astrobin.com/users/crgood2/collections/", "crgood2", false)]
    [InlineData("https://www.astrobin.com/users/crgood2/?sub=year", "crgood2", false)]
    [InlineData("https://www.astrobin.com/api/v1/userprofile/7630/", "7630", true)]
    [InlineData("/api/v1/userprofile/7630", "7630", true)]
    public void A_user_address_names_the_user_by_name_or_profile_number(string address, string key, bool byNumber)
    {
        var reference = Read(address);
        Assert.Equal(ResourceKind.User, reference.Kind);
        Assert.Equal(key, reference.Key);
        Assert.Equal(byNumber, reference.ByNumber);
        Assert.Contains(byNumber ? "API address" : "a user page", reference.Described);
    }

    [Theory]
    [InlineData("/api/v1/imagerevision/7/", ResourceKind.ImageRevision, 7)]
    [InlineData("https://www.astrobin.com/api/v1/location/9", ResourceKind.Location, 9)]
    [InlineData("/api/v1/collection/474/", ResourceKind.Collection, 474)]
    [InlineData("/api/v1/toppick/3/", ResourceKind.TopPick, 3)]
    [InlineData("/api/v1/toppicknomination/3/", ResourceKind.TopPickNomination, 3)]
    [InlineData("/api/v1/imageoftheday/12/", ResourceKind.ImageOfTheDay, 12)]
    public void A_resource_uri_names_its_own_kind_and_number(string address, ResourceKind kind, int number)
    {
        var reference = Read(address);
        Assert.Equal(kind, reference.Kind);
        Assert.Equal(number, reference.Number);
    }

    [Theory]
    [InlineData("https://www.astrobin.com/search/", "an AstroBin page ('/search/')")]
    [InlineData("https://www.astrobin.com/", "AstroBin's home page")]
    [InlineData("https://example.com/yx76x9/", "outside AstroBin")]
    [InlineData("/api/v1/image/", "the image list")]
    [InlineData("/api/v1/location/abc/", "is no location number")]
    [InlineData("/api/v1/subject/7/", "'subject' resource")]
    public void An_address_that_names_no_record_is_refused_saying_what_it_is(string address, string said)
    {
        Assert.Contains(said, Problem(address));
    }

    [Theory]
    [InlineData("https://attackerastrobin.com/yx76x9/", "outside AstroBin")]
    [InlineData("https://www.astrobin.com.attacker.net/yx76x9/", "outside AstroBin")]
    [InlineData("https://www.astrobin.com/users/..%2F..%2Fapi%2Fv1%2Fapikey/", "names no image or user")]
    [InlineData("https://www.astrobin.com/yx76x9%2F..%2Fx/", "names no image or user")]
    [InlineData("javascript://www.astrobin.com/yx76x9/", "")]
    public void A_hostile_address_names_nothing(string address, string said)
    {
        if (said.Length == 0)
        {
            Assert.False(SiteAddress.TryRead(address, out _, out _));
            return;
        }
        Assert.Contains(said, Problem(address));
    }

    [Theory]
    [InlineData("yx76x9")]
    [InlineData("57782")]
    [InlineData("crgood2")]
    [InlineData("image/yx76x9")]
    public void Bare_ids_names_and_relative_paths_are_no_address(string text)
    {
        Assert.False(SiteAddress.TryRead(text, out _, out _));
    }

    [Fact]
    public void ImageId_reads_image_addresses_and_refuses_others_naming_them()
    {
        Assert.True(ImageId.TryParse("https://www.astrobin.com/full/yx76x9/0/", out var id, out _));
        Assert.Equal("yx76x9", id);
        Assert.False(ImageId.TryParse("https://www.astrobin.com/users/crgood2/", out _, out var problem));
        Assert.Contains("a user page", problem);
        Assert.False(ImageId.TryParse("/api/v1/imagerevision/7/", out _, out problem));
        Assert.Contains("image revision", problem);
    }

    [Theory]
    [InlineData("Neb*", "^Neb.*$")]
    [InlineData("M?1", "^M.1$")]
    [InlineData("[AB]rown*", "^[AB]rown.*$")]
    [InlineData("a.b(c)+", @"^a\.b\(c\)\+$")]
    [InlineData("100`%`*", @"^100%\*$")]
    public void A_wildcard_becomes_an_anchored_regex_with_everything_else_literal(string pattern, string regex)
    {
        Assert.Equal(regex, WildcardRegex.From(pattern));
    }
}
