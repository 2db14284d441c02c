using System.Text.Json.Serialization;

namespace AstroBin.Api.Json
{
    /// <summary>Source-generated (reflection-free) serialisation metadata for every wire type.</summary>
    // Numbers are also read from strings: the 2013 API sent "id": "57782".
    [JsonSourceGenerationOptions(GenerationMode = JsonSourceGenerationMode.Metadata, NumberHandling = JsonNumberHandling.AllowReadingFromString)]
    [JsonSerializable(typeof(Image))]
    [JsonSerializable(typeof(ImageOfTheDay))]
    [JsonSerializable(typeof(UserProfile))]
    [JsonSerializable(typeof(ListPage<Image>))]
    [JsonSerializable(typeof(ListPage<ImageOfTheDay>))]
    [JsonSerializable(typeof(ListPage<UserProfile>))]
    [JsonSerializable(typeof(ImageRevision))]
    [JsonSerializable(typeof(Location))]
    [JsonSerializable(typeof(Collection))]
    [JsonSerializable(typeof(ListPage<TopPick>))]
    [JsonSerializable(typeof(ListPage<TopPickNomination>))]
    [JsonSerializable(typeof(ListPage<Collection>))]
    [JsonSerializable(typeof(ErrorBody))]
    internal sealed partial class AstroBinJsonContext : JsonSerializerContext
    {
    }
}
