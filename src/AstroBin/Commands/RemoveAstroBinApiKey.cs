using System;
using System.Management.Automation;
using AstroBin.Session;

namespace AstroBin.Commands
{
    /// <summary>
    /// Forgets the key pair set in this session (environment variables are left alone); with
    /// -Persisted, also deletes the pair saved for the current user.
    /// </summary>
    [Cmdlet(VerbsCommon.Remove, "AstroBinApiKey", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Low, HelpUri = HelpLinks.Key)]
    [OutputType(typeof(void))]
    public sealed class RemoveAstroBinApiKey : PSCmdlet
    {
        /// <summary>Also delete the key pair saved by Set-AstroBinApiKey -Persist.</summary>
        [Parameter]
        public SwitchParameter Persisted { get; set; }

        protected override void EndProcessing()
        {
            if (Persisted) DeleteSaved();
            if (!ShouldProcess("API key of this session", "Remove")) return;
            if (!ApiKeyStore.Clear() && !Persisted)
            {
                WriteWarning("No API key was set in this session; nothing was removed.");
            }
            ApiKeyStore.Resolve(out var source);
            if (source == SettingSource.Environment)
            {
                WriteWarning("The key from the environment variables " + ApiKeyStore.KeyVariable + " and " + ApiKeyStore.SecretVariable + " is still in force.");
            }
            else if (source == SettingSource.SavedFile)
            {
                WriteWarning("The key saved in '" + SavedApiKeyFile.FilePath + "' is still in force; remove it with Remove-AstroBinApiKey -Persisted.");
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
