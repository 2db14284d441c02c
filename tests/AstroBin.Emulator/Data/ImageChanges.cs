using System.Globalization;

namespace AstroBin.Emulator.Data;

/// <summary>
/// What happens to a portfolio on the real site between two syncs: images uploaded, reprocessed (a new
/// title, a new revision, a later <c>updated</c>) and deleted. Deterministic: the same calls in the same
/// order give the same ids, hashes, dates and files, so two emulators (or two runs) can be compared byte for byte.
/// </summary>
public sealed class ImageChanges
{
    private const string HashAlphabet = "abcdefghijklmnopqrstuvwxyz0123456789";

    private readonly EmulatorData data;

    internal ImageChanges(EmulatorData data)
    {
        this.data = data;
    }

    /// <summary>Uploads <paramref name="count"/> images for <paramref name="user"/>, each with <paramref name="revisionsEach"/> revisions, newest last.</summary>
    /// <returns>The new images' public ids, in upload order.</returns>
    public IReadOnlyList<string> AddImages(string user, int count, int revisionsEach)
    {
        if (string.IsNullOrWhiteSpace(user)) throw new ArgumentException("A user name is needed.", nameof(user));
        if (count is < 1 or > 1000) throw new ArgumentOutOfRangeException(nameof(count), count, "Add 1 to 1000 images at once.");
        if (revisionsEach is < 0 or > 5) throw new ArgumentOutOfRangeException(nameof(revisionsEach), revisionsEach, "0 to 5 revisions an image.");
        var added = new List<string>();
        data.EnsureUserProfile(user, data.Images.Count == 0 ? DateTime.UtcNow : data.Images.Max(image => image.Uploaded));
        data.Change((images, revisions) =>
        {
            var allImages = images.ToList();
            var allRevisions = revisions.ToList();
            var hashes = images.Where(image => image.Hash is not null).Select(image => image.Hash!).ToHashSet(StringComparer.Ordinal);
            var id = images.Max(image => image.Id);
            var uploaded = images.Max(image => image.Uploaded);
            var revisionId = revisions.Count == 0 ? 200_000 : revisions.Max(row => row.Id);
            for (var index = 0; index < count; index++)
            {
                id++;
                uploaded = uploaded.AddHours(1);
                var revisionIds = Enumerable.Range(0, revisionsEach).Select(_ => ++revisionId).ToList();
                var image = new ImageRow
                {
                    Id = id,
                    Hash = NewHash(id, hashes),
                    Title = string.Create(CultureInfo.InvariantCulture, $"{user} image {added.Count + 1}"),
                    Description = "Uploaded while the emulator ran.",
                    User = user,
                    W = 2400,
                    H = 1600,
                    License = 0,
                    IsFinal = revisionsEach == 0,
                    DataSource = "BACKYARD",
                    Uploaded = uploaded,
                    Published = uploaded,
                    Updated = uploaded,
                    RevisionIds = revisionIds,
                };
                allImages.Add(image);
                for (var number = 0; number < revisionIds.Count; number++)
                {
                    allRevisions.Add(Revision(image, revisionIds[number], number, isFinal: number == revisionIds.Count - 1));
                }
                added.Add(image.PublicId);
            }
            return (allImages, allRevisions);
        });
        return added;
    }

    /// <summary>
    /// Uploads a photographer's portfolio as the offline gallery must show it: solved images across the sky (one near
    /// RA 0h, one far south), unsolved ones (never submitted, failed), revisions whose last one is final (the image's
    /// is_final false) and one whose revision is not final, titles that are long or Cyrillic, Arabic, Greek and
    /// Japanese, a description that tries script, javascript: links and BBCode, distinct like counts and upload years.
    /// </summary>
    /// <returns>The new images' public ids, in the order of the table below.</returns>
    public IReadOnlyList<string> AddPortfolio(string user)
    {
        if (string.IsNullOrWhiteSpace(user)) throw new ArgumentException("A user name is needed.", nameof(user));
        var added = new List<string>();
        data.Change((images, revisions) =>
        {
            var allImages = images.ToList();
            var allRevisions = revisions.ToList();
            var hashes = images.Where(image => image.Hash is not null).Select(image => image.Hash!).ToHashSet(StringComparer.Ordinal);
            var id = images.Max(image => image.Id);
            var revisionId = revisions.Count == 0 ? 200_000 : revisions.Max(row => row.Id);
            foreach (var item in Portfolio)
            {
                id++;
                var revisionIds = Enumerable.Range(0, item.Revisions).Select(_ => ++revisionId).ToList();
                var solution = item.Target is { } target && item.Status >= SolutionStatus.Success
                    ? new PlateSolution
                    {
                        Status = item.Status.Value,
                        ObjectsInField = string.Join(", ", target.ObjectsInField),
                        Ra = Math.Round((decimal)target.Ra, 3),
                        Dec = Math.Round((decimal)target.Dec, 3),
                        PixScale = item.PixScale,
                        Orientation = 12.5m * id % 360,
                        // Half the diagonal of a 2400 x 1600 upload, in degrees.
                        Radius = Math.Round(1442.22m * item.PixScale / 3600, 3),
                    }
                    : item.Status is { } status ? new PlateSolution { Status = status } : null;
                var image = new ImageRow
                {
                    Id = id,
                    Hash = NewHash(id, hashes),
                    Title = item.Title,
                    Description = item.Description,
                    User = user,
                    W = 2400,
                    H = 1600,
                    License = item.Likes % 7,
                    // A revision is final when the last one is meant to be.
                    IsFinal = item.Revisions == 0 || !item.LastRevisionFinal,
                    DataSource = "BACKYARD",
                    Uploaded = item.Uploaded,
                    Published = item.Uploaded.AddHours(2),
                    Updated = item.Uploaded.AddDays(3),
                    LocationIds = item.Likes % 2 == 0 ? [2_800_001] : [],
                    RevisionIds = revisionIds,
                    ImagingTelescopes = [item.Telescope],
                    ImagingCameras = [item.Camera],
                    Solution = solution,
                    Subjects = solution?.IsSolved == true ? item.Target!.ObjectsInField : [],
                    Likes = item.Likes,
                    Bookmarks = item.Likes / 4,
                    Comments = item.Likes / 10,
                    Views = item.Likes * 9 + 31,
                };
                allImages.Add(image);
                for (var number = 0; number < revisionIds.Count; number++)
                {
                    allRevisions.Add(Revision(image, revisionIds[number], number, isFinal: item.LastRevisionFinal && number == revisionIds.Count - 1));
                }
                added.Add(image.PublicId);
            }
            return (allImages, allRevisions);
        });
        return added;
    }

    /// <summary>What a hostile description tries: a script, javascript: and data: links in HTML and BBCode, and one real link.</summary>
    public const string HostileDescription =
        "<script>window.galleryPwned = true</script>Clear skies.\r\n[url=javascript:window.galleryPwned=true]click me[/url] " +
        "<a href=\"javascript:window.galleryPwned=true\" onclick=\"window.galleryPwned=true\">or me</a> [url=data:text/html,<b>x</b>]data[/url] " +
        "<img src=x onerror=\"window.galleryPwned=true\">\r\n[b]Notes[/b] at https://example.org/m51-notes and [url=https://example.com/wide]the wide field[/url].";

    private sealed record PortfolioImage(string Title, string? Description, SkyTarget? Target, SolutionStatus? Status, decimal PixScale,
        int Revisions, bool LastRevisionFinal, int Likes, DateTime Uploaded, string Telescope, string Camera);

    private static readonly PortfolioImage[] Portfolio =
    [
        new("Туманность Андромеды M 31 — двенадцать часов экспозиции", "[b]LRGB[/b]\r\n12 h from a Bortle 4 garden.", SkyCatalogue.Andromeda,
            SolutionStatus.AdvancedSuccess, 3.2m, 2, true, 240, new DateTime(2025, 11, 29, 21, 14, 0), "Takahashi FSQ-106", "ZWO ASI2600MC Pro"),
        new("سديم الجبار العظيم M 42", "Twenty minutes of short subs for the core.", SkyCatalogue.Orion,
            SolutionStatus.Success, 2.1m, 1, false, 180, new DateTime(2025, 2, 5, 19, 2, 0), "Sky-Watcher Esprit 100ED", "Canon EOS Ra"),
        new("Νεφέλωμα Ρόδακας (NGC 2237) σε Hα/OIII", null, SkyCatalogue.Targets.Single(target => target.Designation == "NGC 2237"),
            SolutionStatus.Success, 1.6m, 0, false, 95, new DateTime(2024, 8, 11, 23, 40, 0), "Askar FRA400", "QHY268M"),
        new("The Pleiades and the dusty reflection nebulae around them, forty hours of LRGB from a Bortle 4 backyard over three winters, with a second pass on the faint outer dust",
            "More data added in the second winter.", SkyCatalogue.Targets.Single(target => target.Designation == "M 45"),
            SolutionStatus.Success, 2.8m, 1, true, 310, new DateTime(2024, 1, 20, 20, 30, 0), "William Optics RedCat 51", "ZWO ASI2400MC"),
        new("M 51 and a description that tries everything", HostileDescription, SkyCatalogue.Targets.Single(target => target.Designation == "M 51"),
            SolutionStatus.Success, 0.9m, 0, false, 42, new DateTime(2023, 10, 2, 1, 15, 0), "Celestron EdgeHD 11", "ZWO ASI2600MM Pro"),
        new("Milky Way over the barn, never solved", "Tracked 30 s frames.", null, null, 0m, 0, false, 12, new DateTime(2023, 3, 14, 3, 0, 0),
            "Samyang 135mm f/2", "Canon EOS 6D"),
        new("Moon and Venus, solver failed", null, null, SolutionStatus.Failed, 0m, 0, false, 7, new DateTime(2025, 6, 30, 20, 45, 0),
            "Sky-Watcher Evostar 72ED", "ZWO ASI678MC"),
        new("わし星雲 M 16 創造の柱", "ナローバンド SHO。", SkyCatalogue.Targets.Single(target => target.Designation == "M 16"),
            SolutionStatus.Success, 1.1m, 0, false, 150, new DateTime(2025, 9, 18, 22, 5, 0), "Planewave CDK14", "FLI ML16803"),
        new("NGC 7635 Bubble Nebula", "Close to 0h: the map's centre line.", SkyCatalogue.Targets.Single(target => target.Designation == "NGC 7635"),
            SolutionStatus.AdvancedSuccess, 0.7m, 0, false, 60, new DateTime(2024, 5, 5, 1, 0, 0), "Celestron RASA 8", "ZWO ASI2400MC"),
    ];

    /// <summary>
    /// Reprocesses an image: <c>updated</c> one day later, a new title (the given one, or the old one with
    /// " (reprocessed)"), and with <paramref name="addRevision"/> a new final revision. Its files change too,
    /// as they are drawn from the image's <c>updated</c>.
    /// </summary>
    /// <returns>The changed image, or null when no image has that id.</returns>
    public ImageRow? ChangeImage(string publicId, string? title, bool addRevision)
    {
        ImageRow? changed = null;
        data.Change((images, revisions) =>
        {
            var allImages = images.ToList();
            var allRevisions = revisions.ToList();
            var index = allImages.FindIndex(image => image.PublicId == publicId);
            if (index < 0) return (allImages, allRevisions);
            var old = allImages[index];
            var revisionIds = old.RevisionIds.ToList();
            if (addRevision) revisionIds.Add(revisions.Count == 0 ? 200_000 : revisions.Max(row => row.Id) + 1);
            changed = old with
            {
                Title = title ?? old.Title + " (reprocessed)",
                Updated = old.Updated.AddDays(1),
                RevisionIds = revisionIds,
                IsFinal = old.IsFinal && !addRevision,
            };
            allImages[index] = changed;
            if (addRevision)
            {
                // The earlier revisions stop being final: the new one is.
                allRevisions = allRevisions.Select(row => row.Image.Id == old.Id ? Copy(row, changed, isFinal: false) : row).ToList();
                allRevisions.Add(Revision(changed, revisionIds[^1], revisionIds.Count - 1, isFinal: true));
            }
            else
            {
                allRevisions = allRevisions.Select(row => row.Image.Id == old.Id ? Copy(row, changed, row.IsFinal) : row).ToList();
            }
            return (allImages, allRevisions);
        });
        return changed;
    }

    /// <summary>Deletes an image and its revisions.</summary>
    /// <returns>Whether an image had that id.</returns>
    public bool RemoveImage(string publicId)
    {
        var removed = false;
        data.Change((images, revisions) =>
        {
            var target = images.FirstOrDefault(image => image.PublicId == publicId);
            removed = target is not null;
            return (images.Where(image => image != target).ToList(), revisions.Where(row => row.Image.Id != target?.Id).ToList());
        });
        return removed;
    }

    private static ImageRevisionRow Revision(ImageRow image, int id, int number, bool isFinal) => new()
    {
        Id = id,
        Image = image,
        Label = ((char)('B' + number)).ToString(),
        Title = string.Create(CultureInfo.InvariantCulture, $"Revision {number + 1}"),
        Uploaded = image.Updated.AddMinutes(number + 1),
        W = image.W,
        H = image.H,
        IsFinal = isFinal,
    };

    private static ImageRevisionRow Copy(ImageRevisionRow row, ImageRow image, bool isFinal) => new()
    {
        Id = row.Id,
        Image = image,
        Label = row.Label,
        Title = row.Title,
        Description = row.Description,
        Uploaded = row.Uploaded,
        W = row.W,
        H = row.H,
        IsFinal = isFinal,
        Solution = row.Solution,
    };

    /// <summary>Six characters from the id (never all digits, as generate_unique_hash), stepping over taken ones.</summary>
    private static string NewHash(int id, HashSet<string> taken)
    {
        for (var salt = 0; ; salt++)
        {
            var value = (long)id * 7 + salt;
            var chars = new char[5];
            for (var position = chars.Length - 1; position >= 0; position--)
            {
                chars[position] = HashAlphabet[(int)(value % HashAlphabet.Length)];
                value /= HashAlphabet.Length;
            }
            var hash = "s" + new string(chars);
            if (taken.Add(hash)) return hash;
        }
    }
}
