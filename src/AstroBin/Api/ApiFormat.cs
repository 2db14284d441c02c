namespace AstroBin.Api
{
    /// <summary>The serializations the client asks for with <c>format=</c>.</summary>
    [Newtonsoft.Json.JsonConverter(typeof(Newtonsoft.Json.Converters.StringEnumConverter))]
    public enum ApiFormat
    {
        Json,
        Xml,
    }
}
