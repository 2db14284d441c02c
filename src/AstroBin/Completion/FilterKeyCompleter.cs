using System;
using System.Collections;
using System.Collections.Generic;
using System.Management.Automation;
using System.Management.Automation.Language;
using AstroBin.Api.Queries;

namespace AstroBin.Commands.Completion
{
    /// <summary>
    /// Completes -Filter with the lookup keys the image resource really applies: "-Filter w__g" + Tab
    /// gives "@{ w__gt = '' }", "@{ w__gte = '' }". PowerShell does not ask argument completers
    /// about keys inside a hashtable literal, so the completion is a whole one-key hashtable.
    /// </summary>
    public sealed class FilterKeyCompleter : IArgumentCompleter
    {
        public IEnumerable<CompletionResult> CompleteArgument(string commandName, string parameterName, string wordToComplete, CommandAst commandAst, IDictionary fakeBoundParameters)
        {
            var typed = CompletionText.Unquote(wordToComplete).TrimStart('@', '{', ' ');
            foreach (var key in ImageFilterKeys.All())
            {
                if (!key.StartsWith(typed, StringComparison.OrdinalIgnoreCase)) continue;
                yield return new CompletionResult("@{ " + key + " = '' }", key, CompletionResultType.ParameterValue, "image filter " + key);
            }
        }
    }
}
