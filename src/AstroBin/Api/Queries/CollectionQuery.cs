namespace AstroBin.Api.Queries
{
    /// <summary>The collection list's filters: owner (exact) and name (exact or part, any case).</summary>
    public sealed class CollectionQuery
    {
        /// <summary>The owner's exact user name (case-sensitive, as the server compares).</summary>
        public string? User { get; set; }

        /// <summary>The whole name, any case.</summary>
        public string? Name { get; set; }

        /// <summary>A wildcard pattern (<c>*</c>, <c>?</c>, <c>[a-z]</c>, <c>`</c> escapes) for the whole name, any case: the server's <c>name__iregex</c>.</summary>
        public string? NameLike { get; set; }

        /// <summary>Part of the name, any case.</summary>
        public string? NameContains { get; set; }

        public QueryParameters ToParameters()
        {
            var parameters = new QueryParameters();
            if (!string.IsNullOrEmpty(User)) parameters.Add("user", User!.Trim());
            if (!string.IsNullOrEmpty(Name)) parameters.Add("name__iexact", Name!);
            if (!string.IsNullOrEmpty(NameContains)) parameters.Add("name__icontains", NameContains!);
            if (!string.IsNullOrEmpty(NameLike)) parameters.Add("name__iregex", WildcardRegex.From(NameLike!));
            return parameters;
        }
    }
}
