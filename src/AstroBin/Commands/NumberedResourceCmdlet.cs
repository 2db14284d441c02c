using System;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;

namespace AstroBin.Commands
{
    /// <summary>
    /// What the cmdlets that get records by number share: piped numbers looked up concurrently and
    /// written in input order, per-item errors, the session cache unless -NoCache.
    /// </summary>
    public abstract class NumberedResourceCmdlet<T> : AstroBinCmdlet
    {
        private OrderedLookups<T>? _lookups;

        /// <summary>Ask AstroBin even when the session cache has the record.</summary>
        [Parameter]
        public SwitchParameter NoCache { get; set; }

        protected override bool UseCache => !NoCache;

        /// <summary>The error id for a number with no record, such as AstroBinLocationNotFound.</summary>
        private protected abstract string NotFoundId { get; }

        private protected void WriteByNumber(int[] ids, Func<int, CancellationToken, Task<T>> get)
        {
            foreach (var id in ids)
            {
                if (id <= 0)
                {
                    // Earlier numbers first, so that output and errors keep the input order.
                    if (_lookups != null) WriteLookups(_lookups, true, NotFoundId);
                    WriteError(ErrorRecords.Create("AstroBinInvalidId", ErrorCategory.InvalidArgument,
                        "The id " + id + " is not a positive number. Give the number a resource_uri ends with, such as 7 for /api/v1/location/7/.", id));
                    continue;
                }
                _lookups ??= new OrderedLookups<T>(Client.Options.MaxConcurrency);
                _lookups.Start(id, get(id, StopToken));
                WriteLookups(_lookups, false, NotFoundId);
            }
        }

        protected override void EndProcessing()
        {
            if (_lookups != null) WriteLookups(_lookups, true, NotFoundId);
            base.EndProcessing();
        }
    }
}
