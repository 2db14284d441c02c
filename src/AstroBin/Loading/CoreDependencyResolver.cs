using System.Reflection;
using System.Runtime.Loader;

namespace AstroBin.Loading
{
    /// <summary>
    /// PowerShell 7: the module's assembly lives in the default context; when the default context
    /// cannot bind one of its dependencies (absent, or another module loaded a different version),
    /// the dependency comes from the module's own load context.
    /// </summary>
    internal sealed class CoreDependencyResolver
    {
        private readonly DependencyFolder _dependencies;
        private readonly DependencyLoadContext _context;

        public CoreDependencyResolver(DependencyFolder dependencies)
        {
            _dependencies = dependencies;
            _context = new DependencyLoadContext(dependencies, new HostAssemblies());
        }

        public void Register() => AssemblyLoadContext.Default.Resolving += Resolve;

        public void Unregister() => AssemblyLoadContext.Default.Resolving -= Resolve;

        // Only the exact versions the module ships: a request for another version comes from another
        // module, which must find its own copy (the runtime's LoadFrom probing runs after this event).
        private Assembly? Resolve(AssemblyLoadContext defaultContext, AssemblyName requested) =>
            _dependencies.Ships(requested) ? _context.LoadFromAssemblyName(requested) : null;
    }
}
