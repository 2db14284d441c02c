using System;
using System.Management.Automation;
using AstroBin.State;

namespace AstroBin.Commands
{
    /// <summary>
    /// Forgets the key pair set for this process (or, with -Scope Runspace, this runspace; environment
    /// variables are left alone); with -Persisted, also deletes the pair saved for the current user.
    /// </summary>
    [Cmdlet(VerbsCommon.Remove, "AstroBinApiKey", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Low, HelpUri = HelpLinks.Pages + "Remove-AstroBinApiKey.md")]
    [OutputType(typeof(void))]
    public sealed class RemoveAstroBinApiKey : PSCmdlet
    {
        /// <summary>Process (default) or Runspace: whose key to forget.</summary>
        [Parameter]
        public SettingScope Scope { get; set; } = SettingScope.Process;

        /// <summary>Also delete the key pair saved by Set-AstroBinApiKey -Persist.</summary>
        [Parameter]
        public SwitchParameter Persisted { get; set; }

        protected override void EndProcessing()
        {
            if (Persisted) DeleteSaved();
            var scopeName = Scope == SettingScope.Runspace ? "runspace" : "PowerShell process";
            if (!ShouldProcess("API key of this " + scopeName, "Remove")) return;
            if (!ModuleState.Current.Keys.Clear(Scope) && !Persisted)
            {
                WriteWarning("No API key was set for this " + scopeName + "; nothing was removed.");
            }
            var remaining = ModuleState.Current.Keys.Lookup();
            switch (remaining.Source)
            {
                case SettingSource.Runspace:
                    WriteWarning("The key set for this runspace is still in force; remove it with Remove-AstroBinApiKey -Scope Runspace.");
                    break;
                case SettingSource.Process:
                    WriteWarning("The key set for the whole PowerShell process is still in force; remove it with Remove-AstroBinApiKey.");
                    break;
                case SettingSource.Environment:
                    WriteWarning("The key from the environment variables " + ApiKeyStore.KeyVariable + " and " + ApiKeyStore.SecretVariable + " is still in force.");
                    break;
                case SettingSource.SavedFile:
                    WriteWarning("The key saved in '" + SavedApiKeyFile.FilePath + "' is still in force; remove it with Remove-AstroBinApiKey -Persisted.");
                    break;
            }
        }

        private void DeleteSaved()
        {
            var path = SavedApiKeyFile.FilePath;
            if (!SavedApiKeyFile.Exists)
            {
                WriteWarning("No API key is saved in '" + path + "'; nothing was deleted there.");
                return;
            }
            if (!ShouldProcess(path, "Delete the saved API key")) return;
            try
            {
                SavedApiKeyFile.Delete();
            }
            catch (Exception ex) when (ex is System.IO.IOException || ex is UnauthorizedAccessException)
            {
                ThrowTerminatingError(ErrorRecords.Create("AstroBinApiKeyDeleteFailed", ErrorCategory.WriteError,
                    "Could not delete '" + path + "': " + ex.Message, path, ex));
            }
        }
    }
}
