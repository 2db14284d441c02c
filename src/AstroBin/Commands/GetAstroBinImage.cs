using System;
using System.Linq;
using System.Management.Automation;
using System.Threading.Tasks;
using AstroBin.Api;
using AstroBin.Commands.Binding;

namespace AstroBin.Commands
{
    /// <summary>Gets images by hash or number, or a collection's images; numbers go out 100 a request.</summary>
    // The Collection set is the default so that PowerShell offers a piped collection to -Collection (whole, with
    // its owner) before -Id would take it as its images' ids; anything else is no Collection and goes to -Id.
    // -Collection is not mandatory, so that a bare Get-AstroBinImage (or a piped $null) does not ask for a
    // collection: it is refused naming -Id, what a user types.
    [Cmdlet(VerbsCommon.Get, "AstroBinImage", DefaultParameterSetName = CollectionSet, HelpUri = HelpLinks.Pages + "Get-AstroBinImage.md")]
    [OutputType(typeof(Image))]
    public sealed class GetAstroBinImage : LookupCmdlet<Image>
    {
        private const string IdSet = "Id";
        private const string CollectionSet = "Collection";

        /// <summary>
        /// Image hashes such as 'yx76x9', image numbers, or image page URLs. Image, Image of the Day, top pick
        /// and revision objects bind as their image's id; an image object is passed on without a request (unless -NoCache).
        /// </summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true, ParameterSetName = IdSet)]
        [Alias("ImageId", "Hash")]
        [AllowEmptyString]
        [ImageIdTransformation]
        public string[] Id { get; set; } = Array.Empty<string>();

        /// <summary>Collections: their images, in the collection's order, read from the owner's image list when that costs fewer requests.</summary>
        [Parameter(Position = 0, ValueFromPipeline = true, ParameterSetName = CollectionSet)]
        public AstroBin.Collection[]? Collection { get; set; } = Array.Empty<AstroBin.Collection>();

        private protected override string NotFoundId => "AstroBinImageNotFound";

        protected override void ProcessRecord()
        {
            if (ParameterSetName == CollectionSet)
            {
                if (Collection == null || Collection.Length == 0 || Collection.Any(collection => collection == null))
                {
                    var missing = ErrorRecords.Create("AstroBinImageIdRequired", ErrorCategory.InvalidArgument,
                        "Give the image to get with -Id: a hash such as 'yx76x9', an image number or an image page address (Get-AstroBinImage -Id yx76x9), or pipe images, collections or ids.",
                        null);
                    // A $null among piped input fails alone, as any other refused item does; no input at all stops the command.
                    if (!MyInvocation.ExpectingInput) ThrowTerminatingError(missing);
                    WriteError(missing);
                    return;
                }
                foreach (var collection in Collection!) LookInCollection(collection);
                return;
            }
            // A live image (from Search-AstroBinImage: the list record is the full record in API v1) is passed on
            // without a request, as a cached one would be; -NoCache fetches it again.
            if (ImageIdTransformationAttribute.SourceOf<Image>(Id) is Image image && !NoCache)
            {
                Write(image, Task.FromResult(image));
                return;
            }
            foreach (var input in Id) LookUp(input);
        }

        private void LookInCollection(AstroBin.Collection collection)
        {
            foreach (var (id, image) in Work.ImagesOf(Client, collection)) Write(id, image);
        }

        private void LookUp(string input)
        {
            if (!ImageId.TryParse(input, out var id, out var problem))
            {
                Refuse(ErrorRecords.InvalidImageId(input, problem));
                return;
            }
            Write(input, Work.Image(Client, id));
        }
    }
}
