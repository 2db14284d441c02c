using System.Management.Automation;
using AstroBin.State;

namespace AstroBin.Commands
{
    /// <summary>
    /// Forgets every setting Set-AstroBinConfiguration made for the process (or, with -Scope Runspace, for this
    /// runspace), so the defaults (the base URI: ASTROBIN_BASE_URI or the real site) or the process's show through.
    /// </summary>
    [Cmdlet(VerbsCommon.Reset, "AstroBinConfiguration", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Low, HelpUri = HelpLinks.Pages + "Reset-AstroBinConfiguration.md")]
    [OutputType(typeof(Configuration))]
    public sealed class ResetAstroBinConfiguration : PSCmdlet
    {
        /// <summary>Process (default) or Runspace: whose settings to forget.</summary>
        [Parameter]
        public SettingScope Scope { get; set; } = SettingScope.Process;

        /// <summary>Write the configuration in force afterwards to the pipeline.</summary>
        [Parameter]
        public SwitchParameter PassThru { get; set; }

        protected override void EndProcessing()
        {
            if (!ShouldProcess("AstroBin configuration of this " + (Scope == SettingScope.Runspace ? "runspace" : "PowerShell process"), "Reset to the defaults")) return;
            ModuleState.Current.Configuration.Reset(Scope);
            if (Scope == SettingScope.Process && ModuleState.Current.Configuration.RunspaceHasSettings)
            {
                WriteWarning("This runspace's own settings (Set-AstroBinConfiguration -Scope Runspace) are still in force; reset them with Reset-AstroBinConfiguration -Scope Runspace.");
            }
            if (PassThru) WriteObject(GetAstroBinConfiguration.Current(this));
        }
    }
}
