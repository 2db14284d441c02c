using System.Text;

namespace AstroBin.Benchmarks;

/// <summary>A list page whose objects are the recorded 2021-2022 image details, repeated to fill it.</summary>
internal static class RecordedPage
{
    private static readonly string[] Details =
    [
        "LalitNM-STACBot--image-detail-yx76x9-CONVERTED.json",
        "sly9-AstrobinSpider--image-detail-00evnt.json",
        "sly9-AstrobinSpider--image-detail-00fte8.json",
        "sly9-AstrobinSpider--image-detail-00xjb8.json",
        "sly9-AstrobinSpider--image-detail-09wufi.json",
    ];

    public static string Build(int count)
    {
        var bodies = Details.Select(name => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", name)).Trim()).ToArray();
        var page = new StringBuilder("{\"meta\": {\"limit\": 25, \"next\": \"/api/v1/image/?limit=25&offset=25\", \"offset\": 0, \"previous\": null, \"total_count\": 5000}, \"objects\": [");
        for (var i = 0; i < count; i++)
        {
            if (i > 0) page.Append(", ");
            page.Append(bodies[i % bodies.Length]);
        }
        return page.Append("]}").ToString();
    }
}
