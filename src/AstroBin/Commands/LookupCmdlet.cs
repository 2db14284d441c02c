using System;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using AstroBin.Api.Errors;

namespace AstroBin.Commands
{
    /// <summary>
    /// What the cmdlets that look objects up by id share: each id piped in starts its lookup at once, up
    /// to MaxConcurrency at a time; results and errors come out in input order; lookups are answered from
    /// the session cache unless -NoCache.
    /// </summary>
    public abstract class LookupCmdlet<T> : AstroBinCmdlet
    {
        private OrderedLookups<T>? _lookups;

        /// <summary>Ask AstroBin even when the session cache has the object.</summary>
        [Parameter]
        public SwitchParameter NoCache { get; set; }

        protected override bool UseCache => !NoCache;

        /// <summary>The error id for an id with no object, such as AstroBinImageNotFound.</summary>
        private protected abstract string NotFoundId { get; }

        /// <summary>Lookups waiting in a batch that is not sent yet (see <see cref="SendUnsent"/>).</summary>
        private protected virtual int Unsent => 0;

        /// <summary>Sends the lookups waiting in a batch, before the output waits for one of them.</summary>
        private protected virtual void SendUnsent()
        {
        }

        /// <summary>What is written for a looked-up object (by default the object itself).</summary>
        private protected virtual object Output(T value) => value!;

        /// <summary>Starts a lookup; writes the oldest ones while the window is full.</summary>
        /// <param name="target">The input as given, for the error record of a failed lookup.</param>
        private protected void Look(object target, Func<CancellationToken, Task<T>> lookup)
        {
            // Made on the first valid input, so that input refused locally needs no key.
            _lookups ??= new OrderedLookups<T>(Client.Options.MaxConcurrency);
            _lookups.Start(target, lookup(StopToken));
            WriteReady(all: false);
        }

        /// <summary>Writes the error of input refused before any request, after the results of earlier input.</summary>
        private protected void Refuse(ErrorRecord error)
        {
            WriteReady(all: true);
            WriteError(error);
        }

        protected override void EndProcessing()
        {
            WriteReady(all: true);
            base.EndProcessing();
        }

        private void WriteReady(bool all)
        {
            if (_lookups == null) return;
            foreach (var (target, lookup) in _lookups.Ready(all, () => Unsent))
            {
                if (!lookup.IsCompleted) SendUnsent();
                try
                {
                    WriteObject(Output(Await(lookup)));
                }
                catch (AstroBinException ex)
                {
                    WriteApiError(ex, target, NotFoundId);
                }
            }
        }
    }
}
