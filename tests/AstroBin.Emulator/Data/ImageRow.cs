using System.Globalization;
using System.Text.Json.Nodes;

namespace AstroBin.Emulator.Data;

/// <summary>
/// One public image (spec §7.1). Recorded images keep their real JSON body and are served from it.
/// A record so that <see cref="ImageChanges"/> can make a changed copy (<c>with</c>) while the emulator runs.
/// </summary>
public sealed record ImageRow
{
    public int Id { get; init; }

    /// <summary>Six-character public id; null for legacy images, which are reachable by numeric id instead.</summary>
    public string? Hash { get; init; }

    /// <summary>What clients address the image by: hash when present, else the numeric id.</summary>
    public string PublicId => Hash ?? Id.ToString(CultureInfo.InvariantCulture);

    public string Title { get; init; } = string.Empty;

    public string? Description { get; init; }

    /// <summary>The uploader's username.</summary>
    public string User { get; init; } = string.Empty;

    public int W { get; init; }

    public int H { get; init; }

    public bool Animated { get; init; }

    public string? Link { get; init; }

    public string? LinkToFits { get; init; }

    /// <summary>Deprecated license integer 0-6 (spec §9).</summary>
    public int License { get; init; }

    public bool IsFinal { get; init; }

    public string? DataSource { get; init; }

    public string? RemoteSource { get; init; }

    public DateTime Uploaded { get; init; }

    /// <summary>Null only for the <see cref="ArchiveImages"/> rows whose published date was lost: the API cannot serialise them.</summary>
    public DateTime? Published { get; init; }

    public DateTime Updated { get; init; }

    public IReadOnlyList<int> LocationIds { get; init; } = [];

    public IReadOnlyList<int> RevisionIds { get; init; } = [];

    public IReadOnlyList<string> ImagingTelescopes { get; init; } = [];

    public IReadOnlyList<string> ImagingCameras { get; init; } = [];

    /// <summary>Null when the image was never submitted to the solver (solution_status MISSING).</summary>
    public PlateSolution? Solution { get; init; }

    /// <summary>The served subjects list (empty unless solved).</summary>
    public IReadOnlyList<string> Subjects { get; init; } = [];

    public int Likes { get; init; }

    public int Bookmarks { get; init; }

    public int Comments { get; init; }

    public int Views { get; init; }

    /// <summary>True for images loaded from tests/fixtures/astrobin-responses.</summary>
    public bool IsRecorded => Recorded is not null;

    /// <summary>The recorded body, served as-is instead of the generated fields.</summary>
    internal JsonObject? Recorded { get; init; }
}
