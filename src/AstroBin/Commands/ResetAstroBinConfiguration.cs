using System.Management.Automation;
using AstroBin.Session;

namespace AstroBin.Commands
{
    /// <summary>Restores every setting of Set-AstroBinConfiguration to its default (the base URI to ASTROBIN_BASE_URI or the real site).</summary>
    [Cmdlet(VerbsCommon.Reset, "AstroBinConfiguration", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Low, HelpUri = HelpLinks.Configuration)]
    [OutputType(typeof(Configuration))]
    public sealed class ResetAstroBinConfiguration : PSCmdlet
    {
        /// <summary>Write the configuration in force afterwards to the pipeline.</summary>
        [Parameter]
        public SwitchParameter PassThru { get; set; }

        protected override void EndProcessing()
        {
            if (!ShouldProcess("AstroBin configuration of this session", "Reset to the defaults")) return;
            ConfigurationStore.Reset();
            if (!PassThru) return;
            try
            {
                WriteObject(new Configuration(ConfigurationStore.ResolveBaseUri(out var source), source, ConfigurationStore.Settings));
            }
            catch (System.ArgumentException ex)
            {
                ThrowTerminatingError(ErrorRecords.Create("AstroBinInvalidBaseUri", ErrorCategory.InvalidArgument, ex.Message, ConfigurationStore.BaseUriVariable, ex));
            }
        }
    }
}
