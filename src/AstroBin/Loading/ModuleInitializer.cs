using System;
using System.Management.Automation;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace AstroBin.Loading
{
    /// <summary>
    /// Runs when PowerShell imports the module (and when it removes it): routes the module's
    /// dependency DLLs from its Dependencies folder, isolated on PowerShell 7.
    /// </summary>
    public sealed class ModuleInitializer : IModuleAssemblyInitializer, IModuleAssemblyCleanup
    {
        private static readonly bool IsNetFramework =
            RuntimeInformation.FrameworkDescription.StartsWith(".NET Framework", StringComparison.Ordinal);

        private static readonly object Gate = new object();

        // One resolver (and so one load context) for the process: an assembly cannot be unloaded, so a
        // re-import must find the dependencies it already bound. Typed object so that the .NET Framework
        // path never loads System.Runtime.Loader.
        private static object? s_resolver;
        private static bool s_registered;

        public void OnImport()
        {
            lock (Gate)
            {
                if (s_registered) return;
                var dependencies = DependencyFolder.NextTo(typeof(ModuleInitializer).Assembly);
                if (IsNetFramework) RegisterFramework(dependencies);
                else RegisterCore(dependencies);
                s_registered = true;
            }
        }

        public void OnRemove(PSModuleInfo module)
        {
            State.ModuleState.Current.Scopes.ForgetRunspace();
            lock (Gate)
            {
                if (!s_registered) return;
                if (IsNetFramework) ((FrameworkDependencyResolver)s_resolver!).Unregister();
                else UnregisterCore();
                s_registered = false;
            }
        }

        [MethodImpl(MethodImplOptions.NoInlining)]
        private static void RegisterCore(DependencyFolder dependencies)
        {
            var resolver = s_resolver as CoreDependencyResolver ?? new CoreDependencyResolver(dependencies);
            resolver.Register();
            s_resolver = resolver;
        }

        [MethodImpl(MethodImplOptions.NoInlining)]
        private static void UnregisterCore() => ((CoreDependencyResolver)s_resolver!).Unregister();

        private static void RegisterFramework(DependencyFolder dependencies)
        {
            var resolver = s_resolver as FrameworkDependencyResolver ?? new FrameworkDependencyResolver(dependencies);
            resolver.Register();
            s_resolver = resolver;
        }
    }
}
