using System.Globalization;
using System.Management.Automation;

namespace AstroBin.Commands.Binding
{
    /// <summary>
    /// Lets objects that stand for an image bind to an -Id parameter as the id that fetches them: an image
    /// gives its hash (never its numeric id, which 404s for hashed images), an Image of the Day, a top pick
    /// or a nomination the id in its image path, a revision its image's id, a collection the ids of all its
    /// images. A whole number is an old image's number. User profiles, locations and other objects are refused.
    /// </summary>
    internal sealed class ImageIdTransformationAttribute : StrictTransformationAttribute
    {
        private static readonly string[] Properties = { "ImageId", "Hash" };

        private protected override string Takes => "an image id (a hash such as 'yx76x9' or the number of an old image)";

        private protected override string[] PropertyNames => Properties;

        private protected override object? FromNumber(long number) => number.ToString(CultureInfo.InvariantCulture);

        private protected override object? FromModel(object value, object input) => value switch
        {
            ImageVersion version => version.ImageId ?? throw Refuse(input, "It names no image."),
            ImageOfTheDay day => day.ImageId ?? throw Refuse(input, "It names no image."),
            ArchivedImage pick => pick.ImageId ?? throw Refuse(input, "It names no image."),
            Collection collection => collection.ImageIds,
            UserProfile _ => throw Refuse(input, "To get a user's images, pipe the user to Search-AstroBinImage."),
            Location _ => throw Refuse(input, "The API lists no images by location."),
            _ => NotModel,
        };
    }
}
