namespace AstroBin.Input
{
    /// <summary>The kinds of AstroBin record an input can stand for.</summary>
    [Newtonsoft.Json.JsonConverter(typeof(Newtonsoft.Json.Converters.StringEnumConverter))]
    public enum ResourceKind
    {
        Image,
        ImageRevision,
        User,
        Location,
        Collection,
        ImageOfTheDay,
        TopPick,
        TopPickNomination,
    }
}
