using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Language;

namespace AstroBin.Commands.Completion
{
    /// <summary>
    /// Completes -Subject from the Messier catalogue and common NGC/IC objects, by designation
    /// ("m3" → M 3, M 31 ...; "ngc70" → NGC 7000) or by name ("androm" → M 31, NGC 224).
    /// </summary>
    public sealed class SubjectCompleter : IArgumentCompleter
    {
        public IEnumerable<CompletionResult> CompleteArgument(string commandName, string parameterName, string wordToComplete, CommandAst commandAst, IDictionary fakeBoundParameters)
        {
            var typed = CompletionText.Unquote(wordToComplete);
            var compact = typed.Replace(" ", string.Empty);
            foreach (var (designation, name) in SkyObjects.All())
            {
                var byDesignation = designation.Replace(" ", string.Empty).StartsWith(compact, StringComparison.OrdinalIgnoreCase);
                var byName = typed.Length > 0 && name != null && name.IndexOf(typed, StringComparison.OrdinalIgnoreCase) >= 0;
                if (!byDesignation && !byName) continue;
                var shown = name == null ? designation : designation + " (" + name + ")";
                yield return new CompletionResult(CompletionText.Quote(designation), shown, CompletionResultType.ParameterValue, shown);
            }
        }
    }
}
