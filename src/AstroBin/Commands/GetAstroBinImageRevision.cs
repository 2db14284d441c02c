using System;
using System.Management.Automation;
using AstroBin.Commands.Binding;

namespace AstroBin.Commands
{
    /// <summary>Gets image revisions by number; an image piped in gives all its revisions.</summary>
    [Cmdlet(VerbsCommon.Get, "AstroBinImageRevision", HelpUri = HelpLinks.Pages + "Get-AstroBinImageRevision.md")]
    [OutputType(typeof(ImageRevision))]
    public sealed class GetAstroBinImageRevision : NumberedResourceCmdlet<ImageRevision>
    {
        private protected override string Resource => "imagerevision";

        /// <summary>Revision numbers, '/api/v1/imagerevision/N/' paths, or an image (its Revisions).</summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias("Revisions", "RevisionId")]
        [AllowEmptyCollection]
        [ResourceNumberTransformation(ResourceNumberTransformationAttribute.Revisions)]
        public int[] Id { get; set; } = Array.Empty<int>();

        private protected override string NotFoundId => "AstroBinImageRevisionNotFound";

        // Through the revisions' multi-get, 100 a request (an image's revisions, or many numbers piped in).
        protected override void ProcessRecord() => WriteByNumber(Id, id => Work.Revision(Client, id));
    }
}
