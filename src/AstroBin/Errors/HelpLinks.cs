namespace AstroBin.Commands
{
    /// <summary>
    /// Each cmdlet's HelpUri (Get-Help -Online) is its page in docs/cmdlets on the project's site, generated from
    /// the same sources as the MAML help (build.ps1 -Task Docs): Pages + "&lt;Cmdlet-Name&gt;.md". A page name never
    /// changes with a heading. tests/pester/Docs.Tests.ps1 checks that each cmdlet has one and that the page exists.
    /// </summary>
    internal static class HelpLinks
    {
        public const string Project = "https://github.com/astrobin-powershell/AstroBin";
        public const string Pages = Project + "/blob/main/docs/cmdlets/";
    }
}
