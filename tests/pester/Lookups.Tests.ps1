# Piped lookups run concurrently but come out in input order; repeated lookups come from the session cache.
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

Describe 'Piped lookups' {
    It 'come out in input order, errors in their place' {
        $ids = (Search-AstroBinImage -TitleContains nebula -First 40).ImageId
        [array]::Reverse($ids)
        $sequence = @($ids[0..9]) + 'zzzzz9' + @($ids[10..19]) + 'ab/cd' + @($ids[20..39])
        $results = $sequence | Get-AstroBinImage -NoCache -ErrorAction Continue 2>&1
        $results.Count | Should -Be 42
        $shown = $results | ForEach-Object { if ($_ -is [System.Management.Automation.ErrorRecord]) { "$($_.TargetObject)" } else { $_.ImageId } }
        $shown | Should -Be $sequence
        $results[10].FullyQualifiedErrorId | Should -BeLike 'AstroBinImageNotFound,*'
        $results[21].FullyQualifiedErrorId | Should -BeLike 'AstroBinInvalidImageId,*'
    }

    It 'of users come out in input order' {
        $names = (Search-AstroBinImage -First 100).User | Select-Object -Unique -First 12
        ($names | Get-AstroBinUser -NoCache).Username | Should -Be $names
    }
}

Describe 'The session cache' {
    It 'answers a repeated lookup without a request, and -NoCache asks again' {
        $null = Get-AstroBinImage -Id 00evnt
        $cached = Get-AstroBinImage -Id 00evnt -Verbose 4>&1 | Where-Object { $_ -is [System.Management.Automation.VerboseRecord] }
        $cached.Message | Should -Match 'image/00evnt/.* -> from the session cache$'
        $fresh = Get-AstroBinImage -Id 00evnt -NoCache -Verbose 4>&1 | Where-Object { $_ -is [System.Management.Automation.VerboseRecord] }
        $fresh.Message | Should -Match 'image/00evnt/.* -> 200 OK'
    }

    It 'answers the same user for every image of that user with one request' {
        $name = (Search-AstroBinImage -First 200 | Group-Object User | Sort-Object Count -Descending | Select-Object -First 1).Name
        $images = Search-AstroBinImage -User $name -First 5
        $verbose = $images | Get-AstroBinUser -Verbose 4>&1 | Where-Object { $_ -is [System.Management.Automation.VerboseRecord] }
        @($verbose | Where-Object Message -Match '200 OK').Count | Should -BeLessOrEqual 1
        @($verbose | Where-Object Message -Match 'from the session cache').Count | Should -BeGreaterOrEqual ($images.Count - 1)
    }
}
