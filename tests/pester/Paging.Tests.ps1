# Paging as the cmdlets drive it: Invoke-AstroBinApi -All recovering the server's poisoned pages as the typed
# lists do, and -Debug in a host that cannot ask (pwsh -NonInteractive) ending with PowerShell's own error.
param(
    [Parameter(Mandatory)] [string] $ModulePath,
    [Parameter(Mandatory)] [string] $BaseUri,
    [Parameter(Mandatory)] [string] $ApiKey,
    [Parameter(Mandatory)] [string] $ApiSecret,
    [string] $EmulatorDll
)

BeforeAll {
    Import-Module $ModulePath -Force
    Set-AstroBinConfiguration -BaseUri $BaseUri
    Set-AstroBinApiKey -ApiKey $ApiKey -ApiSecret (ConvertTo-SecureString $ApiSecret -AsPlainText -Force)
}

Describe 'Invoke-AstroBinApi -All on a page poisoned by an unreadable record' {
    It 'returns every good record in order and one AstroBinRecordUnreadable error per bad one, in its place' {
        $merged = Invoke-AstroBinApi image -Query @{ user = 'archive_scans' } -All -ErrorAction Continue 2>&1 |
            ForEach-Object { if ($_ -is [System.Management.Automation.ErrorRecord]) { "error $($_.TargetObject.Offset) $($_.FullyQualifiedErrorId)" } else { $_.title } }
        $expected = 30..1 | ForEach-Object { if ($_ -in 9, 21) { "error $(30 - $_) AstroBinRecordUnreadable,AstroBin.Commands.InvokeAstroBinApi" } else { 'Archive plate {0:D2}' -f $_ } }
        $merged | Should -Be $expected
    }

    It 'gives one document a page with -Raw, the bad records reported beside them' {
        $errors = @()
        $documents = Invoke-AstroBinApi image -Query @{ user = 'archive_scans' } -All -Raw -ErrorAction SilentlyContinue -ErrorVariable errors
        $titles = $documents | ForEach-Object { ($_ | ConvertFrom-Json).objects.title }
        $titles.Count | Should -Be 28
        $errors.Count | Should -Be 2
        $errors[0].CategoryInfo.Category | Should -Be 'InvalidData'
    }
}

Describe '-Debug in a host that cannot ask' {
    It 'ends a search with PowerShell''s own error, never NotSupportedException from disposing the reader (<_>)' -ForEach (1..4) {
        # -Debug on a compiled cmdlet asks before each debug line; pwsh -NonInteractive cannot ask, so the first
        # debug line fails while the search's next page is still being read.
        $script = "Import-Module '$ModulePath'; Set-AstroBinConfiguration -BaseUri '$BaseUri' -MaxRequestsPerSecond 1000; " +
            "Set-AstroBinApiKey -ApiKey $ApiKey -ApiSecret (ConvertTo-SecureString $ApiSecret -AsPlainText -Force); " +
            "try { `$null = Search-AstroBinImage -First 30 -Debug; 'no error' } catch { 'caught ' + `$_.Exception.GetType().FullName }"
        $result = dotnet pwsh -NoProfile -NonInteractive -Command $script 2>$null | Where-Object { $_ -match '^(caught|no error)' }
        $result | Should -Be 'caught System.Management.Automation.PSInvalidOperationException'
    }

    It 'writes every debug line when the preference says continue' {
        $DebugPreference = 'Continue'
        $lines = Search-AstroBinImage -First 30 5>&1 | Where-Object { $_ -is [System.Management.Automation.DebugRecord] }
        ($lines | Where-Object { $_.Message -match '^page offset=' }).Count | Should -Be 2
    }
}
