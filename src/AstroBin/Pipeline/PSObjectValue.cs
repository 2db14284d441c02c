using System.Collections;
using System.Linq;
using System.Management.Automation;

namespace AstroBin.Commands
{
    internal static class PSObjectValue
    {
        /// <summary>The .NET value inside PowerShell's wrappers, arrays unwrapped item by item.</summary>
        public static object? Unwrap(object? value)
        {
            var inner = value is PSObject wrapped ? wrapped.BaseObject : value;
            if (inner is string) return inner;
            if (inner is IEnumerable items) return items.Cast<object?>().Select(Unwrap).ToArray();
            return inner;
        }
    }
}
