namespace AstroBin.Emulator.Tastypie;

/// <summary>What Django answers for a URL no pattern matches (AstroBin renders its own 404 template).</summary>
internal static class DjangoNotFoundPage
{
    public static ApiResponse Create() =>
        ApiResponse.Html(404, "<!DOCTYPE html>\n<html><head><title>Page not found - AstroBin</title></head><body><h1>404</h1><p>Page not found.</p></body></html>\n");
}
