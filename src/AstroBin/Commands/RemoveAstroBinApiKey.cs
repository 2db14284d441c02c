using System.Management.Automation;
using AstroBin.Session;

namespace AstroBin.Commands
{
    /// <summary>Forgets the key pair set in this session (environment variables are left alone).</summary>
    [Cmdlet(VerbsCommon.Remove, "AstroBinApiKey", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Low)]
    [OutputType(typeof(void))]
    public sealed class RemoveAstroBinApiKey : PSCmdlet
    {
        protected override void EndProcessing()
        {
            if (!ShouldProcess("API key of this session", "Remove")) return;
            if (!ApiKeyStore.Clear())
            {
                WriteWarning("No API key was set in this session; nothing was removed.");
            }
            ApiKeyStore.Resolve(out var source);
            if (source == SettingSource.Environment)
            {
                WriteWarning("The key from the environment variables " + ApiKeyStore.KeyVariable + " and " + ApiKeyStore.SecretVariable + " is still in force.");
            }
        }
    }
}
