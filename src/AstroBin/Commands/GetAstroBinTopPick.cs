using System.Collections.Generic;
using System.Management.Automation;
using AstroBin.Api;

namespace AstroBin.Commands
{
    /// <summary>Gets the top picks, newest first; pipe them to Get-AstroBinImage for the images.</summary>
    [Cmdlet(VerbsCommon.Get, "AstroBinTopPick", SupportsPaging = true, HelpUri = HelpLinks.Pages + "Get-AstroBinTopPick.md")]
    [OutputType(typeof(TopPick))]
    public sealed class GetAstroBinTopPick : ListCmdlet<TopPick>
    {
        private protected override string ListName => "toppick";

        private protected override string Noun => "top picks";

        private protected override IAsyncEnumerable<TopPick> Read(ListObserver observer) => Client.GetTopPicksAsync(PagingRange, observer, StopToken);
    }
}
