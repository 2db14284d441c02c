using System;
using System.Management.Automation;

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
            foreach (var image in FetchImages(Id)) WriteObject(image);
        }
    }
}
