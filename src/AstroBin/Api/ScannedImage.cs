namespace AstroBin.Api
{
    /// <summary>One image of a client-side subject match, read whether or not it matched (so that callers can show the cost).</summary>
    public readonly struct ScannedImage
    {
        public ScannedImage(Image image, bool selected)
        {
            Image = image;
            Selected = selected;
        }

        public Image Image { get; }

        /// <summary>Its Subjects list the subject and it lies in the asked range (-Skip/-First count matches).</summary>
        public bool Selected { get; }
    }
}
