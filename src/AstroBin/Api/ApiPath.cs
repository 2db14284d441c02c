namespace AstroBin.Api
{
    /// <summary>Reads the API's relative resource paths such as <c>/api/v1/image/abc123</c> or <c>/api/v1/location/7/</c>.</summary>
    public static class ApiPath
    {
        /// <summary>The last non-empty segment: the object's id. Null for null or empty paths.</summary>
        public static string? LastSegment(string? path)
        {
            if (string.IsNullOrWhiteSpace(path)) return null;
            var trimmed = path!.Trim().TrimEnd('/');
            var slash = trimmed.LastIndexOf('/');
            var segment = slash < 0 ? trimmed : trimmed.Substring(slash + 1);
            return segment.Length == 0 ? null : segment;
        }

        /// <summary>The last segment as a positive number (<c>/api/v1/location/7/</c> gives 7); null when it is not one.</summary>
        public static int? LastNumber(string? path) =>
            int.TryParse(LastSegment(path), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var number) && number > 0
                ? number
                : (int?)null;
    }
}
