using System;
using System.Collections;
using System.Management.Automation;
using AstroBin.Api;
using AstroBin.Api.Errors;
using AstroBin.Api.Queries;
using AstroBin.Commands.Binding;

namespace AstroBin.Commands
{
    /// <summary>Searches the image list, newest upload first unless -OrderBy says otherwise; streams page by page.</summary>
    [Cmdlet(VerbsCommon.Search, "AstroBinImage", SupportsPaging = true)]
    [OutputType(typeof(Image))]
    public sealed class SearchAstroBinImage : AstroBinCmdlet
    {
        /// <summary>Titles that contain this text (case-insensitive unless -CaseSensitive).</summary>
        [Parameter(Position = 0)]
        public string? TitleContains { get; set; }

        /// <summary>Images whose plate solution lists this object, e.g. 'M31' or 'NGC 7000' (the server answers at most 100).</summary>
        [Parameter]
        [ArgumentCompleter(typeof(Completion.SubjectCompleter))]
        public string? Subject { get; set; }

        /// <summary>The uploader's exact user name (case-sensitive).</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [Alias("Username")]
        [UsernameTransformation]
        public string? User { get; set; }

        /// <summary>The whole title (case-insensitive unless -CaseSensitive).</summary>
        [Parameter]
        public string? Title { get; set; }

        [Parameter]
        public string? TitleStartsWith { get; set; }

        [Parameter]
        public string? TitleEndsWith { get; set; }

        /// <summary>Descriptions that contain this text.</summary>
        [Parameter]
        public string? DescriptionContains { get; set; }

        /// <summary>Compare the title and description case-sensitively.</summary>
        [Parameter]
        public SwitchParameter CaseSensitive { get; set; }

        /// <summary>Uploaded at or after this time (UTC; a local time is converted).</summary>
        [Parameter]
        public DateTime? UploadedAfter { get; set; }

        /// <summary>Uploaded before this time (exclusive).</summary>
        [Parameter]
        public DateTime? UploadedBefore { get; set; }

        [Parameter]
        public DateTime? PublishedAfter { get; set; }

        [Parameter]
        public DateTime? PublishedBefore { get; set; }

        /// <summary>Sort field; ascending unless -Descending.</summary>
        [Parameter]
        public ImageOrder? OrderBy { get; set; }

        [Parameter]
        public SwitchParameter Descending { get; set; }

        /// <summary>Any other server lookup, e.g. @{ 'w__gte' = 4000; 'data_source' = 'BACKYARD' }.</summary>
        [Parameter]
        [ArgumentCompleter(typeof(Completion.FilterKeyCompleter))]
        public Hashtable? Filter { get; set; }

        protected override void ProcessRecord()
        {
            var query = new ImageQuery
            {
                Subject = Subject,
                User = User,
                Title = Title,
                TitleContains = TitleContains,
                TitleStartsWith = TitleStartsWith,
                TitleEndsWith = TitleEndsWith,
                DescriptionContains = DescriptionContains,
                CaseSensitive = CaseSensitive,
                UploadedAfter = UploadedAfter,
                UploadedBefore = UploadedBefore,
                PublishedAfter = PublishedAfter,
                PublishedBefore = PublishedBefore,
                OrderBy = OrderBy,
                Descending = Descending,
            };
            if (Filter != null)
            {
                foreach (DictionaryEntry entry in Filter)
                {
                    query.Filters[Convert.ToString(entry.Key, System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty] = PSObjectValue.Unwrap(entry.Value);
                }
            }
            if (Descending && !OrderBy.HasValue)
            {
                ThrowTerminatingError(ErrorRecords.Create("AstroBinInvalidValue", ErrorCategory.InvalidArgument,
                    "-Descending needs -OrderBy Uploaded, Published or Title. Without -OrderBy the newest uploads already come first.", null));
            }

            try
            {
                query.ToParameters();
            }
            catch (InvalidQueryException ex)
            {
                ThrowTerminatingError(ErrorRecords.FromQuery(ex, Filter));
            }

            try
            {
                var progress = new SearchProgress(this, PagingRange);
                var total = WriteList(observer => Client.SearchImagesAsync(query, PagingRange, progress.Follow(observer), StopToken), progress.Step);
                progress.Complete();
                if (Subject != null && total == ImageQuery.MaxSubjectMatches)
                {
                    WriteWarning("AstroBin answers a subject search with at most " + ImageQuery.MaxSubjectMatches + " images, and this one reached that cap: more images may show '"
                        + Subject + "'. Narrow the search (add -UploadedAfter/-UploadedBefore, -User or -TitleContains) to see the others.");
                }
            }
            catch (AstroBinException ex)
            {
                WriteApiError(ex, query);
            }
        }
    }
}
