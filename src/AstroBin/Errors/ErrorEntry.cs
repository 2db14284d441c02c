using System.Collections.Generic;
using System.Management.Automation;

namespace AstroBin.Errors
{
    /// <summary>One error id of <see cref="ErrorCatalogue"/>: the first category is the usual one.</summary>
    internal sealed class ErrorEntry
    {
        public ErrorEntry(string id, string cmdlets, string when, string whatToDo, params ErrorCategory[] categories)
        {
            Id = id;
            Cmdlets = cmdlets;
            When = when;
            WhatToDo = whatToDo;
            Categories = categories;
        }

        /// <summary>The FullyQualifiedErrorId's first part: stable, PascalCase, starting with AstroBin.</summary>
        public string Id { get; }

        /// <summary>The cmdlets that write it, comma-separated, or <see cref="ErrorCatalogue.AnyApiCmdlet"/>.</summary>
        public string Cmdlets { get; }

        public string When { get; }

        public string WhatToDo { get; }

        public IReadOnlyList<ErrorCategory> Categories { get; }
    }
}
