using System.Management.Automation;
using AstroBin.State;

namespace AstroBin.Commands
{
    /// <summary>Shows which key is in force (masked) and where it comes from, or what is wrong with it; never the secret.</summary>
    [Cmdlet(VerbsCommon.Get, "AstroBinApiKey", HelpUri = HelpLinks.Pages + "Get-AstroBinApiKey.md")]
    [OutputType(typeof(ApiKeyInfo))]
    public sealed class GetAstroBinApiKey : PSCmdlet
    {
        protected override void EndProcessing()
        {
            var key = ModuleState.Current.Keys.Lookup();
            if (key.Problem != null || key.Warning != null) WriteWarning(key.Problem ?? key.Warning);
            WriteObject(new ApiKeyInfo(key));
        }
    }
}
