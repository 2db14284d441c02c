using System;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;

namespace AstroBin.Commands
{
    /// <summary>What the cmdlets that get records by number share: a number must be positive.</summary>
    public abstract class NumberedResourceCmdlet<T> : LookupCmdlet<T>
    {
        /// <summary>The API resource the numbers are of ("imagerevision"), for messages.</summary>
        private protected abstract string Resource { get; }

        private protected void WriteByNumber(int[] ids, Func<int, CancellationToken, Task<T>> get)
        {
            foreach (var id in ids)
            {
                if (id <= 0)
                {
                    Refuse(ErrorRecords.Create("AstroBinInvalidId", ErrorCategory.InvalidArgument,
                        "The id " + id + " is not a positive number. Give the number its resource_uri ends with, such as 7 for /api/v1/" + Resource + "/7/.", id));
                    continue;
                }
                Look(id, token => get(id, token));
            }
        }
    }
}
