using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using AstroBin.Api;
using AstroBin.Api.Errors;
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

        private ImageNumberBatch? _numbers;

        /// <summary>
        /// Image hashes such as 'yx76x9', image numbers, or image page URLs. Image, Image of the Day, top pick
        /// and revision objects bind as their image's id.
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

        private protected override int Unsent => _numbers?.Unsent ?? 0;

        private protected override void SendUnsent() => _numbers?.Send();

        protected override void ProcessRecord()
        {
            if (ParameterSetName == CollectionSet)
            {
                if (Collection == null || Collection.Length == 0 || Collection.Any(collection => collection == null))
                {
                    ThrowTerminatingError(ErrorRecords.Create("AstroBinImageIdRequired", ErrorCategory.InvalidArgument,
                        "Give the image to get with -Id: a hash such as 'yx76x9', an image number or an image page address (Get-AstroBinImage -Id yx76x9), or pipe images, collections or ids.",
                        null));
                }
                foreach (var collection in Collection!) LookInCollection(collection);
                return;
            }
            foreach (var input in Id) LookUp(input, null);
        }

        private void LookInCollection(AstroBin.Collection collection)
        {
            var hashes = collection.ImageIds.Where(id => !ImageNumbers.TryRead(id, out _)).ToList();
            // A collection holds its owner's images: one read of the owner's list may answer them all.
            var owned = collection.User == null || hashes.Count == 0 ? null : Client.FindUserImagesAsync(collection.User, hashes, StopToken);
            foreach (var id in collection.ImageIds) LookUp(id, owned);
        }

        private void LookUp(string input, Task<IReadOnlyDictionary<string, Image>>? owned)
        {
            if (!ImageId.TryParse(input, out var id, out var problem))
            {
                Refuse(ErrorRecords.InvalidImageId(input, problem));
                return;
            }
            if (ImageNumbers.TryRead(id, out var number))
            {
                // Numbers wait for a batch: one request for up to 100 of them.
                _numbers ??= new ImageNumberBatch(numbers => Client.GetImagesByNumberAsync(numbers, StopToken));
                Look(input, _ => _numbers.Add(number));
            }
            else if (owned != null)
            {
                Look(input, token => FromOwnerAsync(owned, id, token));
            }
            else
            {
                Look(input, token => Client.GetImageAsync(id, token));
            }
        }

        /// <summary>The image from the owner's list, else (not there, or the list could not be read) by its own lookup.</summary>
        private async Task<Image> FromOwnerAsync(Task<IReadOnlyDictionary<string, Image>> owned, string id, CancellationToken cancellationToken)
        {
            try
            {
                if ((await owned.ConfigureAwait(false)).TryGetValue(id, out var image)) return image;
            }
            catch (AstroBinException)
            {
                // The lookup below reports what is wrong, for this image.
            }
            return await Client.GetImageAsync(id, cancellationToken).ConfigureAwait(false);
        }
    }
}
