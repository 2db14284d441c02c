using AstroBin.Emulator.Data;
using AstroBin.Emulator.Faults;

namespace AstroBin.Emulator.Control;

/// <summary>
/// The emulator's control routes below <see cref="FaultInjector.ControlPath"/> (never faulted, never
/// counted): change the data while the emulator runs, and read the request counts by kind. For tests
/// in another process (Pester); xunit calls <see cref="ImageChanges"/> and <see cref="RequestKinds"/> directly.
/// </summary>
internal static class ControlRoutes
{
    public static void Map(WebApplication app, EmulatorData data, RequestKinds kinds)
    {
        var root = FaultInjector.ControlPath;
        // POST /_emulator/images?user=NAME&count=N&revisions=R → the new images' ids.
        app.MapPost(root + "images", (string user, int? count, int? revisions) =>
        {
            try
            {
                return Results.Json(data.Changes.AddImages(user, count ?? 1, revisions ?? 0));
            }
            catch (ArgumentException error)
            {
                return Results.BadRequest(new { error = error.Message });
            }
        });
        // POST /_emulator/images/{id}/change?title=T&revision=true → the image's new title and updated.
        app.MapPost(root + "images/{id}/change", (string id, string? title, bool? revision) =>
            data.Changes.ChangeImage(id, title, revision ?? false) is { } changed
                ? Results.Json(new { id = changed.PublicId, title = changed.Title, updated = changed.Updated, revisions = changed.RevisionIds })
                : Results.NotFound());
        // DELETE /_emulator/images/{id}
        app.MapDelete(root + "images/{id}", (string id) => data.Changes.RemoveImage(id) ? Results.NoContent() : Results.NotFound());
        // GET /_emulator/requests → {"list": n, "detail": n, "file": n, "other": n} since start.
        app.MapGet(root + "requests", () => Results.Json(kinds.Snapshot()));
    }
}
