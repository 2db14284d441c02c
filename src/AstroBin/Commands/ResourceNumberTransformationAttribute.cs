using System.Collections;
using System.Collections.Generic;
using System.Management.Automation;
using AstroBin.Api;

namespace AstroBin.Commands
{
    /// <summary>
    /// Lets an -Id parameter of a numbered resource take what stands for its records: API paths such as
    /// '/api/v1/location/7/', the resource's own objects, and an image for the revisions or locations it lists.
    /// Anything else passes through unchanged (and fails the parameter's own conversion).
    /// </summary>
    internal sealed class ResourceNumberTransformationAttribute : ArgumentTransformationAttribute
    {
        public const string Revisions = "imagerevision";
        public const string Locations = "location";
        public const string Collections = "collection";

        private readonly string _resource;

        public ResourceNumberTransformationAttribute(string resource)
        {
            _resource = resource;
        }

        public override object? Transform(EngineIntrinsics engineIntrinsics, object? inputData)
        {
            var value = inputData is PSObject wrapped ? wrapped.BaseObject : inputData;
            switch (value)
            {
                case string text:
                    return text.IndexOf('/') >= 0 ? (object?)ApiPath.LastNumber(text) ?? inputData : inputData;
                case Image image:
                    return Numbers(_resource == Locations ? image.Locations : _resource == Revisions ? (IEnumerable)image.Revisions : null) ?? inputData;
                case ImageRevision revision when _resource == Revisions:
                    return revision.Id;
                case Location location when _resource == Locations:
                    return (object?)location.Id ?? inputData;
                case Collection collection when _resource == Collections:
                    return collection.Id;
                case IEnumerable items:
                    var numbers = new List<object?>();
                    foreach (var item in items) numbers.Add(Transform(engineIntrinsics, item));
                    return numbers.ToArray();
                default:
                    return inputData;
            }
        }

        private object?[]? Numbers(IEnumerable? paths)
        {
            if (paths == null) return null;
            var numbers = new List<object?>();
            foreach (var path in paths) numbers.Add(ApiPath.LastNumber(path as string));
            return numbers.ToArray();
        }
    }
}
