# Progress bars on every long list: each is shown when more than 100 objects are expected, updated once a page,
# completed at the end, and not shown for a short list.
param(
    [Parameter(Mandatory)] [string] $ModulePath,
    [Parameter(Mandatory)] [string] $BaseUri,
    [Parameter(Mandatory)] [string] $ApiKey,
    [Parameter(Mandatory)] [string] $ApiSecret,
    [string] $EmulatorDll
)

BeforeAll {
    # The progress records a command writes, from a runspace of its own (the test host shows none).
    function Get-ProgressRecord([string] $Command) {
        $ps = [powershell]::Create()
        try {
            $null = $ps.AddScript("Import-Module '$ModulePath'; Set-AstroBinConfiguration -BaseUri '$BaseUri'; Set-AstroBinApiKey -ApiKey '$ApiKey' -ApiSecret (ConvertTo-SecureString '$ApiSecret' -AsPlainText -Force); $Command | Out-Null")
            $null = $ps.Invoke()
            $ps.Streams.Error | Should -BeNullOrEmpty
            return @($ps.Streams.Progress)
        }
        finally { $ps.Dispose() }
    }
}

Describe 'Progress bars' {
    It '<Command> shows "<Activity>"' -ForEach @(
        @{ Command = 'Get-AstroBinTopPickNomination'; Activity = 'Reading AstroBin top pick nominations'; Noun = 'top pick nominations' }
        @{ Command = 'Get-AstroBinTopPick -First 120'; Activity = 'Reading AstroBin top picks'; Noun = 'top picks' }
        @{ Command = 'Get-AstroBinImageOfTheDay -Last 300'; Activity = 'Reading AstroBin Images of the Day'; Noun = 'days' }
        @{ Command = 'Invoke-AstroBinApi image -Query @{ title__icontains = ''andromeda'' } -All'; Activity = 'Reading AstroBin image/'; Noun = 'objects' }
        @{ Command = 'Search-AstroBinImage -Subject M31 -TitleContains andromeda -SubjectMatch Client'; Activity = 'Searching AstroBin images for ''M 31'''; Noun = 'images read' }
        @{ Command = 'Get-AstroBinCollection -First 150'; Activity = 'Reading AstroBin collections'; Noun = 'collections' }
    ) {
        $records = @(Get-ProgressRecord $Command | Where-Object Activity -EQ $Activity)
        $records.Count | Should -BeGreaterThan 3 -Because 'the bar moves once a page'
        $updates = @($records | Where-Object RecordType -EQ 'Processing')
        # The first object (or, from Invoke-AstroBinApi, the first page).
        $updates[0].StatusDescription | Should -Match "^(1|25) of (\d+) $([regex]::Escape($Noun))$"
        $total = [int]($updates[0].StatusDescription -replace '^\d+ of (\d+) .*$', '$1')
        $total | Should -BeGreaterThan 100
        $updates[-1].StatusDescription | Should -Be "$total of $total $Noun"
        $updates[-1].PercentComplete | Should -Be 100
        $records[-1].RecordType | Should -Be 'Completed'
    }

    It 'shows none for a short list' {
        foreach ($command in 'Get-AstroBinTopPickNomination -First 20', 'Get-AstroBinImageOfTheDay -Last 30', 'Invoke-AstroBinApi collection -Query @{ user = ''archive_scans'' } -All') {
            @(Get-ProgressRecord $command).Count | Should -Be 0 -Because "$command reads one short list"
        }
    }
}
