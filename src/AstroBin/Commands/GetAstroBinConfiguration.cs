using System.Management.Automation;
using AstroBin.State;

namespace AstroBin.Commands
{
    /// <summary>Shows the module's settings in force and where the base URI comes from (or what is wrong with it).</summary>
    [Cmdlet(VerbsCommon.Get, "AstroBinConfiguration", HelpUri = HelpLinks.Pages + "Get-AstroBinConfiguration.md")]
    [OutputType(typeof(Configuration))]
    public sealed class GetAstroBinConfiguration : PSCmdlet
    {
        protected override void EndProcessing() => WriteObject(Current(this));

        /// <summary>The configuration in force; an unusable base URI is shown (and warned about) rather than thrown, so that it can be looked at.</summary>
        internal static Configuration Current(Cmdlet cmdlet)
        {
            var baseUri = ModuleState.Current.Configuration.LookupBaseUri();
            if (baseUri.Problem != null) cmdlet.WriteWarning(baseUri.Problem);
            return new Configuration(baseUri, ModuleState.Current.Configuration.Settings);
        }
    }
}
