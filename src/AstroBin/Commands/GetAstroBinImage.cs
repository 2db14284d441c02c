using System;
using System.Management.Automation;
using AstroBin.Api;

namespace AstroBin.Commands
{
    /// <summary>Gets images by hash (or, for old images without one, by number).</summary>
    [Cmdlet(VerbsCommon.Get, "AstroBinImage")]
    [OutputType(typeof(Image))]
    public sealed class GetAstroBinImage : AstroBinCmdlet
    {
        private const string NotFoundId = "AstroBinImageNotFound";

        /// <summary>
        /// Image hashes such as 'yx76x9', numbers of old images, or image page URLs. Image and
        /// Image of the Day objects bind as their image's id.
        /// </summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias("ImageId", "Hash")]
        [AllowEmptyString]
        [ImageIdTransformation]
        public string[] Id { get; set; } = Array.Empty<string>();

        /// <summary>Ask AstroBin even when the session cache has the image.</summary>
        [Parameter]
        public SwitchParameter NoCache { get; set; }

        protected override bool UseCache => !NoCache;

        private OrderedLookups<Image>? _lookups;

        // Made on the first valid input, so that input refused locally needs no key.
        private OrderedLookups<Image> Lookups => _lookups ??= new OrderedLookups<Image>(Client.Options.MaxConcurrency);

        protected override void ProcessRecord()
        {
            foreach (var input in Id)
            {
                if (!ImageId.TryParse(input, out var id, out var problem))
                {
                    // Earlier ids first, so that output and errors keep the input order.
                    if (_lookups != null) WriteLookups(_lookups, true, NotFoundId);
                    WriteError(ErrorRecords.InvalidImageId(input, problem));
                    continue;
                }
                Lookups.Start(input, Client.GetImageAsync(id, StopToken));
                WriteLookups(Lookups, false, NotFoundId);
            }
        }

        protected override void EndProcessing()
        {
            if (_lookups != null) WriteLookups(_lookups, true, NotFoundId);
            base.EndProcessing();
        }
    }
}
