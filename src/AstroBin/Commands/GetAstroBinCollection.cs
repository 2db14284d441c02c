using System;
using System.Management.Automation;
using AstroBin.Api.Errors;
using AstroBin.Api.Queries;
using AstroBin.Commands.Binding;

namespace AstroBin.Commands
{
    /// <summary>Gets collections by number, or lists them by owner and name; pipe them to Get-AstroBinImage for their images.</summary>
    [Cmdlet(VerbsCommon.Get, "AstroBinCollection", DefaultParameterSetName = SearchSet, SupportsPaging = true, HelpUri = HelpLinks.Pages + "Get-AstroBinCollection.md")]
    [OutputType(typeof(Collection))]
    public sealed class GetAstroBinCollection : NumberedResourceCmdlet<Collection>
    {
        private const string SearchSet = "Search";
        private const string IdSet = "Id";

        /// <summary>Collection numbers (the Id of a collection object).</summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ParameterSetName = IdSet)]
        [ResourceNumberTransformation(ResourceNumberTransformationAttribute.Collections)]
        public int[] Id { get; set; } = Array.Empty<int>();

        /// <summary>The owner's exact user name (case-sensitive). Images and user profiles bind their user.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true, ParameterSetName = SearchSet)]
        [Alias("Username")]
        [UsernameTransformation]
        public string? User { get; set; }

        /// <summary>The whole collection name, any case.</summary>
        [Parameter(ParameterSetName = SearchSet)]
        public string? Name { get; set; }

        /// <summary>Part of the collection name, any case.</summary>
        [Parameter(ParameterSetName = SearchSet)]
        public string? NameContains { get; set; }

        private protected override string NotFoundId => "AstroBinCollectionNotFound";

        protected override void ProcessRecord()
        {
            if (ParameterSetName == IdSet)
            {
                WriteByNumber(Id, Client.GetCollectionAsync);
                return;
            }
            var query = new CollectionQuery { User = User, Name = Name, NameContains = NameContains };
            try
            {
                var progress = new ListProgress(this, PagingRange, "Reading AstroBin collections", "collections");
                WriteList(observer => Client.SearchCollectionsAsync(query, PagingRange, progress.Follow(observer), StopToken), progress.Step);
                progress.Complete();
            }
            catch (AstroBinException ex)
            {
                WriteApiError(ex, query);
            }
        }
    }
}
