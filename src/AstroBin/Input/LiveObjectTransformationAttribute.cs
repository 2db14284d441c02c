using System;
using System.Linq;
using System.Management.Automation;

namespace AstroBin.Input
{
    /// <summary>
    /// For a parameter typed as one of the module's objects (Save-AstroBinImage -Image): an exported object of one of
    /// the given types (<see cref="ExportedRecord"/>) becomes the live object again, so that it binds to the same
    /// parameter the live one would; anything else is left for PowerShell to bind as before.
    /// </summary>
    internal sealed class LiveObjectTransformationAttribute : ArgumentTransformationAttribute
    {
        private readonly Type[] _types;

        public LiveObjectTransformationAttribute(params Type[] types)
        {
            _types = types;
        }

        public override object? Transform(EngineIntrinsics engineIntrinsics, object? inputData)
        {
            ExportedRecord? exported;
            try
            {
                exported = ExportedRecord.From(inputData);
            }
            catch (FormatException)
            {
                return inputData; // the -Id binding refuses it, naming what is wrong
            }
            return exported != null && _types.Contains(exported.Live.GetType()) ? exported.Live : inputData;
        }
    }
}
