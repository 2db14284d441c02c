using System.Net;
using System.Text;
using AstroBin.Api;
using AstroBin.Api.Errors;
using RichardSzalay.MockHttp;

namespace AstroBin.Tests.Api;

/// <summary>How the client reads each kind of answer, at the handler level.</summary>
public class ClientResponseHandlingTests
{
    private const string Key = "0123456789abcdef0123456789abcdef01234567";
    private const string Secret = "fedcba9876543210fedcba9876543210fedcba98";

    private static AstroBinClient Client(MockHttpMessageHandler handler, TimeSpan? timeout = null, long? maxBytes = null)
    {
        // One answer, one outcome: retries are covered by the Reliability tests.
        var options = new AstroBinClientOptions(new Uri("https://astrobin.test/api/v1/"), new ApiCredentials(Key, Secret)) { MaxRetry = 0 };
        if (timeout.HasValue) options.Timeout = timeout.Value;
        if (maxBytes.HasValue) options.MaxResponseBytes = maxBytes.Value;
        return new AstroBinClient(handler.ToHttpClient(), options);
    }

    private static void AssertRedacted(AstroBinException error)
    {
        Assert.DoesNotContain(Key, error.Message + error.RequestUri + error);
        Assert.DoesNotContain(Secret, error.Message + error.RequestUri + error);
        Assert.Contains("api_key=***", error.RequestUri);
    }

    [Fact]
    public async Task Every_request_carries_format_json_and_the_key_pair_in_the_query()
    {
        var handler = new MockHttpMessageHandler();
        handler.Expect("https://astrobin.test/api/v1/image/yx76x9/")
            .WithExactQueryString(new Dictionary<string, string> { ["format"] = "json", ["api_key"] = Key, ["api_secret"] = Secret })
            .Respond("application/json", Encoding.UTF8.GetString(Fixtures.Bytes(Fixtures.Yx76x9)));

        var image = await Client(handler).GetImageAsync("yx76x9", CancellationToken.None);

        Assert.Equal("NGC 1316", image.Title);
        handler.VerifyNoOutstandingExpectation();
    }

    [Fact]
    public async Task A_400_carries_the_servers_message_decoded()
    {
        var handler = new MockHttpMessageHandler();
        handler.When("*").Respond(HttpStatusCode.BadRequest, "application/json", "{\"error\": \"Invalid limit '-1' provided. Please provide a positive integer &gt;= 0.\"}");

        var error = await Assert.ThrowsAsync<AstroBinBadRequestException>(() => Client(handler).GetImageAsync("abc123", CancellationToken.None));

        Assert.Equal("Invalid limit '-1' provided. Please provide a positive integer >= 0.", error.ServerMessage);
        AssertRedacted(error);
    }

    [Fact]
    public async Task A_400_without_the_apis_error_document_is_a_damaged_answer_not_a_verdict()
    {
        var handler = new MockHttpMessageHandler();
        handler.When("*").Respond(HttpStatusCode.BadRequest, "application/json", "{\"error\": \"The object '&lt;Image: x&gt;' has an empt");

        var error = await Assert.ThrowsAsync<AstroBinInvalidResponseException>(() => Client(handler).GetImageAsync("abc123", CancellationToken.None));

        Assert.Contains("an HTTP 400 answer without the API's error document", error.Message);
        Assert.True(error.MayBeTransient);
    }

    [Fact]
    public async Task A_401_with_an_empty_body_is_unauthorized()
    {
        var handler = new MockHttpMessageHandler();
        handler.When("*").Respond(HttpStatusCode.Unauthorized, "text/html", string.Empty);

        var error = await Assert.ThrowsAsync<AstroBinUnauthorizedException>(() => Client(handler).GetImageAsync("abc123", CancellationToken.None));

        Assert.Contains("wrong, incomplete, or was revoked", error.Message);
        AssertRedacted(error);
    }

    [Fact]
    public async Task A_404_with_an_empty_body_names_the_missing_image()
    {
        var handler = new MockHttpMessageHandler();
        handler.When("*").Respond(HttpStatusCode.NotFound, "text/html", string.Empty);

        var error = await Assert.ThrowsAsync<AstroBinNotFoundException>(() => Client(handler).GetImageAsync("abc123", CancellationToken.None));

        Assert.Equal("No image has the id 'abc123'.", error.Message);
    }

    [Theory]
    [InlineData(500)]
    [InlineData(502)]
    [InlineData(503)]
    public async Task A_5xx_is_a_server_error(int status)
    {
        var handler = new MockHttpMessageHandler();
        handler.When("*").Respond((HttpStatusCode)status, "text/html", "<html>Bad gateway " + Secret + "</html>");

        var error = await Assert.ThrowsAsync<AstroBinServerException>(() => Client(handler).GetImageAsync("abc123", CancellationToken.None));

        Assert.Equal(status, (int)error.StatusCode);
        AssertRedacted(error);
    }

    [Fact]
    public async Task A_429_reports_retry_after()
    {
        var handler = new MockHttpMessageHandler();
        handler.When("*").Respond(_ =>
        {
            var response = new HttpResponseMessage((HttpStatusCode)429);
            response.Headers.RetryAfter = new System.Net.Http.Headers.RetryConditionHeaderValue(TimeSpan.FromSeconds(7));
            return response;
        });

        var error = await Assert.ThrowsAsync<AstroBinRateLimitedException>(() => Client(handler).GetImageAsync("abc123", CancellationToken.None));

        Assert.Equal(TimeSpan.FromSeconds(7), error.RetryAfter);
    }

    [Fact]
    public async Task Another_4xx_is_an_http_error_with_its_status()
    {
        var handler = new MockHttpMessageHandler();
        handler.When("*").Respond(HttpStatusCode.Forbidden, "text/html", "no");

        var error = await Assert.ThrowsAsync<AstroBinHttpException>(() => Client(handler).GetImageAsync("abc123", CancellationToken.None));

        Assert.Equal(HttpStatusCode.Forbidden, error.StatusCode);
    }

    [Fact]
    public async Task An_html_page_with_status_200_is_an_invalid_response()
    {
        var handler = new MockHttpMessageHandler();
        handler.When("*").Respond("text/html", "<html><body>Maintenance</body></html>");

        var error = await Assert.ThrowsAsync<AstroBinInvalidResponseException>(() => Client(handler).GetImageAsync("abc123", CancellationToken.None));

        Assert.Contains("'text/html' content instead of JSON", error.Message);
    }

    [Theory]
    [InlineData("{\"id\": 1, \"title\": \"trunc")]
    [InlineData("{\"id\": 1, \"w\": }")]
    [InlineData("")]
    public async Task Malformed_or_truncated_json_is_an_invalid_response(string body)
    {
        var handler = new MockHttpMessageHandler();
        handler.When("*").Respond("application/json", body);

        var error = await Assert.ThrowsAsync<AstroBinInvalidResponseException>(() => Client(handler).GetImageAsync("abc123", CancellationToken.None));

        Assert.Contains("malformed JSON", error.Message);
    }

    [Fact]
    public async Task A_body_over_the_size_limit_is_refused()
    {
        var handler = new MockHttpMessageHandler();
        handler.When("*").Respond("application/json", "{\"title\": \"" + new string('x', 5000) + "\"}");

        var error = await Assert.ThrowsAsync<AstroBinInvalidResponseException>(() => Client(handler, maxBytes: 1000).GetImageAsync("abc123", CancellationToken.None));

        Assert.Contains("over the limit of 1000", error.Message);
    }

    [Fact]
    public async Task A_connection_failure_is_a_network_error()
    {
        var handler = new MockHttpMessageHandler();
        handler.When("*").Throw(new HttpRequestException("Connection refused (astrobin.test:443)"));

        var error = await Assert.ThrowsAsync<AstroBinNetworkException>(() => Client(handler).GetImageAsync("abc123", CancellationToken.None));

        Assert.Contains("Connection refused", error.Message);
        AssertRedacted(error);
    }

    [Fact]
    public async Task A_server_that_never_answers_times_out_instead_of_hanging()
    {
        var handler = new MockHttpMessageHandler();
        handler.When("*").Respond(async () =>
        {
            await Task.Delay(TimeSpan.FromSeconds(30));
            return new HttpResponseMessage(HttpStatusCode.OK);
        });

        var clock = System.Diagnostics.Stopwatch.StartNew();
        var error = await Assert.ThrowsAsync<AstroBinTimeoutException>(() => Client(handler, timeout: TimeSpan.FromMilliseconds(200)).GetImageAsync("abc123", CancellationToken.None));

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), "timed out after " + clock.Elapsed);
        AssertRedacted(error);
    }

    [Fact]
    public async Task Cancellation_by_the_caller_is_not_reported_as_a_timeout()
    {
        var handler = new MockHttpMessageHandler();
        handler.When("*").Respond(async () =>
        {
            await Task.Delay(TimeSpan.FromSeconds(30));
            return new HttpResponseMessage(HttpStatusCode.OK);
        });
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(100));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Client(handler).GetImageAsync("abc123", cancel.Token));
    }
}
