using System;
using System.Linq;
using System.Net;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using Xunit;

namespace AstroBin.Tests.Emulator;

public sealed class UserProfileTests(EmulatorFixture fixture) : EmulatorTestBase(fixture)
{
    [Fact]
    public async Task Username_filters_exactly_and_the_counts_match_the_images()
    {
        var profile = Data.UserProfiles.OrderByDescending(candidate => candidate.ImageCount).First();

        var page = await GetJson("/api/v1/userprofile/", "username=" + Uri.EscapeDataString(profile.Username));

        Assert.Equal(1, TotalCount(page));
        var body = page["objects"]![0]!.AsObject();
        Assert.Equal(34, body.Count);
        Assert.Equal(profile.Username, body["username"]!.GetValue<string>());
        Assert.Equal(Data.Images.Count(image => image.User == profile.Username), body["image_count"]!.GetValue<int>());
        Assert.Equal(Data.Images.Where(image => image.User == profile.Username).Sum(image => image.Likes), body["received_likes_count"]!.GetValue<int>());
        Assert.Equal("Etc/GMT", body["timezone"]!.GetValue<string>());
        Assert.Equal($"/api/v1/userprofile/{profile.Id}/", body["resource_uri"]!.GetValue<string>());
    }

    [Fact]
    public async Task Non_ascii_usernames_filter_and_serialise_raw()
    {
        var profile = Data.UserProfiles.First(candidate => candidate.Username.Any(c => c > 127));

        var reply = await GetAuthorized("/api/v1/userprofile/", "username=" + Uri.EscapeDataString(profile.Username));

        Assert.Contains($"\"username\": \"{profile.Username}\"", reply.Body);
        Assert.Equal(1, TotalCount(JsonNode.Parse(reply.Body)!.AsObject()));
    }

    [Fact]
    public async Task Username_is_case_sensitive_and_unknown_names_give_an_empty_page()
    {
        Assert.Equal(0, TotalCount(await GetJson("/api/v1/userprofile/", "username=CRGOOD2")));
        Assert.Equal(1, TotalCount(await GetJson("/api/v1/userprofile/", "username=crgood2")));
        Assert.Equal(0, TotalCount(await GetJson("/api/v1/userprofile/", "username=nobody-here")));
    }

    [Fact]
    public async Task The_list_is_in_primary_key_order()
    {
        var page = await GetJson("/api/v1/userprofile/", "limit=25&offset=25");

        Assert.Equal(Data.UserProfiles.Skip(25).Take(25).Select(profile => profile.Id), page["objects"]!.AsArray().Select(item => item!["id"]!.GetValue<int>()));
        Assert.Equal(Data.UserProfiles.Count, TotalCount(page));
    }

    [Fact]
    public async Task Detail_is_by_profile_pk()
    {
        var profile = Data.UserProfiles[7];

        var body = await GetJson($"/api/v1/userprofile/{profile.Id}/");

        Assert.Equal(profile.Username, body["username"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.NotFound, (await GetAuthorized("/api/v1/userprofile/1/")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await GetAuthorized("/api/v1/userprofile/abc/")).Status);
    }

    [Theory]
    [InlineData("order_by=date_joined", "The 'date_joined' field does not allow ordering.")]
    [InlineData("order_by=-date_joined", "The 'date_joined' field does not allow ordering.")]
    [InlineData("order_by=username", "The 'username' field does not allow ordering.")]
    [InlineData("real_name=x", "The 'real_name' field does not allow filtering.")]
    [InlineData("id=1", "The 'id' field does not allow filtering.")]
    [InlineData("username__iexact=x", "The 'username' field is not a valid field name")]
    [InlineData("image_count=1", "The 'image_count' field is not a valid field name")]
    public async Task Other_filters_and_every_ordering_are_refused(string query, string message)
    {
        Assert.Equal(message, await GetError("/api/v1/userprofile/", query));
    }

    [Fact]
    public async Task Every_uploader_has_a_profile()
    {
        var usernames = Data.UserProfiles.Select(profile => profile.Username).ToHashSet();

        Assert.All(Data.Images.Select(image => image.User).Distinct(), user => Assert.Contains(user, usernames));
    }
}
