using System;
using System.Management.Automation;
using AstroBin.Api;
using AstroBin.Commands.Binding;
using AstroBin.Desktop;

namespace AstroBin.Commands
{
    /// <summary>
    /// Opens images' public pages in the default browser; where there is no browser (a server, SSH),
    /// writes the page URLs instead. Needs no API key: the page address follows from the id. Past the
    /// first few pages of one pipeline it asks before opening more (-Force does not ask).
    /// </summary>
    [Cmdlet(VerbsCommon.Show, "AstroBinImage", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Low, HelpUri = HelpLinks.Pages + "Show-AstroBinImage.md")]
    [OutputType(typeof(string))]
    public sealed class ShowAstroBinImage : PSCmdlet
    {
        /// <summary>How many pages one pipeline opens before asking: a search piped in by mistake would open hundreds of tabs.</summary>
        public const int OpenWithoutAsking = 5;

        private int _opened;
        private bool _yesToAll;
        private bool _noToAll;

        /// <summary>Image hashes, numbers of old images or page URLs; image, Image of the Day, top pick, revision and collection objects bind as their images' ids.</summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias("ImageId", "Hash")]
        [AllowEmptyString]
        [ImageIdTransformation]
        public string[] Id { get; set; } = Array.Empty<string>();

        /// <summary>Open every page without asking, however many.</summary>
        [Parameter]
        public SwitchParameter Force { get; set; }

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
                // Printing the address changes nothing: only opening a browser is confirmed.
                if (!Browser.CanOpen)
                {
                    WriteObject(page);
                    continue;
                }
                if (!ShouldProcess(page, "Open in the browser")) continue;
                if (!Force && ++_opened > OpenWithoutAsking
                    && !ShouldContinue("Open " + page + " too? More than " + OpenWithoutAsking + " pages are about to open in the browser. (-Force opens them all without asking.)",
                        "Open more AstroBin pages", ref _yesToAll, ref _noToAll))
                {
                    continue;
                }
                WriteVerbose("Opening " + page);
                if (!Browser.TryOpen(page)) WriteObject(page);
            }
        }
    }
}
