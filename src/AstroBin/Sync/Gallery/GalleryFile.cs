namespace AstroBin.Sync.Gallery
{
    /// <summary>One picture file of a synced folder: which rendering it is and where it is.</summary>
    public sealed class GalleryFile
    {
        public GalleryFile(ImageSize size, string path)
        {
            Size = size;
            Path = path;
        }

        public ImageSize Size { get; }

        /// <summary>Relative to the synced folder, with '/' separators.</summary>
        public string Path { get; }
    }
}
