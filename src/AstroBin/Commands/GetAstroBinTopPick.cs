using System.Management.Automation;
using AstroBin.Api.Errors;

namespace AstroBin.Commands
{
    /// <summary>Gets the top picks, newest first; pipe them to Get-AstroBinImage for the images.</summary>
    [Cmdlet(VerbsCommon.Get, "AstroBinTopPick", SupportsPaging = true)]
    [OutputType(typeof(TopPick))]
    public sealed class GetAstroBinTopPick : AstroBinCmdlet
    {
        protected override void ProcessRecord()
        {
            try
            {
                WriteList(observer => Client.GetTopPicksAsync(PagingRange, observer, StopToken));
            }
            catch (AstroBinException ex)
            {
                WriteApiError(ex, "toppick");
            }
        }
    }
}
