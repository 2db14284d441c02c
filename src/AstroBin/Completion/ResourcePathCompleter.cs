using System;
using System.Collections;
using System.Collections.Generic;
using System.Management.Automation;
using System.Management.Automation.Language;
using AstroBin.Api;

namespace AstroBin.Commands.Completion
{
    /// <summary>
    /// Completes Invoke-AstroBinApi -Path with the API's resources ('ima' → 'image/', 'imagerevision/', 'imageoftheday/'),
    /// and after a resource with its schema ('image/' → 'image/schema/'). Never with local files: PowerShell falls
    /// back to file names when a completer offers nothing, so an unknown path is offered back as typed.
    /// </summary>
    public sealed class ResourcePathCompleter : IArgumentCompleter
    {
        public IEnumerable<CompletionResult> CompleteArgument(string commandName, string parameterName, string wordToComplete, CommandAst commandAst, IDictionary fakeBoundParameters)
        {
            var typed = CompletionText.Unquote(wordToComplete);
            var found = new List<CompletionResult>();
            foreach (var resource in ApiResources.All)
            {
                var path = resource.Key + "/";
                if (path.StartsWith(typed, StringComparison.OrdinalIgnoreCase))
                {
                    found.Add(new CompletionResult(path, resource.Key, CompletionResultType.ParameterValue, resource.Value));
                }
                if (typed.StartsWith(path, StringComparison.OrdinalIgnoreCase) && (path + "schema/").StartsWith(typed, StringComparison.OrdinalIgnoreCase))
                {
                    found.Add(new CompletionResult(path + "schema/", path + "schema/", CompletionResultType.ParameterValue, "The fields and filters of " + resource.Key));
                }
            }
            if (found.Count == 0 && typed.Length > 0)
            {
                found.Add(new CompletionResult(CompletionText.Quote(typed), typed, CompletionResultType.ParameterValue, "An API path below /api/v1/"));
            }
            return found;
        }
    }
}
