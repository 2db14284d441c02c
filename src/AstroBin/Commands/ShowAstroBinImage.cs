using System;
using System.Management.Automation;
using AstroBin.Api;
using AstroBin.Session;

namespace AstroBin.Commands
{
    /// <summary>
    /// Opens images' public pages in the default browser; where there is no browser (a server, SSH),
    /// writes the page URLs instead. Needs no API key: the page address follows from the id.
    /// </summary>
    [Cmdlet(VerbsCommon.Show, "AstroBinImage", HelpUri = HelpLinks.Screen)]
    [OutputType(typeof(string))]
    public sealed class ShowAstroBinImage : PSCmdlet
    {
        /// <summary>Image hashes, numbers of old images or page URLs; image and Image of the Day objects bind as their image's id.</summary>
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
                var page = PublicPage.ForImage(id);
                WriteVerbose("Opening " + page);
                if (!Browser.TryOpen(page)) WriteObject(page);
            }
        }
    }
}
