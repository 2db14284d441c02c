using System.IO;

namespace AstroBin.Files
{
    /// <summary>Why a path was refused before anything was written or deleted there.</summary>
    [Newtonsoft.Json.JsonConverter(typeof(Newtonsoft.Json.Converters.StringEnumConverter))]
    public enum UnsafePathKind
    {
        /// <summary>A name made from a server value (an image id, a title, a label) could leave its folder or is no plain name.</summary>
        ServerName,

        /// <summary>A folder or file on the way is a symbolic link, junction or other reparse point.</summary>
        Link,

        /// <summary>A path the sync manifest holds (edited by hand) leaves the synced folder.</summary>
        ManifestPath,
    }

    /// <summary>A path the module refuses to write or delete: nothing was written or deleted there.</summary>
    public sealed class UnsafePathException : IOException
    {
        public UnsafePathException(UnsafePathKind kind, string message, string path)
            : base(message)
        {
            Kind = kind;
            Path = path;
        }

        public UnsafePathKind Kind { get; }

        /// <summary>The path, or the server value, refused.</summary>
        public string Path { get; }
    }
}
