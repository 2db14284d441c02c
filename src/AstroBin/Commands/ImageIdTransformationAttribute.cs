using System.Collections;
using System.Collections.Generic;
using System.Management.Automation;

namespace AstroBin.Commands
{
    /// <summary>
    /// Lets objects that stand for an image bind to an -Id parameter as the id that fetches them:
    /// an image gives its hash (never its numeric id, which 404s for hashed images), an Image of
    /// the Day, a top pick or a nomination the id in its image path, a collection the ids of all its images.
    /// Anything else passes through unchanged.
    /// </summary>
    internal sealed class ImageIdTransformationAttribute : ArgumentTransformationAttribute
    {
        public override object? Transform(EngineIntrinsics engineIntrinsics, object? inputData)
        {
            var value = inputData is PSObject wrapped ? wrapped.BaseObject : inputData;
            switch (value)
            {
                case string _:
                    return value;
                case Collection collection:
                    return collection.ImageIds;
                case IEnumerable items:
                    var ids = new List<object?>();
                    foreach (var item in items) ids.Add(Transform(engineIntrinsics, item));
                    return ids.ToArray();
                default:
                    return ToId(value) ?? inputData;
            }
        }

        private static string? ToId(object? value) => value switch
        {
            Image image => image.ImageId,
            ImageOfTheDay day => day.ImageId,
            ArchivedImage pick => pick.ImageId,
            _ => null,
        };
    }
}
