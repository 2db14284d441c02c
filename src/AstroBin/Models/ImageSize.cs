namespace AstroBin
{
    /// <summary>
    /// The sizes AstroBin renders an image in: the url_* fields of an image. Thumb 80×80, Gallery
    /// 130×130, Regular 620 wide, Hd 1824 wide, Real the full upload, DuckDuckGo 250×200,
    /// DuckDuckGoSmall 113×90, Histogram 274×120.
    /// </summary>
    [Newtonsoft.Json.JsonConverter(typeof(Newtonsoft.Json.Converters.StringEnumConverter))]
    public enum ImageSize
    {
        Thumb,
        Gallery,
        Regular,
        Hd,
        Real,
        DuckDuckGo,
        DuckDuckGoSmall,
        Histogram,
    }
}
