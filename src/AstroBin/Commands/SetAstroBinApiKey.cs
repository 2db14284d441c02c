using System;
using System.Management.Automation;
using System.Net;
using System.Security;
using AstroBin.Api;
using AstroBin.State;

namespace AstroBin.Commands
{
    /// <summary>Sets the API key pair for this PowerShell process (or, with -Scope Runspace, this runspace only).</summary>
    [Cmdlet(VerbsCommon.Set, "AstroBinApiKey", DefaultParameterSetName = KeySet, SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Low, HelpUri = HelpLinks.Pages + "Set-AstroBinApiKey.md")]
    [OutputType(typeof(ApiKeyInfo))]
    public sealed class SetAstroBinApiKey : PSCmdlet
    {
        private const string KeySet = "ApiKey";
        private const string CredentialSet = "Credential";

        /// <summary>The API key (40 lowercase hexadecimal characters, from https://www.astrobin.com/api/request-key/).</summary>
        [Parameter(Mandatory = true, Position = 0, ParameterSetName = KeySet)]
        [AllowEmptyString]
        public string ApiKey { get; set; } = string.Empty;

        /// <summary>The API secret, as a SecureString so that it is not echoed or kept in history.</summary>
        [Parameter(Mandatory = true, Position = 1, ParameterSetName = KeySet)]
        public SecureString? ApiSecret { get; set; }

        /// <summary>A credential whose user name is the key and whose password is the secret.</summary>
        [Parameter(Mandatory = true, Position = 0, ParameterSetName = CredentialSet)]
        [Credential]
        public PSCredential? Credential { get; set; }

        /// <summary>Process (default: every runspace of this process) or Runspace (this runspace only, over the process's key).</summary>
        [Parameter]
        public SettingScope Scope { get; set; } = SettingScope.Process;

        /// <summary>Also save the pair for the current user, for later sessions (see about_AstroBin).</summary>
        [Parameter]
        public SwitchParameter Persist { get; set; }

        /// <summary>Write the resulting key information (masked) to the pipeline.</summary>
        [Parameter]
        public SwitchParameter PassThru { get; set; }

        protected override void EndProcessing()
        {
            var key = ParameterSetName == CredentialSet ? Credential?.UserName : ApiKey;
            var secret = ParameterSetName == CredentialSet ? Credential?.Password : ApiSecret;
            var plainSecret = secret == null ? null : new NetworkCredential(string.Empty, secret).Password;
            var credentials = ApiCredentials.TryCreate(key, plainSecret, out var problem);
            if (credentials == null)
            {
                ThrowTerminatingError(ErrorRecords.Create(ApiKeyLookup.InvalidErrorId, ErrorCategory.InvalidArgument, problem!, null));
                return;
            }
            if (Persist && Scope == SettingScope.Runspace)
            {
                // The saved file is the fallback of every runspace (and every later process) without a key of its own.
                ThrowTerminatingError(ErrorRecords.Create("AstroBinInvalidValue", ErrorCategory.InvalidArgument,
                    "-Persist saves the key for every runspace and later session of this user, which -Scope Runspace is meant to prevent. Use one or the other.", null));
            }
            // Both questions are asked before anything changes, so -WhatIf tells where the file would go.
            var set = ShouldProcess("API key " + credentials.MaskedKey + " for this " + (Scope == SettingScope.Runspace ? "runspace" : "PowerShell process"), "Set");
            var save = Persist && ShouldProcess(SavedApiKeyFile.FilePath, "Save API key " + credentials.MaskedKey + " for the current user");
            if (set) ModuleState.Current.Keys.Set(Scope, credentials);
            if (save) Save(credentials);
            if (set && PassThru) WriteObject(new ApiKeyInfo(Scope == SettingScope.Runspace ? SettingSource.Runspace : SettingSource.Process, credentials));
        }

        private void Save(ApiCredentials credentials)
        {
            var path = SavedApiKeyFile.FilePath;
            bool created, folderRepaired;
            try
            {
                created = SavedApiKeyFile.Save(credentials, out folderRepaired);
            }
            catch (Exception ex) when (ex is System.IO.IOException || ex is UnauthorizedAccessException)
            {
                ThrowTerminatingError(ErrorRecords.Create("AstroBinApiKeySaveFailed", ErrorCategory.WriteError,
                    "Could not save the API key to '" + path + "': " + ex.Message + " Set " + SavedApiKeyFile.DirectoryVariable + " to a folder you can write to.", path, ex));
                return;
            }
            if (folderRepaired)
            {
                WriteWarning("The folder '" + SavedApiKeyFile.Folder + "' was writable by other users; it is now yours only (mode 0700).");
            }
            WriteVerbose("Saved the API key " + credentials.MaskedKey + " to " + path + (SavedApiKeyFile.IsEncrypted ? " (DPAPI, current user)." : " (mode 0600)."));
            if (created && !SavedApiKeyFile.IsEncrypted)
            {
                WriteWarning("The API key and secret are saved in '" + path + "' readable only by you (mode 0600), but NOT encrypted: this system has no per-user encryption like Windows DPAPI. Remove them with Remove-AstroBinApiKey -Persisted.");
            }
        }
    }
}
