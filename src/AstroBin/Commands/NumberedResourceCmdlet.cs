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

        /// <param name="get">A lookup that runs within the engine's concurrency.</param>
        private protected void WriteByNumber(int[] ids, Func<int, CancellationToken, Task<T>> get) => WriteByNumber(ids, id => Work.Limited(token => get(id, token)));

        /// <param name="start">A lookup started at once, such as a number joining a multi-get.</param>
        private protected void WriteByNumber(int[] ids, Func<int, Task<T>> start)
        {
            foreach (var id in ids)
            {
                if (id <= 0)
                {
                    Refuse(ErrorRecords.Create("AstroBinInvalidId", ErrorCategory.InvalidArgument,
                        "The id " + id + " is not a positive number. Give the number its resource_uri ends with, such as 7 for /api/v1/" + Resource + "/7/.", id));
                    continue;
                }
                Write(id, start(id));
            }
        }
    }
}
