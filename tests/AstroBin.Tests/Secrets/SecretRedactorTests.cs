using System.Diagnostics;
using System.Text;
using AstroBin.Api;
using Xunit.Abstractions;
using static AstroBin.Tests.Secrets.SecretExposure;

namespace AstroBin.Tests.Secrets;

/// <summary>The redactor alone: every spelling of either value, in any mix, and nothing else.</summary>
public sealed class SecretRedactorTests(ITestOutputHelper output)
{
    private static readonly SecretRedactor Redactor = new(new ApiCredentials(Key, Secret));

    [Theory]
    [InlineData("FEDCBA9876543210FEDCBA9876543210FEDCBA98")]
    [InlineData("FedCba9876543210fEDCBA9876543210fedcbA98")]
    [InlineData("%66%65%64%63%62%61%39%38%37%36%35%34%33%32%31%30%66%65%64%63%62%61%39%38%37%36%35%34%33%32%31%30%66%65%64%63%62%61%39%38")]
    [InlineData("%46%45%44%43%42%41%39%38%37%36%35%34%33%32%31%30%46%45%44%43%42%41%39%38%37%36%35%34%33%32%31%30%46%45%44%43%42%41%39%38")]
    [InlineData("f%65d%63b%619876543210fedcba9876543210fedcba98")]
    [InlineData("\\u0066\\u0065\\u0064\\u0063\\u0062\\u0061\\u0039\\u0038765\\u00343210fedcba9876543210fedcba98")]
    [InlineData("\\U0046EDCBA9876543210FEDCBA9876543210FEDCBA98")]
    [InlineData("&#102;&#x65;&#X64;&#0099;ba9876543210fedcba9876543210fedcba98")]
    [InlineData("0123456789ABCDEF0123456789ABCDEF01234567")]
    [InlineData("%30123456789abcdef0123456789abcdef0123456%37")]
    public void Every_spelling_is_masked(string spelling)
    {
        var redacted = Redactor.Redact("before " + spelling + " after");

        Assert.Equal("before *** after", redacted);
    }

    [Fact]
    public void Other_text_is_left_alone_and_an_untouched_body_is_the_same_array()
    {
        const string text = "{\"hash\": \"abc123\", \"id\": 40, \"md5\": \"fedcba9876543210fedcba9876543210fedcba9\", \"x\": \"%66%65\"}";
        var body = Encoding.UTF8.GetBytes(text);

        Assert.Equal(text, Redactor.Redact(text));
        Assert.Same(body, Redactor.Redact(body));
        Assert.Equal("a=*** b", Encoding.UTF8.GetString(Redactor.Redact(Encoding.UTF8.GetBytes("a=" + Secret + " b"))));
    }

    [Fact]
    public void Credential_parameters_stop_at_a_json_escape()
    {
        var redacted = Redactor.Redact("\"next\": \"/api/v1/image/?api_key=other\\u0026limit=1\"");

        Assert.Equal("\"next\": \"/api/v1/image/?api_key=***\\u0026limit=1\"", redacted);
    }

    [Fact]
    public void A_body_at_the_16_MiB_cap_is_masked_in_bounded_time()
    {
        var page = new StringBuilder();
        while (page.Length < 16 * 1024 * 1024) page.Append("{\"title\": \"M 31 0123456789 abcdef %41 &#65; \\u0041\", \"id\": 1234567},");
        page.Append(Secret.ToUpperInvariant());
        var body = Encoding.UTF8.GetBytes(page.ToString());

        var clock = Stopwatch.StartNew();
        var redacted = Redactor.Redact(body);
        clock.Stop();

        output.WriteLine($"16 MiB body masked in {clock.ElapsedMilliseconds} ms");
        AssertNone(Encoding.UTF8.GetString(redacted));
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), "took " + clock.Elapsed);
    }
}
