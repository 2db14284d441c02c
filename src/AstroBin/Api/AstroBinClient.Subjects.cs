using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using AstroBin.Api.Queries;

namespace AstroBin.Api
{
    /// <summary>The subject search that the server's 100-solution cap cannot cut short.</summary>
    public sealed partial class AstroBinClient
    {
        /// <summary>
        /// Reads the search that <paramref name="query"/>'s other criteria bound, page by page, and tells for each
        /// image whether its own Subjects list <see cref="ImageQuery.Subject"/> (normalised and compared as the
        /// server does). <paramref name="range"/> counts matches: reading stops once it holds enough of them.
        /// </summary>
        /// <param name="observer">Gets the bounded search's total count (images to read, not matches) and its unreadable records.</param>
        /// <exception cref="InvalidQueryException">No other criterion bounds the search, or it holds more than <see cref="ImageQuery.MaxSubjectScan"/> images (after its first page).</exception>
        public async IAsyncEnumerable<ScannedImage> ScanForSubjectAsync(ImageQuery query, PageRange range, ListObserver? observer, [EnumeratorCancellation] CancellationToken cancellationToken)
        {
            if (query == null) throw new System.ArgumentNullException(nameof(query));
            if (query.SubjectMatch != SubjectMatch.Client) throw new System.ArgumentException("The query does not ask for a client-side subject match.", nameof(query));
            var parameters = query.ToParameters();
            var subject = SubjectName.Normalize(query.Subject!);
            var skip = range.Skip;
            var wanted = range.Take ?? long.MaxValue;
            if (wanted == 0) yield break;

            long total = -1;
            var bounded = new ListObserver
            {
                TotalCount = count =>
                {
                    Interlocked.Exchange(ref total, count);
                    observer?.TotalCount?.Invoke(count);
                },
                Unreadable = observer?.Unreadable,
            };
            var checkedSize = false;
            await foreach (var image in _pages.ReadAsync("image/", parameters, Json.ListPageImage, PageRange.All, bounded, cancellationToken).ConfigureAwait(false))
            {
                if (!checkedSize)
                {
                    checkedSize = true;
                    var size = Interlocked.Read(ref total);
                    if (size > ImageQuery.MaxSubjectScan)
                    {
                        throw new InvalidQueryException(InvalidQueryReason.TooBroad,
                            "The search that bounds -SubjectMatch Client holds " + size + " images, more than the " + ImageQuery.MaxSubjectScan
                            + " the module reads for it (AstroBin's fair use forbids walking the archive). Narrow it with -User, -UploadedAfter/-UploadedBefore or -TitleContains.",
                            "SubjectMatch");
                    }
                }
                var selected = SubjectName.IsListedIn(image.Subjects, subject);
                if (selected && skip > 0)
                {
                    skip--;
                    selected = false;
                }
                yield return new ScannedImage(image, selected);
                if (selected && --wanted == 0) yield break;
            }
        }
    }
}
