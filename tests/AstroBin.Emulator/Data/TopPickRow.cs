namespace AstroBin.Emulator.Data;

/// <summary>A top pick or top pick nomination archive row (spec §7.4-7.5): one image, when it was archived.</summary>
public sealed class TopPickRow
{
    public int Id { get; init; }

    public required ImageRow Image { get; init; }

    /// <summary>When the row was archived; the list's order (newest first), not served.</summary>
    public DateTime Created { get; init; }

    /// <summary>The served `image` value: an API path WITHOUT trailing slash.</summary>
    public string ImagePath => "/api/v1/image/" + Image.PublicId;
}
