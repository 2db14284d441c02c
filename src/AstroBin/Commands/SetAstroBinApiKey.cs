using System;
using System.Management.Automation;
using System.Net;
using System.Security;
using AstroBin.Api;
using AstroBin.Session;

namespace AstroBin.Commands
{
    /// <summary>Sets the API key pair for this PowerShell session.</summary>
    [Cmdlet(VerbsCommon.Set, "AstroBinApiKey", DefaultParameterSetName = KeySet, SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Low, HelpUri = HelpLinks.Key)]
    [OutputType(typeof(ApiKeyInfo))]
    public sealed class SetAstroBinApiKey : PSCmdlet
    {
        private const string KeySet = "ApiKey";
        private const string CredentialSet = "Credential";

        /// <summary>The API key (40 hexadecimal characters, from https://www.astrobin.com/api/request-key/).</summary>
        [Parameter(Mandatory = true, Position = 0, ParameterSetName = KeySet)]
        public string ApiKey { get; set; } = string.Empty;

        /// <summary>The API secret, as a SecureString so that it is not echoed or kept in history.</summary>
        [Parameter(Mandatory = true, Position = 1, ParameterSetName = KeySet)]
        public SecureString? ApiSecret { get; set; }

        /// <summary>A credential whose user name is the key and whose password is the secret.</summary>
        [Parameter(Mandatory = true, Position = 0, ParameterSetName = CredentialSet)]
        [Credential]
        public PSCredential? Credential { get; set; }

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
            if (string.IsNullOrWhiteSpace(key) || string.IsNullOrWhiteSpace(plainSecret))
            {
                ThrowTerminatingError(ErrorRecords.Create(
                    "AstroBinApiKeyInvalid",
                    ErrorCategory.InvalidArgument,
                    "The API key or secret is empty. Give both, as shown at https://www.astrobin.com/api/request-key/.",
                    null));
            }
            var credentials = new ApiCredentials(key!, plainSecret!);
            if (!ShouldProcess("API key " + credentials.MaskedKey + " for this session", "Set")) return;
            ApiKeyStore.Set(credentials);
            if (Persist) Save(credentials);
            if (PassThru) WriteObject(new ApiKeyInfo(SettingSource.Session, credentials.MaskedKey));
        }

        private void Save(ApiCredentials credentials)
        {
            var path = SavedApiKeyFile.FilePath;
            if (!ShouldProcess(path, "Save API key " + credentials.MaskedKey + " for the current user")) return;
            bool created;
            try
            {
                created = SavedApiKeyFile.Save(credentials);
            }
            catch (Exception ex) when (ex is System.IO.IOException || ex is UnauthorizedAccessException)
            {
                ThrowTerminatingError(ErrorRecords.Create("AstroBinApiKeySaveFailed", ErrorCategory.WriteError,
                    "Could not save the API key to '" + path + "': " + ex.Message + " Set " + SavedApiKeyFile.DirectoryVariable + " to a folder you can write to.", path, ex));
                return;
            }
            WriteVerbose("Saved the API key " + credentials.MaskedKey + " to " + path + (SavedApiKeyFile.IsEncrypted ? " (DPAPI, current user)." : " (mode 0600)."));
            if (created && !SavedApiKeyFile.IsEncrypted)
            {
                WriteWarning("The API key and secret are saved in '" + path + "' readable only by you (mode 0600), but NOT encrypted: this system has no per-user encryption like Windows DPAPI. Remove them with Remove-AstroBinApiKey -Persisted.");
            }
        }
    }
}
