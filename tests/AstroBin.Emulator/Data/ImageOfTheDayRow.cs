namespace AstroBin.Emulator.Data;

/// <summary>One Image of the Day (spec §7.3); runner-ups are null for every modern row.</summary>
public sealed class ImageOfTheDayRow
{
    public int Id { get; init; }

    public DateOnly Date { get; init; }

    public required ImageRow Image { get; init; }

    /// <summary>The served `image` value: an API path WITHOUT trailing slash.</summary>
    public string ImagePath => "/api/v1/image/" + Image.PublicId;
}
