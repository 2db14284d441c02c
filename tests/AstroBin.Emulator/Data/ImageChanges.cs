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
