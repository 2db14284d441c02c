namespace AstroBin.Api.Downloads
{
    /// <summary>What one download did: the file's path, and whether it was written or left alone.</summary>
    public sealed class DownloadResult
    {
        public DownloadResult(string path, bool skipped, long bytes)
        {
            Path = path;
            Skipped = skipped;
            Bytes = bytes;
        }

        public string Path { get; }

        /// <summary>The file existed and overwriting was not asked for; nothing was written.</summary>
        public bool Skipped { get; }

        public long Bytes { get; }
    }
}
