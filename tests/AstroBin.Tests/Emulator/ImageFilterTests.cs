using System;
using System.Linq;
using System.Threading.Tasks;
using AstroBin.Emulator.Data;
using Xunit;

namespace AstroBin.Tests.Emulator;

public sealed class ImageFilterTests(EmulatorFixture fixture) : EmulatorTestBase(fixture)
{
    private static readonly DateTime Jan2024 = new(2024, 1, 1);

    public static TheoryData<string, Func<ImageRow, bool>> Lookups => new()
    {
        { "title__icontains=andromeda", image => image.Title.Contains("andromeda", StringComparison.OrdinalIgnoreCase) },
        { "title__contains=Andromeda", image => image.Title.Contains("Andromeda", StringComparison.Ordinal) },
        { "title=M%2042%20reprocessed", image => image.Title == "M 42 reprocessed" },
        { "title__exact=Pleiades", image => image.Title == "Pleiades" },
        { "title__iexact=pleiades", image => image.Title.Equals("pleiades", StringComparison.OrdinalIgnoreCase) },
        { "title__startswith=M%2042", image => image.Title.StartsWith("M 42", StringComparison.Ordinal) },
        { "title__istartswith=the%20", image => image.Title.StartsWith("the ", StringComparison.OrdinalIgnoreCase) },
        { "title__endswith=Nebula", image => image.Title.EndsWith("Nebula", StringComparison.Ordinal) },
        { "title__iendswith=NEBULA", image => image.Title.EndsWith("nebula", StringComparison.OrdinalIgnoreCase) },
        { "title__regex=%5EM%20%5B0-9%5D%2B%24", image => System.Text.RegularExpressions.Regex.IsMatch(image.Title, "^M [0-9]+$") },
        { "title__iregex=%5Em%20%5B0-9%5D%2B%24", image => System.Text.RegularExpressions.Regex.IsMatch(image.Title, "^M [0-9]+$", System.Text.RegularExpressions.RegexOptions.IgnoreCase) },
        { "title__in=Pleiades,Heart%20Nebula", image => image.Title is "Pleiades" or "Heart Nebula" },
        { "title__isnull=true", _ => false },
        { "title__isnull=false", _ => true },
        { "title__gt=Z", image => string.CompareOrdinal(image.Title, "Z") > 0 },
        { "w=6248", image => image.W == 6248 },
        { "w__gte=6000&h__lt=4100", image => image.W >= 6000 && image.H < 4100 },
        { "w__range=3000,5000", image => image.W is >= 3000 and <= 5000 },
        { "h__in=1080,2160", image => image.H is 1080 or 2160 },
        { "w=0", image => image.W == 0 },
        { "uploaded__gte=2024-01-01%200:00:00&uploaded__lt=2024-02-01", image => image.Uploaded >= Jan2024 && image.Uploaded < Jan2024.AddMonths(1) },
        { "uploaded__gt=2024-01-01T00:00:00", image => image.Uploaded > Jan2024 },
        { "published__lte=2016-01-01", image => image.Published <= new DateTime(2016, 1, 1) },
        { "uploaded__range=2020-01-01,2020-06-30", image => image.Uploaded >= new DateTime(2020, 1, 1) && image.Uploaded <= new DateTime(2020, 6, 30) },
        { "uploaded__year=2019", image => image.Uploaded.Year == 2019 },
        { "uploaded__date=2021-01-02", image => DateOnly.FromDateTime(image.Uploaded) == new DateOnly(2021, 1, 2) },
        { "data_source=OWN_REMOTE", image => image.DataSource == "OWN_REMOTE" },
        { "remote_source=DSW", image => image.RemoteSource == "DSW" },
        { "remote_source__isnull=true", image => image.RemoteSource is null },
        { "user=crgood2", image => image.User == "crgood2" },
        { "user=crgood2&user=Nik", image => image.User == "crgood2" },
        { "user=CRGOOD2", _ => false },
        { "description=", image => image.Description == string.Empty },
        { "description__contains=wind", image => image.Description?.Contains("wind", StringComparison.Ordinal) == true },
        { "description__icontains=WIND", image => image.Description?.Contains("wind", StringComparison.OrdinalIgnoreCase) == true },
        { "foo=bar&format=json&is_solved_please=1", _ => true },
    };

    [Theory]
    [MemberData(nameof(Lookups))]
    public async Task Filters_select_exactly_the_matching_images(string query, Func<ImageRow, bool> expected)
    {
        var page = await GetJson("/api/v1/image/", query + "&limit=25");

        var matching = Data.Images.Where(expected).ToList();
        Assert.Equal(matching.Count, TotalCount(page));
        Assert.Equal(matching.Take(25).Select(image => image.Id), page["objects"]!.AsArray().Select(item => item!["id"]!.GetValue<int>()));
    }

    [Fact]
    public async Task Titles_with_reserved_url_characters_round_trip()
    {
        foreach (var title in SpecialImages.Titles)
        {
            var page = await GetJson("/api/v1/image/", "title=" + Uri.EscapeDataString(title));

            Assert.Equal(1, TotalCount(page));
            Assert.Equal(title, page["objects"]![0]!["title"]!.GetValue<string>());
        }
    }

    [Fact]
    public async Task Ids_selects_numeric_primary_keys_from_the_first_ids_parameter_only()
    {
        var wanted = new[] { Data.Images[3], Data.Images[100], Data.Images.First(image => image.Hash is null) };

        var page = await GetJson("/api/v1/image/", $"ids={string.Join(',', wanted.Select(image => image.Id))}&ids={Data.Images[0].Id}");

        Assert.Equal(wanted.Select(image => image.Id).Order(), page["objects"]!.AsArray().Select(item => item!["id"]!.GetValue<int>()).Order());
    }

    [Fact]
    public async Task Ids_counts_parameters_not_ids_against_the_limit_of_100()
    {
        var hundred = string.Join('&', Enumerable.Range(0, 100).Select(index => $"ids={Data.Images[index].Id}"));

        var page = await GetJson("/api/v1/image/", hundred);

        Assert.Equal(1, TotalCount(page));
        Assert.Equal("Please do not request over 100 image IDs", await GetError("/api/v1/image/", hundred + "&ids=1"));
        var manyIdsOneParameter = "ids=" + string.Join(',', Data.Images.Take(150).Select(image => image.Id));
        Assert.Equal(150, TotalCount(await GetJson("/api/v1/image/", manyIdsOneParameter)));
    }

    [Theory]
    [InlineData("M31")]
    [InlineData("m31")]
    [InlineData("M 31")]
    [InlineData("m%2031")]
    [InlineData("M31xyz")]
    [InlineData("NGC224")]
    [InlineData("ngc%20224")]
    public async Task Subjects_normalises_catalogue_names_and_caps_at_100(string subject)
    {
        var page = await GetJson("/api/v1/image/", "subjects=" + subject + "&limit=25");

        Assert.Equal(100, TotalCount(page));
        foreach (var item in page["objects"]!.AsArray())
        {
            // A substring match, so "NGC 224" also finds "NGC 2244", as on the real server.
            var normalised = subject.StartsWith("M", StringComparison.OrdinalIgnoreCase) ? "M 31" : "NGC 224";
            var subjects = item!["subjects"]!.AsArray().Select(name => name!.GetValue<string>());
            Assert.Contains(subjects, name => name.Contains(normalised, StringComparison.OrdinalIgnoreCase));
        }
    }

    [Fact]
    public async Task Subjects_matches_a_substring_of_the_basic_solver_names_case_insensitively()
    {
        var expected = Data.Images.Where(image => image.Solution?.ObjectsInField.Contains("horsehead", StringComparison.OrdinalIgnoreCase) == true).ToList();

        var page = await GetJson("/api/v1/image/", "subjects=HORSEHEAD&limit=25");

        Assert.InRange(expected.Count, 1, 99);
        Assert.Equal(expected.Count, TotalCount(page));
        Assert.Equal(expected.Take(25).Select(image => image.Id), page["objects"]!.AsArray().Select(item => item!["id"]!.GetValue<int>()));
    }

    [Fact]
    public async Task Advanced_solver_names_are_not_searched()
    {
        // "Andromeda Galaxy" is only an advanced-solver label on generated images (plus one recorded subjects list).
        var page = await GetJson("/api/v1/image/", "subjects=Andromeda%20Galaxy");

        Assert.Equal(Data.Images.Count(image => image.Solution?.ObjectsInField.Contains("Andromeda Galaxy", StringComparison.OrdinalIgnoreCase) == true), TotalCount(page));
        Assert.True(TotalCount(page) < Data.Images.Count(image => image.Subjects.Contains("Andromeda Galaxy")));
    }

    [Theory]
    [InlineData("title__foo=x", "The 'title' field does not support relations.")]
    [InlineData("uploaded__year__gte=2020", "The 'uploaded' field does not support relations.")]
    [InlineData("hash=abc123", "The 'hash' field does not allow filtering.")]
    [InlineData("id=5", "The 'id' field does not allow filtering.")]
    [InlineData("license=0", "The 'license' field does not allow filtering.")]
    [InlineData("id__gt=5", "The 'id' field does not allow filtering.")]
    [InlineData("is_solved=true", "The 'is_solved' field is not a valid field name")]
    [InlineData("imaging_telescopes=x", "The 'imaging_telescopes' field is not a valid field name")]
    [InlineData("imaging_cameras=x", "The 'imaging_cameras' field is not a valid field name")]
    [InlineData("ra=10", "The 'ra' field is not a valid field name")]
    [InlineData("likes=1", "The 'likes' field is not a valid field name")]
    [InlineData("url_hd=x", "The 'url_hd' field is not a valid field name")]
    [InlineData("user__username=x", "The 'user' field is not a valid field name")]
    [InlineData("description__startswith=x", "The 'description' field is not a valid field name")]
    [InlineData("subjects__icontains=x", "The 'subjects' field is not a valid field name")]
    [InlineData("w=abc", "Invalid resource lookup data provided (mismatched type).")]
    [InlineData("h__in=1,x", "Invalid resource lookup data provided (mismatched type).")]
    [InlineData("ids=abc123", "Invalid resource lookup data provided (mismatched type).")]
    [InlineData("ids=1,2,x", "Invalid resource lookup data provided (mismatched type).")]
    [InlineData("uploaded__year=abc", "Invalid resource lookup data provided (mismatched type).")]
    [InlineData("title__gt=none", "Invalid resource lookup data provided (mismatched type).")]
    public async Task Invalid_filters_get_the_tastypie_400_message(string query, string message)
    {
        Assert.Equal(message, await GetError("/api/v1/image/", query));
    }

    [Fact]
    public async Task An_unparsable_datetime_is_a_500_as_django_raises_ValidationError()
    {
        var reply = await GetAuthorized("/api/v1/image/", "uploaded__gte=yesterday");

        Assert.Equal(System.Net.HttpStatusCode.InternalServerError, reply.Status);
        Assert.Equal("{\"error_message\": \"Sorry, this request could not be processed. Please try again later.\"}", reply.Body);
    }
}
