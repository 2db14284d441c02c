using System;
using System.Collections.Generic;
using System.IO;
using System.Reflection;

namespace AstroBin.Loading
{
    /// <summary>
    /// The module's dependency DLLs, kept in a subfolder so that no runtime probe finds them by
    /// accident: they load only through this module's resolvers. The set is read from the folder
    /// when a dependency is first asked for, so any DLL the build lays out there is covered without a list in the code.
    /// </summary>
    internal sealed class DependencyFolder
    {
        public const string FolderName = "Dependencies";

        // Read on the first request for a dependency, not at import: most imports never need one soon.
        private readonly Lazy<Dictionary<string, AssemblyName>> _lazyAssemblies;

        private DependencyFolder(string folder) =>
            _lazyAssemblies = new Lazy<Dictionary<string, AssemblyName>>(() => Scan(folder));

        private Dictionary<string, AssemblyName> Assemblies => _lazyAssemblies.Value;

        /// <summary>The Dependencies folder next to the module's own assembly.</summary>
        public static DependencyFolder NextTo(Assembly moduleAssembly) =>
            At(Path.Combine(Path.GetDirectoryName(moduleAssembly.Location) ?? string.Empty, FolderName));

        /// <summary>The DLLs in <paramref name="folder"/> (none when it does not exist, as in a flat test build).</summary>
        public static DependencyFolder At(string folder) => new DependencyFolder(folder);

        private static Dictionary<string, AssemblyName> Scan(string folder)
        {
            var assemblies = new Dictionary<string, AssemblyName>(StringComparer.OrdinalIgnoreCase);
            if (Directory.Exists(folder))
            {
                foreach (var path in Directory.GetFiles(folder, "*.dll"))
                {
                    var name = AssemblyName.GetAssemblyName(path);
                    name.CodeBase = path;
                    assemblies[name.Name ?? Path.GetFileNameWithoutExtension(path)] = name;
                }
            }
            return assemblies;
        }

        /// <summary>The path of the shipped DLL that can serve <paramref name="requested"/>: same name, same or newer version.</summary>
        public bool TryFind(AssemblyName requested, out string path)
        {
            path = string.Empty;
            if (requested.Name is null || !Assemblies.TryGetValue(requested.Name, out var shipped)) return false;
            if (requested.Version != null && shipped.Version != null && shipped.Version < requested.Version) return false;
            path = shipped.CodeBase!;
            return true;
        }

        /// <summary>Whether <paramref name="requested"/> names exactly the version this module ships (what the module's own assembly asks for).</summary>
        public bool Ships(AssemblyName requested) =>
            requested.Name != null
            && Assemblies.TryGetValue(requested.Name, out var shipped)
            && (requested.Version is null || requested.Version == shipped.Version);
    }
}
