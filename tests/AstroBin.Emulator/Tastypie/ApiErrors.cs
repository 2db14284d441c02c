using System.Text.Json.Nodes;

namespace AstroBin.Emulator.Tastypie;

/// <summary>The error responses of spec §5, in tastypie's exact shapes.</summary>
internal static class ApiErrors
{
    /// <summary>tastypie's generic text for unexpected exceptions when DEBUG is off.</summary>
    public const string ProcessingErrorMessage = "Sorry, this request could not be processed. Please try again later.";

    public const string MismatchedTypeMessage = "Invalid resource lookup data provided (mismatched type).";

    /// <summary>BadRequest → 400 {"error": sanitize(message)}.</summary>
    public static ApiException BadRequest(string message) =>
        new(ApiResponse.Json(400, new JsonObject { ["error"] = Sanitize(message) }));

    public static ApiException MismatchedType() => BadRequest(MismatchedTypeMessage);

    /// <summary>
    /// A non-nullable field whose value is null while dehydrating: the whole response (a whole list
    /// page) fails, whichever object caused it. <paramref name="repr"/> is the model's repr, e.g. "&lt;Image: M 31&gt;".
    /// </summary>
    public static ApiException EmptyAttribute(string repr, string attribute) =>
        BadRequest($"The object '{repr}' has an empty attribute '{attribute}' and doesn't allow a default or null value.");

    /// <summary>HttpNotFound with an empty body (missing object behind a valid-looking pk).</summary>
    public static ApiException NotFound() => new(ApiResponse.Empty(404));

    /// <summary>NotFound raised by tastypie itself (e.g. a non-numeric pk) goes through _handle_500 and gets a JSON body.</summary>
    public static ApiException NotFoundWithMessage() =>
        new(ApiResponse.Json(404, new JsonObject { ["error_message"] = ProcessingErrorMessage }));

    /// <summary>Any uncaught server exception (e.g. Django's ValidationError for an unparsable datetime filter).</summary>
    public static ApiException ServerError() =>
        new(ApiResponse.Json(500, new JsonObject { ["error_message"] = ProcessingErrorMessage }));

    /// <summary>
    /// tastypie's sanitize(): Django's escape() with the quotes put back, so only &amp; &lt; &gt; change
    /// (hence "&amp;gt;= 0" in the limit messages).
    /// </summary>
    private static string Sanitize(string message) =>
        message.Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;");
}
