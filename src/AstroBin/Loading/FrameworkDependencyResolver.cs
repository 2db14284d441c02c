using System;
using System.Reflection;

namespace AstroBin.Loading
{
    /// <summary>
    /// Windows PowerShell 5.1 (.NET Framework) has one load context: the dependency DLLs load from
    /// the module's Dependencies folder when the runtime asks for them. Not run by this repository's tests.
    /// </summary>
    internal sealed class FrameworkDependencyResolver
    {
        private readonly DependencyFolder _dependencies;

        public FrameworkDependencyResolver(DependencyFolder dependencies) => _dependencies = dependencies;

        public void Register() => AppDomain.CurrentDomain.AssemblyResolve += Resolve;

        public void Unregister() => AppDomain.CurrentDomain.AssemblyResolve -= Resolve;

        // .NET Framework has no binding redirects for a module, so a request for an older version is
        // served by the newer DLL the module ships (e.g. System.Memory asking for an older Unsafe).
        private Assembly? Resolve(object? sender, ResolveEventArgs args) =>
            _dependencies.TryFind(new AssemblyName(args.Name), out var path) ? Assembly.LoadFrom(path) : null;
    }
}
