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
        private protected override string Resource => "collection";

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

        /// <summary>The whole collection name, any case; wildcards (* ? [a-z]) match names by pattern.</summary>
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
                // -First 0 asks for nothing, here as on the lists: no request.
                if (PagingParameters.First == 0) return;
                WriteByNumber(Id, Client.GetCollectionAsync);
                return;
            }
            if (User != null && User.Trim().Length == 0)
            {
                // An empty User property of a piped object (a CSV row of an Image of the Day) names nobody.
                WriteError(ErrorRecords.Create("AstroBinInvalidUsername", ErrorCategory.InvalidArgument, "The user name is empty. Give an AstroBin user name such as 'crgood2'.", User));
                return;
            }
            RefuseUserWildcard(User, nameof(User));
            var query = WildcardPattern.ContainsWildcardCharacters(Name)
                ? new CollectionQuery { User = User, NameLike = Name, NameContains = NameContains }
                : new CollectionQuery { User = User, Name = Name, NameContains = NameContains };
            try
            {
                var progress = new ListProgress(this, PagingRange, "Reading AstroBin collections", "collections");
                var total = WriteList(observer => Client.SearchCollectionsAsync(query, PagingRange, progress.Follow(observer), StopToken), progress.Step);
                progress.Complete();
                var missing = total == 0 && User != null ? MissingUser(User) : null;
                if (missing != null) WriteError(missing);
            }
            catch (AstroBinException ex)
            {
                WriteApiError(ex, query);
            }
        }
    }
}
