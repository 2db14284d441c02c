namespace AstroBin.Api.Queries
{
    /// <summary>The fields the image list can be ordered by (any other answers 400).</summary>
    public enum ImageOrder
    {
        Uploaded,
        Published,
        Title,
    }
}
