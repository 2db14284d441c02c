using System;
using System.Management.Automation;

namespace AstroBin.Commands.Binding
{
    /// <summary>
    /// Binds an API path for Invoke-AstroBinApi: text as it is; the module's objects as the path of their own
    /// record, which for an image is <c>image/&lt;hash&gt;/</c> and never its numeric resource_uri (AstroBin
    /// answers that with 404 for every image that has a hash); other objects by their Path or ResourceUri.
    /// </summary>
    internal sealed class ApiPathTransformationAttribute : StrictTransformationAttribute
    {
        private const string ImagePaths = "/api/v1/image/";

        private static readonly string[] Properties = { "Path", "ResourceUri", "resource_uri" };

        private protected override string Takes => "an API path (such as 'image/yx76x9')";

        private protected override string[] PropertyNames => Properties;

        /// <summary>A path as it is; a web address outside the API (an image's page, from Show-AstroBinImage) is refused.</summary>
        private protected override object? FromText(string text) =>
            Uri.TryCreate(text.Trim(), UriKind.Absolute, out var address) && (address.Scheme == Uri.UriSchemeHttps || address.Scheme == Uri.UriSchemeHttp)
                && address.AbsolutePath.IndexOf("/api/v1/", StringComparison.OrdinalIgnoreCase) < 0
                ? throw new ArgumentTransformationMetadataException(
                    "'" + text + "' is a web page, not an API address. Give a path below /api/v1/ such as 'image/yx76x9', or pipe the page to Get-AstroBinImage.")
                : text;

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
            _ => FromRecord(input),
        };

        /// <summary>An image record as Invoke-AstroBinApi gives it: its hash, when it has one, is what fetches it.</summary>
        private static object FromRecord(object input)
        {
            var properties = PSObject.AsPSObject(input).Properties;
            var hash = properties["hash"]?.Value as string;
            var uri = properties["resource_uri"]?.Value as string;
            return !string.IsNullOrEmpty(hash) && uri != null && uri.StartsWith(ImagePaths, StringComparison.Ordinal)
                ? ImagePath(hash!)
                : NotModel;
        }

        private static string ImagePath(string imageId) => ImagePaths + imageId + "/";
    }
}
