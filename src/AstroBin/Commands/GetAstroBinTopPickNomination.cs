using System.Management.Automation;
using AstroBin.Api.Errors;

namespace AstroBin.Commands
{
    /// <summary>Gets the top pick nominations, newest first; pipe them to Get-AstroBinImage for the images.</summary>
    [Cmdlet(VerbsCommon.Get, "AstroBinTopPickNomination", SupportsPaging = true)]
    [OutputType(typeof(TopPickNomination))]
    public sealed class GetAstroBinTopPickNomination : AstroBinCmdlet
    {
        protected override void ProcessRecord()
        {
            try
            {
                WriteList(observer => Client.GetTopPickNominationsAsync(PagingRange, observer, StopToken));
            }
            catch (AstroBinException ex)
            {
                WriteApiError(ex, "toppicknomination");
            }
        }
    }
}
