namespace AstroBin.Commands
{
    /// <summary>
    /// Each cmdlet's HelpUri (Get-Help -Online): the README section that documents it on the project page,
    /// the manifest's ProjectUri. tests/pester/Help.Tests.ps1 checks that each anchor is a README heading.
    /// </summary>
    internal static class HelpLinks
    {
        public const string Project = "https://github.com/astrobin-powershell/AstroBin";
        public const string Key = Project + "#setting-up-a-key";
        public const string Configuration = Project + "#configuration";
        public const string GetImage = Project + "#get-astrobinimage";
        public const string SearchImage = Project + "#search-astrobinimage";
        public const string ImageOfTheDay = Project + "#get-astrobinimageoftheday";
        public const string User = Project + "#get-astrobinuser";
        public const string OtherResources = Project + "#the-other-resources-revisions-top-picks-collections-locations-and-any-path";
        public const string InvokeApi = Project + "#invoke-astrobinapi";
        public const string Downloads = Project + "#downloading-images";
        public const string Screen = Project + "#on-screen-and-in-csv";
        public const string Sync = Project + "#backing-up-with-sync-astrobinimage";
    }
}
