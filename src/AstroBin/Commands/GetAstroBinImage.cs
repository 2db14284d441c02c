using System;
using System.Management.Automation;
using AstroBin.Api;
using AstroBin.Api.Errors;

namespace AstroBin.Commands
{
    /// <summary>Gets images by hash (or, for old images without one, by number).</summary>
    [Cmdlet(VerbsCommon.Get, "AstroBinImage")]
    [OutputType(typeof(Image))]
    public sealed class GetAstroBinImage : AstroBinCmdlet
    {
        /// <summary>
        /// Image hashes such as 'yx76x9', numbers of old images, or image page URLs. Image and
        /// Image of the Day objects bind as their image's id.
        /// </summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias("ImageId", "Hash")]
        [AllowEmptyString]
        [ImageIdTransformation]
        public string[] Id { get; set; } = Array.Empty<string>();

        protected override void ProcessRecord()
        {
            foreach (var input in Id)
            {
                if (!ImageId.TryParse(input, out var id, out var problem))
                {
                    WriteError(ErrorRecords.Create("AstroBinInvalidImageId", ErrorCategory.InvalidArgument, problem, input));
                    continue;
                }
                try
                {
                    WriteObject(Await(Client.GetImageAsync(id, StopToken)));
                }
                catch (AstroBinException ex)
                {
                    WriteApiError(ex, input, "AstroBinImageNotFound");
                }
            }
        }
    }
}
