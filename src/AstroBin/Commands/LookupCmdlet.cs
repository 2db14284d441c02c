using System;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using AstroBin.Api.Errors;

namespace AstroBin.Commands
{
    /// <summary>
    /// What the cmdlets that look objects up by id share: each id piped in becomes an item of the command's
    /// <see cref="OrderedWork"/> (concurrent, results and errors in input order); lookups are answered from the
    /// session cache unless -NoCache.
    /// </summary>
    public abstract class LookupCmdlet<T> : AstroBinCmdlet
    {
        /// <summary>Ask AstroBin even when the session cache has the object.</summary>
        [Parameter]
        public SwitchParameter NoCache { get; set; }

        protected override bool UseCache => !NoCache;

        /// <summary>The error id for an id with no object, such as AstroBinImageNotFound.</summary>
        private protected abstract string NotFoundId { get; }

        /// <summary>What is written for a looked-up object (by default the object itself).</summary>
        private protected virtual object Output(T value) => value!;

        /// <summary>Starts a lookup, within the engine's concurrency.</summary>
        /// <param name="target">The input as given, for the error record of a failed lookup.</param>
        private protected void Look(object target, Func<CancellationToken, Task<T>> lookup) => Write(target, Work.Limited(lookup));

        /// <summary>Queues a lookup already started (a number waiting for its multi-get); written in input order.</summary>
        private protected void Write(object target, Task<T> lookup)
        {
            Work.Add(lookup, value => WriteObject(Output(value)), error =>
            {
                if (!(error is AstroBinException failure)) return false;
                WriteApiError(failure, target, NotFoundId);
                return true;
            });
            Work.WriteReady(all: false);
        }

        /// <summary>Writes the error of input refused before any request, after the results of earlier input.</summary>
        private protected void Refuse(ErrorRecord error)
        {
            Work.WriteReady(all: true);
            WriteError(error);
        }

        protected override void EndProcessing()
        {
            Work.WriteReady(all: true);
            base.EndProcessing();
        }
    }
}
