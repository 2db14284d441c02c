using System;
using System.Management.Automation;
using AstroBin.Session;

namespace AstroBin.Commands
{
    /// <summary>Shows the module's settings in force and where each comes from.</summary>
    [Cmdlet(VerbsCommon.Get, "AstroBinConfiguration", HelpUri = HelpLinks.Configuration)]
    [OutputType(typeof(Configuration))]
    public sealed class GetAstroBinConfiguration : PSCmdlet
    {
        protected override void EndProcessing()
        {
            try
            {
                var baseUri = ConfigurationStore.ResolveBaseUri(out var source);
                WriteObject(new Configuration(baseUri, source, ConfigurationStore.Settings));
            }
            catch (ArgumentException ex)
            {
                ThrowTerminatingError(ErrorRecords.Create("AstroBinInvalidBaseUri", ErrorCategory.InvalidArgument, ex.Message, ConfigurationStore.BaseUriVariable, ex));
            }
        }
    }
}
