using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace AstroBin.Emulator.Tastypie;

/// <summary>A fully formed response: status, exact Content-Type, extra headers and body bytes.</summary>
internal sealed class ApiResponse : IResult
{
    /// <summary>Django's default for HttpResponse and its subclasses (401, 404, 405, redirects).</summary>
    public const string HtmlContentType = "text/html; charset=utf-8";

    /// <summary>tastypie's JSON content type carries no charset parameter.</summary>
    public const string JsonContentType = "application/json";

    public const string XmlContentType = "application/xml; charset=utf-8";

    private readonly byte[] body;
    private readonly (string Name, string Value)[] headers;

    private ApiResponse(int statusCode, string contentType, byte[] body, params (string Name, string Value)[] headers)
    {
        StatusCode = statusCode;
        ContentType = contentType;
        this.body = body;
        this.headers = headers;
    }

    public int StatusCode { get; }

    public string ContentType { get; }

    /// <summary>The serialised data, kept so that it can be written in another format; null for non-API bodies.</summary>
    private JsonNode? Document { get; init; }

    /// <summary>Whether <see cref="Document"/> is one object (a detail), which XML writes as its root element.</summary>
    private bool IsDetail { get; init; }

    public static ApiResponse Json(int statusCode, JsonNode data) =>
        new(statusCode, JsonContentType, Encoding.UTF8.GetBytes(PythonJson.Serialize(data))) { Document = data };

    /// <summary>A detail view's 200: one object.</summary>
    public static ApiResponse Detail(JsonNode data) =>
        new(200, JsonContentType, Encoding.UTF8.GetBytes(PythonJson.Serialize(data))) { Document = data, IsDetail = true };

    /// <summary>This response in the negotiated format; bodies that are not API data (401, 405, HTML) stay as they are.</summary>
    public ApiResponse InFormat(ResponseFormat format)
    {
        if (Document is null || format == ResponseFormat.Json)
        {
            return this;
        }
        try
        {
            return new(StatusCode, XmlContentType, Encoding.UTF8.GetBytes(TastypieXml.Serialize(Document, IsDetail)), headers);
        }
        catch (ApiException error)
        {
            return error.Response.InFormat(format);
        }
    }

    /// <summary>tastypie's HttpUnauthorized / HttpNotFound: no body at all.</summary>
    public static ApiResponse Empty(int statusCode) => new(statusCode, HtmlContentType, []);

    public static ApiResponse Html(int statusCode, string html, params (string Name, string Value)[] headers) =>
        new(statusCode, HtmlContentType, Encoding.UTF8.GetBytes(html), headers);

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        var response = httpContext.Response;
        response.StatusCode = StatusCode;
        response.ContentType = ContentType;
        foreach (var (name, value) in headers)
        {
            response.Headers[name] = value;
        }
        response.ContentLength = body.Length;
        await response.Body.WriteAsync(body, httpContext.RequestAborted);
    }
}
