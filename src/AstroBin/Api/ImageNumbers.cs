using System.Globalization;

namespace AstroBin.Api
{
    /// <summary>Image ids that are numbers (an image's primary key), which the API fetches differently from hashes.</summary>
    public static class ImageNumbers
    {
        /// <summary>Whether a parsed image id is all digits (hashes never are) and a positive number.</summary>
        public static bool TryRead(string imageId, out int number) =>
            int.TryParse(imageId, NumberStyles.None, CultureInfo.InvariantCulture, out number) && number > 0;
    }
}
