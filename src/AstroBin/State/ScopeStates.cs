using System;
using System.Management.Automation.Runspaces;
using System.Runtime.CompilerServices;

namespace AstroBin.State
{
    /// <summary>
    /// The process's state and each runspace's, swapped under one lock. A runspace's state lives as long
    /// as its runspace (a weak table): a host that closes a user's runspace forgets that user's key.
    /// The cmdlet's runspace is the thread's default runspace, which PowerShell sets on the pipeline thread.
    /// Part of <see cref="ModuleState"/>.
    /// </summary>
    internal sealed class ScopeStates
    {
        private readonly object _gate = new object();
        private readonly ConditionalWeakTable<Runspace, ScopeState> _runspaces = new ConditionalWeakTable<Runspace, ScopeState>();
        private ScopeState _process = ScopeState.Empty;

        /// <summary>The current runspace's state (null when it set nothing, or outside a runspace) and the process's, read together.</summary>
        public (ScopeState? Runspace, ScopeState Process) Read()
        {
            var runspace = Runspace.DefaultRunspace;
            lock (_gate)
            {
                ScopeState? own = null;
                if (runspace != null) _runspaces.TryGetValue(runspace, out own);
                return (own, _process);
            }
        }

        /// <exception cref="InvalidOperationException">Runspace scope on a thread that runs no runspace.</exception>
        public void Update(SettingScope scope, Func<ScopeState, ScopeState> change)
        {
            if (scope == SettingScope.Process)
            {
                lock (_gate) _process = change(_process);
                return;
            }
            var runspace = Runspace.DefaultRunspace ?? throw new InvalidOperationException("There is no runspace on this thread to keep a setting for.");
            lock (_gate)
            {
                var current = _runspaces.TryGetValue(runspace, out var own) ? own : ScopeState.Empty;
                _runspaces.Remove(runspace);
                _runspaces.Add(runspace, change(current));
            }
        }

        /// <summary>Forgets the current runspace's key and settings (Remove-Module in that runspace); the process's stay, other runspaces may use them.</summary>
        public void ForgetRunspace()
        {
            var runspace = Runspace.DefaultRunspace;
            if (runspace == null) return;
            lock (_gate) _runspaces.Remove(runspace);
        }
    }
}
