using System;
using System.Management.Automation.Runspaces;
using System.Runtime.CompilerServices;

namespace AstroBin.Session
{
    /// <summary>
    /// The process's state and each runspace's, swapped under one lock. A runspace's state lives as long
    /// as its runspace (a weak table): a host that closes a user's runspace forgets that user's key.
    /// The cmdlet's runspace is the thread's default runspace, which PowerShell sets on the pipeline thread.
    /// </summary>
    internal static class ScopeStates
    {
        private static readonly object Gate = new object();
        private static readonly ConditionalWeakTable<Runspace, ScopeState> Runspaces = new ConditionalWeakTable<Runspace, ScopeState>();
        private static ScopeState _process = ScopeState.Empty;

        /// <summary>The current runspace's state (null when it set nothing, or outside a runspace) and the process's, read together.</summary>
        public static (ScopeState? Runspace, ScopeState Process) Read()
        {
            var runspace = Runspace.DefaultRunspace;
            lock (Gate)
            {
                ScopeState? own = null;
                if (runspace != null) Runspaces.TryGetValue(runspace, out own);
                return (own, _process);
            }
        }

        /// <exception cref="InvalidOperationException">Runspace scope on a thread that runs no runspace.</exception>
        public static void Update(SettingScope scope, Func<ScopeState, ScopeState> change)
        {
            if (scope == SettingScope.Process)
            {
                lock (Gate) _process = change(_process);
                return;
            }
            var runspace = Runspace.DefaultRunspace ?? throw new InvalidOperationException("There is no runspace on this thread to keep a setting for.");
            lock (Gate)
            {
                var current = Runspaces.TryGetValue(runspace, out var own) ? own : ScopeState.Empty;
                Runspaces.Remove(runspace);
                Runspaces.Add(runspace, change(current));
            }
        }

        /// <summary>Forgets the current runspace's key and settings (Remove-Module in that runspace); the process's stay, other runspaces may use them.</summary>
        public static void ForgetRunspace()
        {
            var runspace = Runspace.DefaultRunspace;
            if (runspace == null) return;
            lock (Gate) Runspaces.Remove(runspace);
        }
    }
}
