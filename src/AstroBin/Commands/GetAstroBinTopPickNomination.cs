using System.Collections.Generic;
using System.Management.Automation;
using AstroBin.Api;

namespace AstroBin.Commands
{
    /// <summary>Gets the top pick nominations, newest first; pipe them to Get-AstroBinImage for the images.</summary>
    [Cmdlet(VerbsCommon.Get, "AstroBinTopPickNomination", SupportsPaging = true, HelpUri = HelpLinks.Pages + "Get-AstroBinTopPickNomination.md")]
    [OutputType(typeof(TopPickNomination))]
    public sealed class GetAstroBinTopPickNomination : ListCmdlet<TopPickNomination>
    {
        private protected override string ListName => "toppicknomination";

        private protected override string Noun => "top pick nominations";

        private protected override IAsyncEnumerable<TopPickNomination> Read(ListObserver observer) =>
            Client.GetTopPickNominationsAsync(PagingRange, observer, StopToken);
    }
}
