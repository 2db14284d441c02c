using System.Text;
using AstroBin.Api.Json;

namespace AstroBin.Tests.Api;

/// <summary>
/// A list page is read in one deserialisation when it is small (the fast way) and record by record otherwise or when
/// a record does not fit: both ways must give the same page, and the same bounds.
/// </summary>
public sealed class ListPageParserTests
{
    private static string Record(int id, string? field = null) =>
        "{\"id\": " + id + ", \"hash\": \"a" + id.ToString("00000", System.Globalization.CultureInfo.InvariantCulture) + "\", \"title\": \"Image " + id + "\""
        + (field == null ? string.Empty : ", " + field) + "}";

    private static byte[] Page(IEnumerable<string> records, int padding = 0) => Encoding.UTF8.GetBytes(
        "{\"meta\": {\"limit\": 25, \"next\": null, \"offset\": 0, \"previous\": null, \"total_count\": 30}, \"objects\": ["
        + string.Join(", ", records) + "]}" + new string(' ', padding));

    /// <summary>The same page, past the size read in one go: blanks after the document are allowed JSON.</summary>
    private static byte[] Large(byte[] page) => Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(page) + new string(' ', ListPageParser.WholePageBytes));

    private static object?[] Shape(ParsedPage<Image> page) =>
    [
        page.Meta?.TotalCount, page.TooManyObjects, page.FirstObject,
        string.Join("|", page.Entries!.Select(entry => entry.Item != null ? "image " + entry.Item.ImageId + " " + entry.Item.Title : "unreadable " + entry.Failure!.Path)),
    ];

    [Theory]
    [InlineData(25, null)]
    [InlineData(25, "\"w\": null")]
    [InlineData(40, null)]
    public void A_small_and_a_large_page_read_the_same(int count, string? unfit)
    {
        var small = Page(Enumerable.Range(1, count).Select(id => Record(id, id == 3 ? unfit : null)));

        var fast = ListPageParser.Parse(small, AstroBinJsonContext.Default.ListPageImage, 25);
        var byRecord = ListPageParser.Parse(Large(small), AstroBinJsonContext.Default.ListPageImage, 25);

        Assert.Equal(Shape(byRecord), Shape(fast));
        Assert.Equal(Record(1), fast.FirstObject);
        Assert.Equal(count > 25, fast.TooManyObjects);
        Assert.Equal(25, fast.Entries!.Count);
        Assert.Equal(unfit == null ? null : "$.w", fast.Entries[2].Failure?.Path);
    }

    [Fact]
    public void A_null_record_is_unreadable_in_its_place_both_ways()
    {
        var small = Page([Record(1), "null", Record(3)]);

        var fast = ListPageParser.Parse(small, AstroBinJsonContext.Default.ListPageImage, 25);

        Assert.Equal(Shape(ListPageParser.Parse(Large(small), AstroBinJsonContext.Default.ListPageImage, 25)), Shape(fast));
        Assert.Equal("$", fast.Entries![1].Failure!.Path);
        Assert.Equal("a00003", fast.Entries[2].Item!.ImageId);
    }
}
