using System;
using System.Collections.Generic;
using System.Linq;

namespace AstroBin.Api.Queries
{
    /// <summary>
    /// A search of the image list. Named criteria map to the server's lookups; <see cref="Filters"/>
    /// adds any other supported lookup. <see cref="ToParameters"/> validates before any request.
    /// </summary>
    public sealed class ImageQuery
    {
        /// <summary>The server answers a subject search with at most this many images (its first 100 matching solutions).</summary>
        public const int MaxSubjectMatches = 100;

        /// <summary>
        /// The largest search <see cref="Queries.SubjectMatch.Client"/> reads (200 requests): AstroBin's fair use
        /// forbids walking the archive, so a broader bound is refused after its first page.
        /// </summary>
        public const int MaxSubjectScan = 5000;

        public string? Subject { get; set; }

        /// <summary>Whether the server (default) or the module matches <see cref="Subject"/>.</summary>
        public SubjectMatch SubjectMatch { get; set; }

        public string? User { get; set; }
        public string? Title { get; set; }
        public string? TitleContains { get; set; }
        public string? TitleStartsWith { get; set; }
        public string? TitleEndsWith { get; set; }
        public string? DescriptionContains { get; set; }

        /// <summary>Use the case-sensitive lookups for the title and description criteria.</summary>
        public bool CaseSensitive { get; set; }

        /// <summary>Inclusive (<c>__gte</c>).</summary>
        public DateTime? UploadedAfter { get; set; }

        /// <summary>Exclusive (<c>__lt</c>).</summary>
        public DateTime? UploadedBefore { get; set; }

        public DateTime? PublishedAfter { get; set; }
        public DateTime? PublishedBefore { get; set; }

        public ImageOrder? OrderBy { get; set; }
        public bool Descending { get; set; }

        /// <summary>Further server lookups, e.g. <c>w__gte = 4000</c>.</summary>
        public IDictionary<string, object?> Filters { get; } = new Dictionary<string, object?>(StringComparer.Ordinal);

        /// <summary>Whether any criterion besides <see cref="Subject"/> is given (a named one or a filter).</summary>
        public bool HasOtherCriteria =>
            User != null || Title != null || TitleContains != null || TitleStartsWith != null || TitleEndsWith != null || DescriptionContains != null
            || UploadedAfter.HasValue || UploadedBefore.HasValue || PublishedAfter.HasValue || PublishedBefore.HasValue || Filters.Count > 0;

        /// <summary>
        /// The request's query. With <see cref="Queries.SubjectMatch.Client"/> the subject is left out (the
        /// module compares it), and at least one other criterion must bound the search.
        /// </summary>
        /// <exception cref="InvalidQueryException">A criterion the server would answer wrongly or not at all, or an unbounded client-side match.</exception>
        public QueryParameters ToParameters()
        {
            var clientMatch = SubjectMatch == SubjectMatch.Client;
            if (clientMatch && string.IsNullOrWhiteSpace(Subject))
            {
                throw new InvalidQueryException(InvalidQueryReason.InvalidValue, "-SubjectMatch Client needs -Subject: the subject to look for in each image's Subjects.", "SubjectMatch");
            }
            if (clientMatch && !HasOtherCriteria)
            {
                throw new InvalidQueryException(InvalidQueryReason.TooBroad,
                    "-SubjectMatch Client reads every image the other criteria select, and there are none: it would walk the whole archive, which AstroBin's fair use forbids. "
                    + "Bound the search with -User, -UploadedAfter/-UploadedBefore, -TitleContains or another criterion (at most " + MaxSubjectScan + " images).",
                    "SubjectMatch");
            }

            CheckRange(UploadedAfter, UploadedBefore, "Uploaded");
            CheckRange(PublishedAfter, PublishedBefore, "Published");

            var named = new List<KeyValuePair<string, string>>();
            void Add(string key, string? value)
            {
                if (value == null) return;
                if (value.Trim().Length == 0)
                {
                    throw new InvalidQueryException(InvalidQueryReason.InvalidValue, "The criterion '" + key + "' is empty. Give a value, or leave it out.", key);
                }
                named.Add(new KeyValuePair<string, string>(key, value));
            }

            string Lookup(string field, string lookup) => field + "__" + (CaseSensitive ? lookup : "i" + lookup);

            if (!clientMatch) Add("subjects", Subject);
            Add("user", User);
            Add(CaseSensitive ? "title" : "title__iexact", Title);
            Add(Lookup("title", "contains"), TitleContains);
            Add(Lookup("title", "startswith"), TitleStartsWith);
            Add(Lookup("title", "endswith"), TitleEndsWith);
            Add(Lookup("description", "contains"), DescriptionContains);
            if (UploadedAfter.HasValue) Add("uploaded__gte", FilterValue.Format(UploadedAfter.Value, "uploaded__gte"));
            if (UploadedBefore.HasValue) Add("uploaded__lt", FilterValue.Format(UploadedBefore.Value, "uploaded__lt"));
            if (PublishedAfter.HasValue) Add("published__gte", FilterValue.Format(PublishedAfter.Value, "published__gte"));
            if (PublishedBefore.HasValue) Add("published__lt", FilterValue.Format(PublishedBefore.Value, "published__lt"));

            foreach (var filter in Filters)
            {
                var key = filter.Key?.Trim() ?? string.Empty;
                if (!ImageFilterKeys.IsSupported(key))
                {
                    throw new InvalidQueryException(InvalidQueryReason.UnsupportedFilter,
                        "The image list has no filter '" + key + "': AstroBin would ignore it and return unfiltered results. Supported keys: " + ImageFilterKeys.Describe() + ".",
                        "Filter");
                }
                Add(key, FilterValue.Format(filter.Value, key));
            }

            // The server reads only the first value of a repeated key, so a second one would be silently lost.
            var repeated = named.GroupBy(p => p.Key, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
            if (repeated != null)
            {
                throw new InvalidQueryException(InvalidQueryReason.InvalidValue,
                    "The filter '" + repeated.Key + "' is given twice (by a parameter and by -Filter, or twice in -Filter). AstroBin would use only one; give it once.",
                    repeated.Key);
            }

            var parameters = new QueryParameters();
            foreach (var pair in named) parameters.Add(pair.Key, pair.Value);
            if (OrderBy.HasValue) parameters.Add("order_by", (Descending ? "-" : string.Empty) + OrderBy.Value.ToString().ToLowerInvariant());
            return parameters;
        }

        private static void CheckRange(DateTime? after, DateTime? before, string field)
        {
            if (after.HasValue && before.HasValue && Normalise(after.Value) >= Normalise(before.Value))
            {
                throw new InvalidQueryException(InvalidQueryReason.InvalidDateRange,
                    "-" + field + "After (" + Show(after.Value) + ") is not earlier than -" + field + "Before (" + Show(before.Value) + "): no image can match. After is inclusive, Before exclusive; swap or widen them.",
                    field + "After");
            }
        }

        private static DateTime Normalise(DateTime value) => value.Kind == DateTimeKind.Local ? value.ToUniversalTime() : value;

        private static string Show(DateTime value) => Normalise(value).ToString("yyyy-MM-dd HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture);
    }
}
