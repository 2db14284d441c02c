using System;
using System.Xml;
using AstroBin.Api;
using AstroBin.Api.Errors;
using Xunit;

namespace AstroBin.Tests.Api;

/// <summary>Invoke-AstroBinApi's building blocks: path normalisation and safe XML.</summary>
public sealed class UntypedRequestTests
{
    [Theory]
    [InlineData("image/abc123", "image/abc123/")]
    [InlineData("/api/v1/image/abc123", "image/abc123/")]
    [InlineData("https://www.astrobin.com/api/v1/toppick/schema/", "toppick/schema/")]
    [InlineData("imageoftheday/set/1;2/", "imageoftheday/set/1;2/")]
    [InlineData("", "")]
    [InlineData("image/a b", "image/a%20b/")]
    public void Paths_are_normalised_below_the_base_with_a_trailing_slash(string input, string expected) =>
        Assert.Equal(expected, ApiRequestPath.Normalize(input, AstroBinClientOptions.DefaultBaseUri));

    [Theory]
    [InlineData("image/?limit=1")]
    [InlineData("image/../userprofile")]
    public void Query_strings_and_dot_segments_are_refused(string input) =>
        Assert.Throws<ArgumentException>(() => ApiRequestPath.Normalize(input));

    [Fact]
    public void A_hostile_xml_body_with_an_external_entity_is_refused_and_never_resolved()
    {
        var secretFile = System.IO.Path.GetTempFileName();
        System.IO.File.WriteAllText(secretFile, "TOP-SECRET");
        try
        {
            var hostile = "<?xml version='1.0'?><!DOCTYPE r [<!ENTITY x SYSTEM 'file://" + secretFile + "'>]><response><a>&x;</a></response>";
            var document = new ApiDocument(hostile, ApiFormat.Xml, "application/xml", "http://127.0.0.1/api/v1/x/");
            var error = Assert.Throws<AstroBinInvalidResponseException>(() => document.ReadXml());
            Assert.Contains("DTD", error.Message);
            Assert.DoesNotContain("TOP-SECRET", error.Message);
            Assert.Throws<XmlException>(() => SafeXml.Parse(hostile));
        }
        finally
        {
            System.IO.File.Delete(secretFile);
        }
    }

    [Fact]
    public void Json_and_xml_list_pages_report_their_envelope()
    {
        var json = new ApiDocument("{\"meta\": {\"limit\": 2, \"next\": \"/x\", \"offset\": 0, \"previous\": null, \"total_count\": 5}, \"objects\": [{}, {}]}", ApiFormat.Json, "application/json", "u");
        var info = json.ReadPageInfo()!;
        Assert.Equal((2, 5L, true), (info.ObjectCount, info.TotalCount, info.HasNext));
        var xml = new ApiDocument("<?xml version='1.0' encoding='utf-8'?>\n<response><meta type=\"hash\"><next type=\"null\"/><total_count type=\"integer\">1</total_count></meta><objects type=\"list\"><object><a>1</a></object></objects></response>", ApiFormat.Xml, "application/xml", "u");
        var xmlInfo = xml.ReadPageInfo()!;
        Assert.Equal((1, 1L, false), (xmlInfo.ObjectCount, xmlInfo.TotalCount, xmlInfo.HasNext));
        Assert.Null(new ApiDocument("{\"id\": 1}", ApiFormat.Json, "application/json", "u").ReadPageInfo());
    }
}
