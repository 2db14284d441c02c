@{
    RootModule           = 'AstroBin.dll'
    # build.ps1 writes the version from Directory.Build.props into the built copy.
    ModuleVersion        = '0.2.0'
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
            ReleaseNotes = '0.2.0: Sync-AstroBinImage (incremental, resumable, verifiable backups with an offline gallery); defences against a hostile server (masked secrets in all output, same-origin redirects, bounded memory, checked paging, unreadable records in place); strict pipeline binding, batched number lookups, client-side subject matching, views for every type. See CHANGELOG.md.'
        }
    }
}
