using AstroBin.Api.Queries;

namespace AstroBin.Tests.Api;

public class ImageQueryTests
{
    private static string Query(ImageQuery query) => query.ToParameters().ToQueryString();

    [Fact]
    public void Named_criteria_map_to_case_insensitive_lookups_by_default()
    {
        var query = new ImageQuery { TitleContains = "andromeda", TitleStartsWith = "M", TitleEndsWith = "31", Title = "M31", DescriptionContains = "wind" };
        Assert.Equal("title__iexact=M31&title__icontains=andromeda&title__istartswith=M&title__iendswith=31&description__icontains=wind", Query(query));
    }

    [Fact]
    public void CaseSensitive_switches_to_the_case_sensitive_lookups()
    {
        var query = new ImageQuery { TitleContains = "Andromeda", Title = "M31", DescriptionContains = "Wind", CaseSensitive = true };
        Assert.Equal("title=M31&title__contains=Andromeda&description__contains=Wind", Query(query));
    }

    [Fact]
    public void Dates_are_inclusive_after_and_exclusive_before_in_utc()
    {
        var query = new ImageQuery
        {
            UploadedAfter = new DateTime(2024, 1, 1),
            UploadedBefore = new DateTime(2024, 2, 1, 12, 30, 0, DateTimeKind.Utc),
            PublishedAfter = new DateTimeOffset(2024, 1, 1, 2, 0, 0, TimeSpan.FromHours(2)).LocalDateTime,
        };
        var text = query.ToParameters().ToList();
        Assert.Contains(new KeyValuePair<string, string>("uploaded__gte", "2024-01-01 00:00:00"), text);
        Assert.Contains(new KeyValuePair<string, string>("uploaded__lt", "2024-02-01 12:30:00"), text);
        Assert.Contains(new KeyValuePair<string, string>("published__gte", "2024-01-01 00:00:00"), text);
    }

    [Theory]
    [InlineData(ImageOrder.Uploaded, false, "uploaded")]
    [InlineData(ImageOrder.Published, true, "-published")]
    [InlineData(ImageOrder.Title, true, "-title")]
    public void OrderBy_maps_to_order_by(ImageOrder order, bool descending, string expected)
    {
        Assert.Equal("order_by=" + Uri.EscapeDataString(expected), Query(new ImageQuery { OrderBy = order, Descending = descending }));
    }

    [Fact]
    public void An_after_date_not_before_the_before_date_is_refused()
    {
        var error = Assert.Throws<InvalidQueryException>(() => new ImageQuery { UploadedAfter = new DateTime(2024, 2, 1), UploadedBefore = new DateTime(2024, 1, 1) }.ToParameters());
        Assert.Equal(InvalidQueryReason.InvalidDateRange, error.Reason);
        Assert.Contains("-UploadedAfter (2024-02-01 00:00:00) is not earlier than -UploadedBefore (2024-01-01 00:00:00)", error.Message);
    }

    [Theory]
    [InlineData("foo")]
    [InlineData("api_key")]
    [InlineData("is_solved")]
    [InlineData("title__foo")]
    [InlineData("user__iexact")]
    [InlineData("description__startswith")]
    [InlineData("hash")]
    [InlineData("limit")]
    [InlineData("uploaded__year__foo")]
    public void Unsupported_filter_keys_are_refused_with_the_supported_list(string key)
    {
        var query = new ImageQuery();
        query.Filters[key] = "x";
        var error = Assert.Throws<InvalidQueryException>(() => query.ToParameters());
        Assert.Equal(InvalidQueryReason.UnsupportedFilter, error.Reason);
        Assert.Contains("'" + key + "'", error.Message);
        Assert.Contains("description__icontains", error.Message);
    }

    [Theory]
    [InlineData("w__gte", 4000, "w__gte=4000")]
    [InlineData("title__iregex", "^M ?31", "title__iregex=%5EM%20%3F31")]
    [InlineData("uploaded__year", 2021, "uploaded__year=2021")]
    [InlineData("uploaded__year__gte", 2021, "uploaded__year__gte=2021")]
    [InlineData("ids", "1,2,3", "ids=1%2C2%2C3")]
    [InlineData("data_source", "BACKYARD", "data_source=BACKYARD")]
    [InlineData("remote_source__in", "DSW", "remote_source__in=DSW")]
    public void Supported_filters_pass_through_encoded(string key, object value, string expected)
    {
        var query = new ImageQuery();
        query.Filters[key] = value;
        Assert.Equal(expected, Query(query));
    }

    [Fact]
    public void Filter_lists_and_dates_are_formatted_invariantly()
    {
        var query = new ImageQuery();
        query.Filters["w__in"] = new object[] { 1000, 2000.5 };
        query.Filters["uploaded__range"] = new object[] { new DateTime(2020, 1, 1), new DateTime(2020, 12, 31) };
        var pairs = query.ToParameters().ToDictionary(p => p.Key, p => p.Value);
        Assert.Equal("1000,2000.5", pairs["w__in"]);
        Assert.Equal("2020-01-01 00:00:00,2020-12-31 00:00:00", pairs["uploaded__range"]);
    }

    [Fact]
    public void A_key_given_twice_is_refused_because_the_server_reads_only_one()
    {
        var query = new ImageQuery { User = "alice" };
        query.Filters["user"] = "bob";
        var error = Assert.Throws<InvalidQueryException>(() => query.ToParameters());
        Assert.Equal(InvalidQueryReason.InvalidValue, error.Reason);
        Assert.Contains("'user' is given twice", error.Message);
    }

    [Fact]
    public void Empty_and_null_values_are_refused()
    {
        Assert.Equal(InvalidQueryReason.InvalidValue, Assert.Throws<InvalidQueryException>(() => new ImageQuery { TitleContains = " " }.ToParameters()).Reason);
        var query = new ImageQuery();
        query.Filters["w"] = null;
        Assert.Equal(InvalidQueryReason.InvalidValue, Assert.Throws<InvalidQueryException>(() => query.ToParameters()).Reason);
    }

    [Fact]
    public void Values_with_reserved_characters_cannot_smuggle_parameters()
    {
        var query = new ImageQuery { TitleContains = "a&api_key=x#b%c+d?e=f g/é" };
        Assert.Equal("title__icontains=a%26api_key%3Dx%23b%25c%2Bd%3Fe%3Df%20g%2F%C3%A9", Query(query));
    }
}
