namespace AstroBin.Tests;

/// <summary>The recorded real responses copied from shared/astrobin-responses (see tests/fixtures/astrobin-responses/README.md).</summary>
internal static class Fixtures
{
    public static string Path(string name) => System.IO.Path.Combine(AppContext.BaseDirectory, "Fixtures", name);

    public static byte[] Bytes(string name) => File.ReadAllBytes(Path(name));

    public const string Yx76x9 = "LalitNM-STACBot--image-detail-yx76x9-CONVERTED.json";
    public const string AndromedaList = "damadormoreno-astrobin_app--image-list-title-icontains-andromeda.json";
    public const string Sly00evnt = "sly9-AstrobinSpider--image-detail-00evnt.json";
    public const string Sly00fte8 = "sly9-AstrobinSpider--image-detail-00fte8.json";
    public const string Sly00xjb8 = "sly9-AstrobinSpider--image-detail-00xjb8.json";
    public const string Sly09wufi = "sly9-AstrobinSpider--image-detail-09wufi.json";
    public const string Historical2013 = "garygause-AstroBinAPI--image-detail-57782-2013-HISTORICAL.json";
}
