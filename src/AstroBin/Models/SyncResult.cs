using System;
using System.Collections.Generic;

namespace AstroBin
{
    /// <summary>One image of a Sync-AstroBinImage run: what was done, and where its files are.</summary>
    public sealed class SyncResult
    {
        public SyncResult(SyncAction action, string imageId, string? title, string? folder, IReadOnlyList<string> files, IReadOnlyList<string> problems)
        {
            Action = action;
            ImageId = imageId;
            Title = title;
            Folder = folder;
            Files = files;
            Problems = problems;
        }

        public SyncAction Action { get; }

        /// <summary>The hash (or number of an old image): binds to -Id of the other image cmdlets.</summary>
        public string ImageId { get; }

        public string? Title { get; }

        /// <summary>The image's folder (full path); null when it was never written or was pruned.</summary>
        public string? Folder { get; }

        /// <summary>Full paths of the image's files: its record, its pictures, its revisions'.</summary>
        public IReadOnlyList<string> Files { get; }

        /// <summary>For Damaged and Failed: what is wrong ("Missing: ...", "Changed: ...", an error message).</summary>
        public IReadOnlyList<string> Problems { get; }

        public override string ToString() => Action + " " + ImageId;

        internal static readonly IReadOnlyList<string> None = Array.Empty<string>();
    }
}
