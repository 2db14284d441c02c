using System.Collections;
using System.Collections.Generic;
using System.Management.Automation;
using System.Globalization;
using AstroBin.Api;
using AstroBin.Input;

namespace AstroBin.Commands.Binding
{
    /// <summary>
    /// Lets an -Id parameter of a numbered resource take what stands for its records: numbers, API paths such
    /// as '/api/v1/location/7/', the resource's own objects, an image for the revisions or locations it
    /// lists, and any object whose resource_uri is one of the resource's. The module's other objects are
    /// refused (their Id is another resource's number), except those Get-AstroBinCollection binds by user.
    /// </summary>
    internal sealed class ResourceNumberTransformationAttribute : StrictTransformationAttribute
    {
        public const string Revisions = "imagerevision";
        public const string Locations = "location";
        public const string Collections = "collection";

        private static readonly string[] Properties = { "Id" };

        private readonly string _resource;

        public ResourceNumberTransformationAttribute(string resource)
        {
            _resource = resource;
        }

        private ResourceKind Kind => ResourceRef.KindOfApiResource(_resource)!.Value;

        private protected override string Takes => ResourceRef.Noun(Kind) + " number";

        private protected override string[] PropertyNames => Properties;

        /// <summary>A number that fits the API's numbers (zero and negatives are refused later, per item, by the cmdlet).</summary>
        private protected override object? FromNumber(long number) => number >= int.MinValue && number <= int.MaxValue
            ? (int)number
            : throw new ArgumentTransformationMetadataException(number + " is not " + Takes + ": AstroBin's numbers are below " + ((long)int.MaxValue + 1) + ", such as 7 (from '/api/v1/" + _resource + "/7/').");

        /// <summary>A number as text, or one of the resource's API addresses; anything else refused, saying what it looks like.</summary>
        private protected override object? FromText(string text)
        {
            var reference = ReadAddress(text);
            if (reference == null)
            {
                if (int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number)) return number;
                throw new ArgumentTransformationMetadataException("'" + text + "' is not " + Takes + ": that is a whole number such as 7 (from '/api/v1/" + _resource + "/7/')."
                    + (ImageId.TryParse(text, out var image, out _)
                        ? " '" + text + "' looks like an image hash; to get the " + _resource + "s an image lists, pipe the image: Get-AstroBinImage " + image + " | " + Cmdlet + "."
                        : string.Empty));
            }
            if (reference.Kind == Kind && reference.Number is int own) return own;
            throw Refuse(reference, text, reference.Kind == ResourceKind.Image && Kind != ResourceKind.Collection
                ? "Pipe the image: Get-AstroBinImage " + reference.Key + " | " + Cmdlet + "."
                : "Give a number such as 7, or an address such as '/api/v1/" + _resource + "/7/'.");
        }

        private string Cmdlet => Kind == ResourceKind.ImageRevision ? "Get-AstroBinImageRevision" : Kind == ResourceKind.Location ? "Get-AstroBinLocation" : "Get-AstroBinCollection";

        private protected override object? FromModel(object value, object input)
        {
            switch (value)
            {
                case Image image when _resource != Collections:
                    return Numbers(_resource == Locations ? image.Locations : image.Revisions);
                case ImageRevision revision when _resource == Revisions:
                    return revision.Id;
                case Location location when _resource == Locations:
                    return (object?)location.Id ?? throw Refuse(input, "It has no resource_uri.");
                case Collection collection when _resource == Collections:
                    return collection.Id;
                // Get-AstroBinCollection lists these by their user (its -User binds by property name).
                case Image _:
                case UserProfile _:
                case ImageOfTheDay _:
                    if (_resource == Collections) return PassThrough(input);
                    break;
            }
            if (value.GetType().Namespace == typeof(Image).Namespace)
            {
                throw Refuse(input, _resource == Revisions ? "Pipe an image or its revisions." : _resource == Locations ? "Pipe an image or its locations." : "Pipe collections, or images and users for their collections.");
            }
            var properties = PSObject.AsPSObject(input).Properties;
            var uri = properties["resource_uri"]?.Value as string;
            if (uri == null)
            {
                // A script's object that names a user and no number is Get-AstroBinCollection's -User, bound by property name
                // (not any object with a User property: a file has one on Unix).
                var namesUser = value is PSCustomObject && properties["Id"] == null && (properties["User"] ?? properties["Username"]) != null;
                return _resource == Collections && namesUser ? PassThrough(input) : NotModel;
            }
            return uri.StartsWith("/api/v1/" + _resource + "/", System.StringComparison.Ordinal)
                ? ApiPath.LastNumber(uri)
                : throw Refuse(input, "Its resource_uri '" + uri + "' is not " + ResourceRef.Noun(Kind) + "'s.");
        }

        private static object?[] Numbers(IEnumerable paths)
        {
            var numbers = new List<object?>();
            foreach (var path in paths) numbers.Add(ApiPath.LastNumber(path as string));
            return numbers.ToArray();
        }
    }
}
