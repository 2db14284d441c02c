namespace AstroBin.Api
{
    /// <summary>The serializations the client asks for with <c>format=</c>.</summary>
    public enum ApiFormat
    {
        Json,
        Xml,
    }
}
