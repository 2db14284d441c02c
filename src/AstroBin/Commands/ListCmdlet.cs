using System.Collections.Generic;
using AstroBin.Api;
using AstroBin.Api.Errors;

namespace AstroBin.Commands
{
    /// <summary>A cmdlet that writes one list of the API, page by page, with -First/-Skip/-IncludeTotalCount.</summary>
    public abstract class ListCmdlet<T> : AstroBinCmdlet
    {
        /// <summary>The list's API name, the target of its error records.</summary>
        private protected abstract string ListName { get; }

        /// <summary>What the list holds, plural, for the progress bar ('top picks').</summary>
        private protected abstract string Noun { get; }

        private protected abstract IAsyncEnumerable<T> Read(ListObserver observer);

        protected override void ProcessRecord()
        {
            try
            {
                var progress = new ListProgress(this, PagingRange, "Reading AstroBin " + Noun, Noun);
                WriteList(observer => Read(progress.Follow(observer)), progress.Step);
                progress.Complete();
            }
            catch (AstroBinException ex)
            {
                WriteApiError(ex, ListName);
            }
        }
    }
}
