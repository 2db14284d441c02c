using System;
using System.Collections.Generic;
using System.Linq;

namespace AstroBin.Api.Queries
{
    /// <summary>
    /// The filter keys the image resource really applies (spec §7.1). tastypie silently ignores a
    /// key that is not a field name, so an unchecked typo would return every image unfiltered.
    /// </summary>
    public static class ImageFilterKeys
    {
        /// <summary>Django lookups accepted after a filterable field.</summary>
        public static readonly IReadOnlyList<string> Lookups = new[]
        {
            "exact", "iexact", "contains", "icontains", "in", "gt", "gte", "lt", "lte",
            "startswith", "istartswith", "endswith", "iendswith", "range", "isnull", "regex", "iregex",
        };

        /// <summary>Transforms of datetime fields, which may be followed by a lookup (<c>uploaded__year__gte</c>).</summary>
        public static readonly IReadOnlyList<string> DateTransforms = new[]
        {
            "date", "year", "iso_year", "quarter", "month", "week", "week_day", "day", "time", "hour", "minute", "second",
        };

        private static readonly string[] LookupFields = { "title", "w", "h", "data_source", "remote_source" };
        private static readonly string[] DateFields = { "uploaded", "published" };
        private static readonly string[] PlainKeys = { "user", "description", "description__contains", "description__icontains", "ids", "subjects" };

        /// <summary>Every accepted key, for messages and tab completion (datetime transforms shown once per field).</summary>
        public static IEnumerable<string> All()
        {
            foreach (var field in LookupFields.Concat(DateFields))
            {
                yield return field;
                foreach (var lookup in Lookups) yield return field + "__" + lookup;
            }
            foreach (var field in DateFields)
            {
                foreach (var transform in DateTransforms) yield return field + "__" + transform;
            }
            foreach (var key in PlainKeys) yield return key;
        }

        public static bool IsSupported(string key)
        {
            if (string.IsNullOrEmpty(key)) return false;
            if (Array.IndexOf(PlainKeys, key) >= 0) return true;
            var parts = key.Split(new[] { "__" }, StringSplitOptions.None);
            if (Array.IndexOf(LookupFields, parts[0]) >= 0)
            {
                return parts.Length == 1 || (parts.Length == 2 && Lookups.Contains(parts[1]));
            }
            if (Array.IndexOf(DateFields, parts[0]) >= 0)
            {
                switch (parts.Length)
                {
                    case 1: return true;
                    case 2: return Lookups.Contains(parts[1]) || DateTransforms.Contains(parts[1]);
                    case 3: return DateTransforms.Contains(parts[1]) && Lookups.Contains(parts[2]);
                    default: return false;
                }
            }
            return false;
        }

        /// <summary>A short description of the accepted keys, for error messages.</summary>
        public static string Describe() =>
            string.Join(", ", LookupFields.Concat(DateFields)) + " (each alone or with __" + string.Join("/__", Lookups) + "; uploaded and published also with __" + string.Join("/__", DateTransforms) +
            "), " + string.Join(", ", PlainKeys);
    }
}
