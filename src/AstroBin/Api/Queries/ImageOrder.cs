namespace AstroBin.Api.Queries
{
    /// <summary>The fields the image list can be ordered by (any other answers 400).</summary>
    [Newtonsoft.Json.JsonConverter(typeof(Newtonsoft.Json.Converters.StringEnumConverter))]
    public enum ImageOrder
    {
        Uploaded,
        Published,
        Title,
    }
}
