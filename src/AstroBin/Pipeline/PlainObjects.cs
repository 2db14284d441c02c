using System.Management.Automation;
using AstroBin.Api;

namespace AstroBin.Commands
{
    /// <summary>Turns the client's plain JSON values into what ConvertFrom-Json would give: PSObjects with note properties.</summary>
    internal static class PlainObjects
    {
        public static object? ToPSObject(object? value)
        {
            switch (value)
            {
                case OrderedMap map:
                    var result = new PSObject();
                    foreach (var pair in map) result.Properties.Add(new PSNoteProperty(pair.Key, ToPSObject(pair.Value)));
                    return result;
                case object?[] items:
                    var converted = new object?[items.Length];
                    for (var index = 0; index < items.Length; index++) converted[index] = ToPSObject(items[index]);
                    return converted;
                default:
                    return value;
            }
        }
    }
}
