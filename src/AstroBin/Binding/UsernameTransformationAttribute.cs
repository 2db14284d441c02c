using System.Collections;
using System.Management.Automation;
using AstroBin.Input;

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

        /// <summary>
        /// Get-AstroBinUser's: a profile number or a userprofile API address binds as that address, which the cmdlet
        /// looks up by number (its name set is the default, so that it prompts for a name).
        /// </summary>
        public bool TakesProfileNumbers { get; set; }

        /// <summary>A name as it is; a user page as its name; a userprofile API address when profile numbers are taken; other addresses refused.</summary>
        private protected override object? FromText(string text)
        {
            var reference = ReadAddress(text);
            if (reference == null) return text;
            switch (reference.Kind)
            {
                case ResourceKind.User when !reference.ByNumber:
                    return reference.Key;
                case ResourceKind.User when TakesProfileNumbers:
                    return ProfilePath(reference.Key);
                case ResourceKind.User:
                    throw Refuse(reference, text, "Give the user name, or pipe the profile: Get-AstroBinUser -Id " + reference.Key + " | ...");
                case ResourceKind.Image:
                    throw Refuse(reference, text, "The image carries its user: Get-AstroBinImage " + reference.Key + " | ...");
                default:
                    throw Refuse(reference, text, "Read the record first, and pipe it: Invoke-AstroBinApi '" + text + "' | ...");
            }
        }

        /// <summary>The userprofile API path Get-AstroBinUser reads a profile number from.</summary>
        internal static string ProfilePath(string number) => "/api/v1/userprofile/" + number + "/";

        private protected override string Hint(object input)
        {
            var value = input is PSObject wrapped ? wrapped.BaseObject : input;
            var id = value is IDictionary table ? table["Id"] : PSObject.AsPSObject(input).Properties["Id"]?.Value;
            return id == null ? string.Empty : " If " + id + " is a profile number, give it to -Id: Get-AstroBinUser -Id " + id + ".";
        }

        private protected override object? FromNull() =>
            throw new ArgumentTransformationMetadataException(
                "No user name was given ($null). Give an AstroBin user name such as 'crgood2', or pipe users, images or collections;"
                + " an Image of the Day carries its user only with -IncludeImage (Get-AstroBinImageOfTheDay -IncludeImage | Get-AstroBinUser).");

        private protected override object? FromNumber(long number) => TakesProfileNumbers && number > 0 && number <= int.MaxValue
            ? ProfilePath(number.ToString(System.Globalization.CultureInfo.InvariantCulture))
            : throw new ArgumentTransformationMetadataException(
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
