using System.Management.Automation;
using Microsoft.Extensions.DependencyInjection;

namespace ConflictFixture
{
    /// <summary>
    /// Uses the fixture's own copy of Microsoft.Extensions.DependencyInjection.Abstractions and says
    /// which version served it, so a test sees whether another module's copy displaced it.
    /// </summary>
    [Cmdlet(VerbsCommon.Get, "ConflictFixtureDependency")]
    [OutputType(typeof(PSObject))]
    public sealed class GetConflictFixtureDependency : PSCmdlet
    {
        protected override void ProcessRecord()
        {
            var descriptor = new ServiceDescriptor(typeof(string), "served by the fixture");
            var result = new PSObject();
            result.Properties.Add(new PSNoteProperty("Value", descriptor.ImplementationInstance));
            result.Properties.Add(new PSNoteProperty("Version", typeof(ServiceDescriptor).Assembly.GetName().Version!.ToString()));
            WriteObject(result);
        }
    }
}
