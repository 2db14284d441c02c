using System.Management.Automation;
using AstroBin.Session;

namespace AstroBin.Commands
{
    /// <summary>Shows which key is in force (masked) and where it comes from; never the secret.</summary>
    [Cmdlet(VerbsCommon.Get, "AstroBinApiKey", HelpUri = HelpLinks.Key)]
    [OutputType(typeof(ApiKeyInfo))]
    public sealed class GetAstroBinApiKey : PSCmdlet
    {
        protected override void EndProcessing()
        {
            var credentials = ApiKeyStore.Resolve(out var source);
            WriteObject(new ApiKeyInfo(source, credentials?.MaskedKey));
        }
    }
}
