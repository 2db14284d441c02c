namespace AstroBin.Emulator.Tastypie;

/// <summary>tastypie's ImmediateHttpResponse/BadRequest: aborts a view with a finished response.</summary>
internal sealed class ApiException(ApiResponse response) : Exception
{
    public ApiResponse Response { get; } = response;
}
