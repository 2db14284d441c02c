using System;
using System.Globalization;
using System.Linq;
using System.Management.Automation;
using AstroBin.Input;

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

        /// <summary>A hash or number as it is; an address of an image (page, full view, file, API) as its id; any other address refused.</summary>
        private protected override object? FromText(string text)
        {
            var reference = ReadAddress(text);
            if (reference == null) return text;
            return reference.Kind switch
            {
                ResourceKind.Image => reference.Key,
                ResourceKind.User => throw Refuse(reference, text, reference.ByNumber
                    ? "To get the user's images: Get-AstroBinUser -Id " + reference.Key + " | Search-AstroBinImage."
                    : "To get the user's images: Search-AstroBinImage -User '" + reference.Key + "'."),
                _ => throw Refuse(reference, text, "Read the record first, and pipe it: Invoke-AstroBinApi '" + text + "' | Get-AstroBinImage."),
            };
        }

        /// <summary>
        /// The image or collection the last transformation on this thread read its ids from. Binding runs on the
        /// pipeline thread right before the cmdlet's ProcessRecord, so the cmdlet can tell that its ids came from a
        /// live object it need not fetch again (Get-AstroBinImage passes a piped image on; Save-AstroBinImage reads a
        /// piped collection's images the way Get-AstroBinImage -Collection does).
        /// </summary>
        [ThreadStatic]
        private static object? _lastModel;

        /// <summary>The live model <paramref name="ids"/> were read from by the last transformation on this thread, if they were.</summary>
        internal static T? SourceOf<T>(string[] ids) where T : class
        {
            var model = _lastModel;
            _lastModel = null;
            return model switch
            {
                Image image when ids.Length == 1 && ids[0] == image.ImageId => image as T,
                Collection collection when ids.SequenceEqual(collection.ImageIds) => collection as T,
                _ => null,
            };
        }

        public override object? Transform(EngineIntrinsics engineIntrinsics, object? inputData)
        {
            _lastModel = null;
            return base.Transform(engineIntrinsics, inputData);
        }

        private protected override object? FromNumber(long number) => number.ToString(CultureInfo.InvariantCulture);

        private protected override object? FromModel(object value, object input) => Remember(value) switch
        {
            ImageVersion version => version.ImageId ?? throw Refuse(input, "It names no image."),
            ImageOfTheDay day => day.ImageId ?? throw Refuse(input, "It names no image."),
            ArchivedImage pick => pick.ImageId ?? throw Refuse(input, "It names no image."),
            Collection collection => collection.ImageIds,
            UserProfile _ => throw Refuse(input, "To get a user's images, pipe the user to Search-AstroBinImage."),
            Location _ => throw Refuse(input, "The API lists no images by location."),
            _ => NotModel,
        };

        /// <summary>An exported image holds only its identity, never the whole record: it is looked up, not passed on.</summary>
        private protected override object? FromExported(object live, object input)
        {
            var id = FromModel(live, input);
            if (_lastModel is Image) _lastModel = null;
            return id;
        }

        private static object Remember(object value)
        {
            if (value is Image || value is Collection) _lastModel = value;
            return value;
        }
    }
}
