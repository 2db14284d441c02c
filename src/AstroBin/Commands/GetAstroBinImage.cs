using System;
using System.Management.Automation;
using AstroBin.Commands.Binding;
using AstroBin.Api;

namespace AstroBin.Commands
{
    /// <summary>Gets images by hash (or, for old images without one, by number).</summary>
    [Cmdlet(VerbsCommon.Get, "AstroBinImage")]
    [OutputType(typeof(Image))]
    public sealed class GetAstroBinImage : LookupCmdlet<Image>
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

        private ImageNumberBatch? _numbers;

        private protected override string NotFoundId => "AstroBinImageNotFound";

        private protected override int Unsent => _numbers?.Unsent ?? 0;

        private protected override void SendUnsent() => _numbers?.Send();

        protected override void ProcessRecord()
        {
            foreach (var input in Id)
            {
                if (!ImageId.TryParse(input, out var id, out var problem))
                {
                    Refuse(ErrorRecords.InvalidImageId(input, problem));
                    continue;
                }
                if (ImageNumbers.TryRead(id, out var number))
                {
                    // Numbers wait for a batch: one request for up to 100 of them.
                    _numbers ??= new ImageNumberBatch(numbers => Client.GetImagesByNumberAsync(numbers, StopToken));
                    Look(input, _ => _numbers.Add(number));
                }
                else
                {
                    Look(input, token => Client.GetImageAsync(id, token));
                }
            }
        }
    }
}
