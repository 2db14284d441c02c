using System.Management.Automation;
using AstroBin.Api.Queries;

namespace AstroBin.Input
{
    /// <summary>
    /// Search-AstroBinImage -Filter takes a hashtable; text given there (<c>-Filter 'w__gte=4000'</c>) would fail with
    /// PowerShell's "cannot convert to Hashtable". This says how to write one and which keys there are.
    /// </summary>
    internal sealed class FilterTransformationAttribute : ArgumentTransformationAttribute
    {
        public override object? Transform(EngineIntrinsics engineIntrinsics, object? inputData)
        {
            var value = inputData is PSObject wrapped ? wrapped.BaseObject : inputData;
            if (!(value is string text)) return inputData;
            throw new ArgumentTransformationMetadataException(
                "-Filter takes a hashtable of API lookups, @{ key = value }, not the text '" + text + "'. For example: -Filter @{ 'w__gte' = 4000; 'data_source' = 'BACKYARD' }. Keys: "
                + ImageFilterKeys.Describe() + ".");
        }
    }
}
