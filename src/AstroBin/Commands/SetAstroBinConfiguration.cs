using System.Management.Automation;
using AstroBin.Api;
using AstroBin.Session;

namespace AstroBin.Commands
{
    /// <summary>Sets the module's settings for this session.</summary>
    [Cmdlet(VerbsCommon.Set, "AstroBinConfiguration", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Low)]
    [OutputType(typeof(Configuration))]
    public sealed class SetAstroBinConfiguration : PSCmdlet
    {
        /// <summary>The API's base URI, such as https://www.astrobin.com/api/v1/ (http only for loopback addresses).</summary>
        [Parameter(Mandatory = true, Position = 0)]
        [AllowEmptyString]
        public string BaseUri { get; set; } = string.Empty;

        /// <summary>Write the configuration in force to the pipeline.</summary>
        [Parameter]
        public SwitchParameter PassThru { get; set; }

        protected override void EndProcessing()
        {
            if (!BaseUriRules.TryNormalise(BaseUri, out var uri, out var problem))
            {
                ThrowTerminatingError(ErrorRecords.Create("AstroBinInvalidBaseUri", ErrorCategory.InvalidArgument, problem, BaseUri));
            }
            if (!ShouldProcess(uri!.AbsoluteUri, "Set the AstroBin base URI")) return;
            ConfigurationStore.SetBaseUri(uri);
            if (PassThru) WriteObject(new Configuration(uri, SettingSource.Session));
        }
    }
}
