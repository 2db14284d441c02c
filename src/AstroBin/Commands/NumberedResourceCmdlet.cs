using System;
using System.Threading;
using System.Threading.Tasks;
using AstroBin.Api.Errors;

namespace AstroBin.Commands
{
    /// <summary>What the cmdlets that get records by number share: one request per number, per-item errors.</summary>
    public abstract class NumberedResourceCmdlet<T> : AstroBinCmdlet
    {
        /// <summary>The error id for a number with no record, such as AstroBinLocationNotFound.</summary>
        private protected abstract string NotFoundId { get; }

        private protected void WriteByNumber(int[] ids, Func<int, CancellationToken, Task<T>> get)
        {
            foreach (var id in ids)
            {
                if (id <= 0)
                {
                    WriteError(ErrorRecords.Create("AstroBinInvalidId", System.Management.Automation.ErrorCategory.InvalidArgument,
                        "The id " + id + " is not a positive number. Give the number a resource_uri ends with, such as 7 for /api/v1/location/7/.", id));
                    continue;
                }
                try
                {
                    WriteObject(Await(get(id, StopToken)));
                }
                catch (AstroBinException ex)
                {
                    WriteApiError(ex, id, NotFoundId);
                }
            }
        }
    }
}
