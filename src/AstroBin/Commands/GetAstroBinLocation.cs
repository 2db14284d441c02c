using System;
using System.Management.Automation;
using AstroBin.Commands.Binding;

namespace AstroBin.Commands
{
    /// <summary>Gets observing locations by number; an image piped in gives its locations.</summary>
    [Cmdlet(VerbsCommon.Get, "AstroBinLocation", HelpUri = HelpLinks.Pages + "Get-AstroBinLocation.md")]
    [OutputType(typeof(Location))]
    public sealed class GetAstroBinLocation : NumberedResourceCmdlet<Location>
    {
        private protected override string Resource => "location";

        /// <summary>Location numbers, '/api/v1/location/N/' paths, or an image (its Locations).</summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias("Locations", "LocationId")]
        [AllowEmptyCollection]
        [ResourceNumberTransformation(ResourceNumberTransformationAttribute.Locations)]
        public int[] Id { get; set; } = Array.Empty<int>();

        private protected override string NotFoundId => "AstroBinLocationNotFound";

        protected override void ProcessRecord() => WriteByNumber(Id, Client.GetLocationAsync);
    }
}
