using System;
using System.Collections.Generic;
using System.IO;
using System.Reflection;

namespace AstroBin.Loading
{
    /// <summary>
    /// What PowerShell 7 itself provides: the host's trusted platform assemblies (.NET and PowerShell's
    /// own DLLs). A dependency the host carries in the same or a newer version is shared with the host,
    /// so the module and PowerShell exchange the same types (System.Text.Json, System.Memory ...).
    /// </summary>
    internal sealed class HostAssemblies
    {
        private readonly Dictionary<string, string> _paths = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);

        public HostAssemblies()
        {
            var list = AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES") as string ?? string.Empty;
            foreach (var path in list.Split(new[] { Path.PathSeparator }, StringSplitOptions.RemoveEmptyEntries))
            {
                _paths[Path.GetFileNameWithoutExtension(path)] = path;
            }
        }

        public bool Provides(AssemblyName requested)
        {
            if (requested.Name is null || !_paths.TryGetValue(requested.Name, out var path)) return false;
            var hostVersion = AssemblyName.GetAssemblyName(path).Version;
            return requested.Version is null || (hostVersion != null && hostVersion >= requested.Version);
        }
    }
}
