using System;
using System.Management.Automation;
using AstroBin.Input;

namespace AstroBin.Commands.Binding
{
    /// <summary>
    /// Binds an API path for Invoke-AstroBinApi: text as it is; the module's objects as the path of their own
    /// record, which for an image is <c>image/&lt;hash&gt;/</c> and never its numeric resource_uri (AstroBin
    /// answers that with 404 for every image that has a hash, and a raw image record from Invoke-AstroBinApi binds as
    /// the image it is); other objects by their Path or ResourceUri.
    /// </summary>
    internal sealed class ApiPathTransformationAttribute : StrictTransformationAttribute
    {
        private const string ImagePaths = "/api/v1/image/";

        private static readonly string[] Properties = { "Path", "ResourceUri", "resource_uri" };

        private protected override string Takes => "an API path (such as 'image/yx76x9')";

        private protected override string[] PropertyNames => Properties;

        /// <summary>
        /// A path as it is; a web page is refused, except an image's (from Show-AstroBinImage or the browser), which
        /// becomes the image's API path.
        /// </summary>
        private protected override object? FromText(string text)
        {
            if (text.IndexOf("/api/v1/", StringComparison.OrdinalIgnoreCase) >= 0 || !SiteAddress.TryRead(text, out var reference, out var problem)) return text;
            if (reference?.Kind == ResourceKind.Image) return ImagePath(reference.Key);
            throw new ArgumentTransformationMetadataException(
                (reference == null ? problem : "'" + text + "' is " + reference.Described + ".") + " It is a web page, not an API address. Give a path below /api/v1/ such as 'image/yx76x9'"
                + (reference?.Kind == ResourceKind.User ? ", or read the user with Invoke-AstroBinApi userprofile -Query @{ username = '" + reference.Key + "' }." : "."));
        }

        private protected override object? FromNumber(long number) =>
            throw new ArgumentTransformationMetadataException(
                "The number " + number + " is not an API path. Give a path such as 'image/" + number + "' or 'location/" + number + "'.");

        private protected override object? FromModel(object value, object input) => value switch
        {
            Image image => ImagePath(image.ImageId),
            ImageOfTheDay day => day.ResourceUri ?? throw Refuse(input, "It has no resource_uri."),
            ArchivedImage pick => pick.ResourceUri ?? throw Refuse(input, "It has no resource_uri."),
            ImageRevision revision => revision.ResourceUri ?? throw Refuse(input, "It has no resource_uri."),
            Collection collection => collection.ResourceUri ?? throw Refuse(input, "It has no resource_uri."),
            UserProfile profile => profile.ResourceUri ?? throw Refuse(input, "It has no resource_uri."),
            Location location => location.ResourceUri ?? throw Refuse(input, "It has no resource_uri."),
            _ => NotModel,
        };

        private static string ImagePath(string imageId) => ImagePaths + imageId + "/";
    }
}
