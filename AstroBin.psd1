@{
    RootModule           = 'AstroBin.dll'
    # build.ps1 writes the version from Directory.Build.props into the built copy.
    ModuleVersion        = '0.3.0'
    GUID                 = '1eaac521-b773-4b96-b200-c0a69aaba5cc'
    Author               = 'The AstroBin for PowerShell authors'
    CompanyName          = 'Community'
    Copyright            = '(c) The AstroBin for PowerShell authors. MIT License.'
    Description          = 'Find, inspect and follow AstroBin astrophotography images from PowerShell: typed cmdlets over the AstroBin REST API v1 (images, searches, Image of the Day, users), streaming results to the pipeline.'
    CompatiblePSEditions = @('Core', 'Desktop')
    PowerShellVersion    = '5.1'
    CmdletsToExport      = @(
        'Get-AstroBinApiKey'
        'Get-AstroBinCollection'
        'Get-AstroBinConfiguration'
        'Get-AstroBinImage'
        'Get-AstroBinImageOfTheDay'
        'Get-AstroBinImageRevision'
        'Get-AstroBinLocation'
        'Get-AstroBinTopPick'
        'Get-AstroBinTopPickNomination'
        'Get-AstroBinUser'
        'Invoke-AstroBinApi'
        'Remove-AstroBinApiKey'
        'Reset-AstroBinConfiguration'
        'Save-AstroBinImage'
        'Search-AstroBinImage'
        'Set-AstroBinApiKey'
        'Set-AstroBinConfiguration'
        'Show-AstroBinImage'
        'Sync-AstroBinImage'
    )
    FormatsToProcess     = @('AstroBin.Format.ps1xml')
    FunctionsToExport    = @()
    VariablesToExport    = @()
    AliasesToExport      = @()
    PrivateData          = @{
        PSData = @{
            Tags         = @('AstroBin', 'astrophotography', 'astronomy', 'API', 'PSEdition_Core', 'PSEdition_Desktop', 'Windows', 'Linux', 'MacOS')
            ProjectUri   = 'https://github.com/astrobin-powershell/AstroBin'
            LicenseUri   = 'https://github.com/astrobin-powershell/AstroBin/blob/main/LICENSE'
            ReleaseNotes = '0.3.0: backups you can trust (nothing outside the folder touched, no links followed, only real images saved, -Prune moves to an attic and only on a believed list, a lock, one set a folder, a journal); one input model (exported CSV/JSON/Clixml objects and every AstroBin address bind as the live object) and one engine for piped work (fewer requests); an offline gallery with final versions, image pages, search and a sky map; docs in docs/ with a page per cmdlet and an error catalogue. See CHANGELOG.md.'
        }
    }
}
