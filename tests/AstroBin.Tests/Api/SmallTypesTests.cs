using AstroBin.Api;

namespace AstroBin.Tests.Api;

public class SmallTypesTests
{
    private static readonly ApiCredentials Credentials = new("0123456789abcdef0123456789abcdef01234567", "fedcba9876543210fedcba9876543210fedcba98");

    [Fact]
    public void Redactor_masks_credentials_in_urls_and_anywhere_in_text()
    {
        var redactor = new SecretRedactor(Credentials);
        var text = "/api/v1/image/?format=json&api_key=" + Credentials.ApiKey + "&api_secret=" + Credentials.ApiSecret + "&limit=20 and again " + Credentials.ApiSecret;
        var redacted = redactor.Redact(text);
        Assert.Equal("/api/v1/image/?format=json&api_key=***&api_secret=***&limit=20 and again ***", redacted);
        Assert.DoesNotContain(Credentials.ApiKey, redacted);
        Assert.DoesNotContain(Credentials.ApiSecret, redacted);
    }

    [Fact]
    public void Redactor_masks_any_credential_parameter_even_of_another_pair()
    {
        Assert.Equal("next=/api/v1/image/?api_secret=***&api_key=***&offset=3", new SecretRedactor(null).Redact("next=/api/v1/image/?api_secret=REDACTED_API_SECRET&api_key=abc&offset=3"));
    }

    [Fact]
    public void Credentials_never_print_the_secret()
    {
        Assert.Equal("ApiCredentials(0123…4567)", Credentials.ToString());
        Assert.Equal("0123…4567", Credentials.MaskedKey);
    }

    [Theory]
    [InlineData("yx76x9", "yx76x9")]
    [InlineData(" 57782 ", "57782")]
    [InlineData("https://www.astrobin.com/yx76x9/", "yx76x9")]
    [InlineData("https://www.astrobin.com/yx76x9/B/", "yx76x9")]
    [InlineData("https://www.astrobin.com/api/v1/image/abc123/", "abc123")]
    [InlineData("/api/v1/image/abc123", "abc123")]
    public void Image_ids_are_read_from_hashes_numbers_urls_and_api_paths(string input, string expected)
    {
        Assert.True(ImageId.TryParse(input, out var id, out _));
        Assert.Equal(expected, id);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    [InlineData("ab/cd")]
    [InlineData("abc?x=1")]
    [InlineData("ABC123")]
    [InlineData("../../x")]
    [InlineData("https://example.com/yx76x9/")]
    public void Malformed_image_ids_are_refused_with_a_reason(string? input)
    {
        Assert.False(ImageId.TryParse(input, out _, out var problem));
        Assert.False(string.IsNullOrWhiteSpace(problem));
    }

    [Theory]
    [InlineData("https://www.astrobin.com/api/v1/", "https://www.astrobin.com/api/v1/")]
    [InlineData("https://mirror.example/astrobin/api/v1", "https://mirror.example/astrobin/api/v1/")]
    [InlineData("http://127.0.0.1:5000/api/v1/", "http://127.0.0.1:5000/api/v1/")]
    [InlineData("http://localhost:5000/api/v1", "http://localhost:5000/api/v1/")]
    [InlineData("http://[::1]:5000/api/v1/", "http://[::1]:5000/api/v1/")]
    public void Base_uris_are_normalised_with_a_trailing_slash(string input, string expected)
    {
        Assert.True(BaseUriRules.TryNormalise(input, out var uri, out _));
        Assert.Equal(expected, uri!.AbsoluteUri);
    }

    [Theory]
    [InlineData("www.astrobin.com/api/v1/", "not an absolute URI")]
    [InlineData("api/v1", "not an absolute URI")]
    [InlineData("ftp://www.astrobin.com/api/v1/", "not a supported scheme")]
    [InlineData("http://www.astrobin.com/api/v1/", "clear text")]
    [InlineData("https://www.astrobin.com/api/v1/?api_key=x", "carries a query")]
    [InlineData("", "not an absolute URI")]
    public void Unusable_base_uris_are_refused_with_a_reason(string input, string reason)
    {
        Assert.False(BaseUriRules.TryNormalise(input, out _, out var problem));
        Assert.Contains(reason, problem);
    }

    [Theory]
    [InlineData("/api/v1/image/abc123", "abc123")]
    [InlineData("/api/v1/location/7/", "7")]
    [InlineData("", null)]
    [InlineData(null, null)]
    public void Api_paths_give_their_last_segment(string? path, string? expected)
    {
        Assert.Equal(expected, ApiPath.LastSegment(path));
    }
}
