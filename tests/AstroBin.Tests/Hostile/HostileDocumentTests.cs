using System.Text;
using AstroBin.Api;
using AstroBin.Api.Errors;

namespace AstroBin.Tests.Hostile;

/// <summary>Invoke-AstroBinApi's untyped documents: an answer over the element or depth caps is refused before anything is built.</summary>
public sealed class HostileDocumentTests
{
    [Fact]
    public void Json_with_more_values_than_any_api_answer_is_refused_unretried()
    {
        var text = "[" + string.Join(",", Enumerable.Repeat("{}", DocumentLimits.MaxNodes + 1)) + "]";
        var document = new ApiDocument(text, ApiFormat.Json, "application/json", "u");

        var error = Assert.Throws<AstroBinInvalidResponseException>(() => document.ReadJson());

        Assert.Contains("more than 100000 JSON values", error.Message);
        Assert.False(error.MayBeTransient);
        Assert.Throws<AstroBinInvalidResponseException>(() => document.ReadPageInfo());
    }

    [Fact]
    public void Xml_with_more_elements_than_any_api_answer_is_refused()
    {
        var text = new StringBuilder("<response><objects>");
        for (var i = 0; i < DocumentLimits.MaxNodes; i++) text.Append("<object/>");
        var document = new ApiDocument(text.Append("</objects></response>").ToString(), ApiFormat.Xml, "application/xml", "u");

        var error = Assert.Throws<AstroBinInvalidResponseException>(() => document.ReadXml());

        Assert.Contains("more than 100000 XML elements and attributes", error.Message);
    }

    [Theory]
    [InlineData(ApiFormat.Json)]
    [InlineData(ApiFormat.Xml)]
    public void Nesting_deeper_than_any_api_answer_is_refused(ApiFormat format)
    {
        const int depth = 100;
        var text = format == ApiFormat.Json
            ? string.Concat(Enumerable.Repeat("[", depth)) + string.Concat(Enumerable.Repeat("]", depth))
            : string.Concat(Enumerable.Repeat("<a>", depth)) + string.Concat(Enumerable.Repeat("</a>", depth));
        var document = new ApiDocument(text, format, null, "u");

        Assert.Throws<AstroBinInvalidResponseException>(() => format == ApiFormat.Json ? document.ReadJson() : document.ReadXml());
    }

    [Fact]
    public void A_list_page_within_the_caps_reads_as_before()
    {
        var document = new ApiDocument("{\"meta\": {\"limit\": 2, \"next\": null, \"offset\": 4, \"total_count\": 6}, \"objects\": [{\"id\": 1}, {\"id\": 2}]}", ApiFormat.Json, "application/json", "u");

        var info = document.ReadPageInfo()!;

        Assert.Equal((2, 6L, false, 4L, 2, "{\"id\": 1}"), (info.ObjectCount, info.TotalCount, info.HasNext, info.Offset, info.Limit, info.FirstObject));
        Assert.Equal(1L, ((OrderedMap)((object?[])((OrderedMap)document.ReadJson()!)["objects"]!)[0]!)["id"]);
    }
}
