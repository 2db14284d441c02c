using System.Management.Automation;

namespace AstroBin.Commands.Binding
{
    /// <summary>
    /// Binds a user name: text as it is, a user profile's Username, the User of an image, a collection or an
    /// Image of the Day looked up with -IncludeImage. A number is refused (Get-AstroBinUser takes profile
    /// numbers with -Id), and so are objects that carry no user: top picks, revisions and locations.
    /// </summary>
    internal sealed class UsernameTransformationAttribute : StrictTransformationAttribute
    {
        private const string ThroughImage = "Pipe it to Get-AstroBinImage first: the image carries its user (... | Get-AstroBinImage | Get-AstroBinUser).";

        private static readonly string[] Properties = { "Username", "User" };

        private protected override string Takes => "a user name";

        private protected override string[] PropertyNames => Properties;

        private protected override object? FromNull() =>
            throw new ArgumentTransformationMetadataException(
                "The piped object has no user name. An Image of the Day carries its user only with -IncludeImage (Get-AstroBinImageOfTheDay -IncludeImage | Get-AstroBinUser).");

        private protected override object? FromNumber(long number) =>
            throw new ArgumentTransformationMetadataException(
                "The number " + number + " is not a user name. Get-AstroBinUser -Id takes profile numbers; quote a user name made of digits ('" + number + "').");

        private protected override object? FromModel(object value, object input) => value switch
        {
            UserProfile profile => profile.Username ?? throw Refuse(input, "The profile has no user name."),
            Image image => image.User ?? throw Refuse(input, "The image names no user."),
            Collection collection => collection.User ?? throw Refuse(input, "The collection names no user."),
            ImageOfTheDay day => day.User ?? throw Refuse(input,
                "An Image of the Day carries its user only when looked up with -IncludeImage (Get-AstroBinImageOfTheDay -IncludeImage | Get-AstroBinUser), or pipe it to Get-AstroBinImage first."),
            ArchivedImage _ => throw Refuse(input, ThroughImage),
            ImageRevision _ => throw Refuse(input, ThroughImage),
            Location _ => throw Refuse(input, "A location does not name its users."),
            _ => NotModel,
        };
    }
}
