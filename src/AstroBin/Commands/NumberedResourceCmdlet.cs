using System;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;

namespace AstroBin.Commands
{
    /// <summary>What the cmdlets that get records by number share: a number must be positive.</summary>
    public abstract class NumberedResourceCmdlet<T> : LookupCmdlet<T>
    {
        private protected void WriteByNumber(int[] ids, Func<int, CancellationToken, Task<T>> get)
        {
            foreach (var id in ids)
            {
                if (id <= 0)
                {
                    Refuse(ErrorRecords.Create("AstroBinInvalidId", ErrorCategory.InvalidArgument,
                        "The id " + id + " is not a positive number. Give the number a resource_uri ends with, such as 7 for /api/v1/location/7/.", id));
                    continue;
                }
                Look(id, token => get(id, token));
            }
        }
    }
}
