using System.Reflection;
using System.Runtime.Loader;

namespace AstroBin.Loading
{
    /// <summary>
    /// The module's own load context on PowerShell 7: its dependency DLLs load here, so a different
    /// version of the same DLL loaded by another module (in the default context) neither breaks this
    /// module nor is broken by it. What the host provides is left to the default context.
    /// </summary>
    internal sealed class DependencyLoadContext : AssemblyLoadContext
    {
        private readonly DependencyFolder _dependencies;
        private readonly HostAssemblies _host;

        public DependencyLoadContext(DependencyFolder dependencies, HostAssemblies host)
        {
            _dependencies = dependencies;
            _host = host;
        }

        protected override Assembly? Load(AssemblyName assemblyName)
        {
            if (_host.Provides(assemblyName) || !_dependencies.TryFind(assemblyName, out var path)) return null;
            return LoadFromAssemblyPath(path);
        }
    }
}
