using System;
using System.Collections;
using System.Globalization;
using System.Management.Automation;
using System.Threading;
using AstroBin.Api;
using AstroBin.Api.Errors;
using AstroBin.Api.Queries;
using AstroBin.Commands.Binding;

namespace AstroBin.Commands
{
    /// <summary>
    /// Searches the image list, newest upload first unless -OrderBy says otherwise; streams page by page. With no
    /// criterion and no -First it stops after the newest <see cref="UnboundedFirst"/> images and says so: the
    /// whole archive is days of requests at AstroBin's fair-use rate.
    /// </summary>
    [Cmdlet(VerbsCommon.Search, "AstroBinImage", SupportsPaging = true, HelpUri = HelpLinks.Pages + "Search-AstroBinImage.md")]
    [OutputType(typeof(Image))]
    public sealed class SearchAstroBinImage : AstroBinCmdlet
    {
        /// <summary>How many images a search with no criterion and no -First returns.</summary>
        public const int UnboundedFirst = 100;

        /// <summary>Titles that contain this text (case-insensitive unless -CaseSensitive).</summary>
        [Parameter(Position = 0)]
        public string? TitleContains { get; set; }

        /// <summary>Images whose plate solution lists this object, e.g. 'M31' or 'NGC 7000' (the server answers at most 100).</summary>
        [Parameter]
        [ArgumentCompleter(typeof(Completion.SubjectCompleter))]
        public string? Subject { get; set; }

        /// <summary>
        /// Server (default): AstroBin's subjects= filter, capped at its first 100 plate solutions before any other
        /// criterion. Client: the module matches each image's own Subjects over the search the other criteria bound.
        /// </summary>
        [Parameter]
        public SubjectMatch SubjectMatch { get; set; }

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
        [Input.FilterTransformation]
        public Hashtable? Filter { get; set; }

        protected override void ProcessRecord()
        {
            var query = new ImageQuery
            {
                Subject = Subject,
                SubjectMatch = SubjectMatch,
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
            if (User != null && User.Trim().Length == 0)
            {
                // An empty User property of a piped object (a CSV row of an Image of the Day) names nobody.
                WriteError(ErrorRecords.Create("AstroBinInvalidUsername", ErrorCategory.InvalidArgument, "The user name is empty. Give an AstroBin user name such as 'crgood2'.", User));
                return;
            }
            RefuseUserWildcard(User, nameof(User));
            // The API matches -Title and -Subject as a whole; a leading or trailing * would be sent as text, find nothing and say nothing.
            RefuseStar(Title, nameof(Title), "-Title matches the whole title. For part of it use -TitleContains, -TitleStartsWith or -TitleEndsWith (without the *).");
            RefuseStar(Subject, nameof(Subject), "-Subject matches one subject by its name ('M 31', 'NGC 7000'); give the whole name, without the *.");
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
                if (SubjectMatch == SubjectMatch.Client) MatchSubjectHere(query);
                else SearchOnServer(query);
            }
            catch (InvalidQueryException ex)
            {
                ThrowTerminatingError(ErrorRecords.FromQuery(ex, Subject));
            }
            catch (AstroBinException ex)
            {
                WriteApiError(ex, query);
            }
        }

        private void SearchOnServer(ImageQuery query)
        {
            var range = PagingRange;
            var capped = range.Take == null && Subject == null && !query.HasOtherCriteria;
            if (capped) range = new PageRange(range.Skip, UnboundedFirst);
            var progress = new ListProgress(this, range, "Searching AstroBin images", "images");
            var total = WriteList(observer => Client.SearchImagesAsync(query, range, progress.Follow(observer), StopToken), progress.Step);
            progress.Complete();
            if (capped && total > range.Skip + UnboundedFirst)
            {
                WriteWarning("Search-AstroBinImage without a criterion stops after the newest " + UnboundedFirst + " of " + total.ToString(CultureInfo.InvariantCulture)
                    + " images. Give -First for more (-First 1000), or narrow the search with -User, -UploadedAfter, -TitleContains or another criterion.");
            }
            if (total == 0 && User != null)
            {
                var missing = MissingUser(User);
                if (missing != null) WriteError(missing);
            }
            if (Subject == null) return;
            var shown = SubjectName.Normalize(Subject);
            if (query.HasOtherCriteria)
            {
                WriteWarning("AstroBin applies -Subject before every other criterion: it takes the first " + ImageQuery.MaxSubjectMatches + " plate solutions that list '" + shown
                    + "' (in no particular order) and only then filters those images, so images that meet every criterion can be missing. "
                    + "Add -SubjectMatch Client to compare each image's own Subjects over the search the other criteria select.");
            }
            else if (total >= ImageQuery.MaxSubjectMatches && AskedForCap())
            {
                WriteWarning("AstroBin answers a subject search with at most " + ImageQuery.MaxSubjectMatches + " images, its first " + ImageQuery.MaxSubjectMatches
                    + " plate solutions that list '" + shown + "' (in no particular order, not the newest), and this one reached that cap: more images show it. "
                    + "To see them, bound the search with -User, -UploadedAfter/-UploadedBefore or -TitleContains and add -SubjectMatch Client.");
            }
        }

        /// <summary>Whether -Skip/-First reach the server's cap: a -First below it got all it asked for.</summary>
        private bool AskedForCap()
        {
            var range = PagingRange;
            return range.Take == null || range.Skip + range.Take.Value >= ImageQuery.MaxSubjectMatches;
        }

        /// <summary>-SubjectMatch Client: every image of the bounded search is read, the matching ones written.</summary>
        private void MatchSubjectHere(ImageQuery query)
        {
            // Nobody knows the number of matches before the last page: PowerShell's way to say so.
            if (PagingParameters.IncludeTotalCount) WriteObject(PagingParameters.NewTotalCount(0, 0.0));
            var feedback = new ListFeedback(this);
            long scanned = 0, unreadable = 0, matched = 0;
            var observer = new ListObserver
            {
                Unreadable = record =>
                {
                    Interlocked.Increment(ref unreadable);
                    feedback.Observer.Unreadable?.Invoke(record);
                },
            };
            // The bar counts images read: the bounded search's total, not the matches, is known in advance.
            var progress = new ListProgress(this, PageRange.All, "Searching AstroBin images for '" + SubjectName.Normalize(Subject!) + "'", "images read");
            WriteEach(Client.ScanForSubjectAsync(query, PagingRange, progress.Follow(observer), StopToken), feedback.Flush, step =>
            {
                scanned++;
                if (!step.Selected) return;
                matched++;
                WriteObject(step.Image);
            }, progress.Step);
            progress.Complete();
            var pages = (scanned + Interlocked.Read(ref unreadable) + PageReader.MaxPageSize - 1) / PageReader.MaxPageSize;
            WriteVerbose(string.Format(CultureInfo.InvariantCulture,
                "-SubjectMatch Client: read {0} page(s), {1} image(s); {2} listed '{3}'.", pages, scanned, matched, SubjectName.Normalize(Subject!)));
        }

        /// <summary>Refuses a value with a leading or trailing * where the API matches the whole value, before any request.</summary>
        private void RefuseStar(string? value, string parameter, string advice)
        {
            if (value == null || !(value.StartsWith("*", StringComparison.Ordinal) || value.EndsWith("*", StringComparison.Ordinal))) return;
            ThrowTerminatingError(ErrorRecords.Create("AstroBinWildcardNotSupported", ErrorCategory.InvalidArgument, "-" + parameter + " '" + value + "': " + advice, value));
        }
    }
}
