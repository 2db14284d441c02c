# Configuration of the HTTP pipeline, the fair-use rate seen by the server, and redaction of the
# key pair from every stream, $Error and a transcript while faults are injected.
param(
    [Parameter(Mandatory)] [string] $ModulePath,
    [Parameter(Mandatory)] [string] $BaseUri,
    [Parameter(Mandatory)] [string] $ApiKey,
    [Parameter(Mandatory)] [string] $ApiSecret,
    [string] $EmulatorDll
)

BeforeAll {
    Import-Module $ModulePath -Force
    Import-Module (Join-Path $PSScriptRoot '../EmulatorProcess.psm1') -Force
    Set-AstroBinApiKey -ApiKey $ApiKey -ApiSecret (ConvertTo-SecureString $ApiSecret -AsPlainText -Force)

    function Get-EmulatorTraffic([string] $EmulatorBaseUri) {
        Invoke-RestMethod -Uri ([Uri]::new([Uri]$EmulatorBaseUri, '/_emulator/stats'))
    }
}

AfterAll {
    Reset-AstroBinConfiguration
    Set-AstroBinConfiguration -BaseUri $BaseUri
}

Describe 'Client settings' {
    AfterEach { Reset-AstroBinConfiguration; Set-AstroBinConfiguration -BaseUri $BaseUri }

    It 'shows the documented fair-use defaults' {
        Reset-AstroBinConfiguration
        $configuration = Get-AstroBinConfiguration
        $configuration.TimeoutSec | Should -Be 30
        $configuration.MaxRetry | Should -Be 4
        $configuration.RetryDelaySec | Should -Be 1
        $configuration.MaxRequestsPerSecond | Should -Be 4
        $configuration.MaxConcurrency | Should -Be 4
        $configuration.Proxy | Should -BeNullOrEmpty
        $configuration.UserAgent | Should -Match '^AstroBin-PowerShell/\d+\.\d+\.\d+$'
    }

    It 'sets each setting and Reset-AstroBinConfiguration restores them all' {
        $set = Set-AstroBinConfiguration -TimeoutSec 5 -MaxRetry 2 -RetryDelaySec 0.5 -MaxRequestsPerSecond 2 -MaxConcurrency 1 -Proxy 'http://proxy.example:3128' -UserAgent 'MyScript/1.0' -PassThru
        $set.TimeoutSec | Should -Be 5
        $set.MaxRetry | Should -Be 2
        $set.RetryDelaySec | Should -Be 0.5
        $set.MaxRequestsPerSecond | Should -Be 2
        $set.MaxConcurrency | Should -Be 1
        $set.Proxy | Should -Be ([Uri]'http://proxy.example:3128')
        $set.UserAgent | Should -Be 'MyScript/1.0'
        $set.BaseUri | Should -Be ([Uri]$BaseUri)

        $reset = Reset-AstroBinConfiguration -PassThru
        $reset.MaxRetry | Should -Be 4
        $reset.Proxy | Should -BeNullOrEmpty
        $reset.BaseUriSource | Should -Not -Be 'Process'
    }

    It 'sends the configured User-Agent on the wire' {
        Set-AstroBinConfiguration -UserAgent 'MyScript/1.0 (pester)'
        $null = Get-AstroBinImage -Id yx76x9 -NoCache
        (Get-EmulatorTraffic $BaseUri).userAgents | Should -Contain 'MyScript/1.0 (pester)'
    }

    It 'sends requests through the configured proxy' {
        # The emulator answers absolute-form requests as a proxy would forward them; the base URI itself
        # is a loopback port where nothing listens, so only a request through the proxy can succeed.
        $origin = ([Uri]$BaseUri).GetLeftPart('Authority')
        Set-AstroBinConfiguration -BaseUri 'http://127.0.0.1:9/api/v1/' -Proxy $origin -MaxRetry 0
        (Get-AstroBinImage -Id yx76x9 -NoCache).Title | Should -Be 'NGC 1316'
        Set-AstroBinConfiguration -Proxy 'http://127.0.0.1:9/'
        $errors = @()
        $null = Get-AstroBinImage -Id yx76x9 -NoCache -ErrorAction SilentlyContinue -ErrorVariable errors
        $errors[0].FullyQualifiedErrorId | Should -BeLike 'AstroBinNetworkError,*'
    }

    It 'keeps the other settings when one is changed' {
        Set-AstroBinConfiguration -MaxRetry 1
        Set-AstroBinConfiguration -TimeoutSec 7
        (Get-AstroBinConfiguration).MaxRetry | Should -Be 1
    }

    It 'refuses <Name> = <Value> before changing anything' -ForEach @(
        @{ Name = 'MaxRequestsPerSecond'; Value = 5000; Id = 'ParameterArgumentValidationError' }
        @{ Name = 'MaxConcurrency'; Value = 0; Id = 'ParameterArgumentValidationError' }
        @{ Name = 'TimeoutSec'; Value = 0; Id = 'ParameterArgumentValidationError' }
        @{ Name = 'Proxy'; Value = 'ftp://proxy.example'; Id = 'AstroBinInvalidProxy' }
        @{ Name = 'Proxy'; Value = 'http://user:pass@proxy.example'; Id = 'AstroBinInvalidProxy' }
        @{ Name = 'UserAgent'; Value = "bad`r`nX-Injected: 1"; Id = 'AstroBinInvalidValue' }
    ) {
        $parameters = @{ $Name = $Value }
        { Set-AstroBinConfiguration @parameters } | Should -Throw -ErrorId "$Id,AstroBin.Commands.SetAstroBinConfiguration"
        (Get-AstroBinConfiguration).MaxRetry | Should -Be 4
        (Get-AstroBinConfiguration).Proxy | Should -BeNullOrEmpty
    }

    It 'asks for at least one setting' {
        { Set-AstroBinConfiguration } | Should -Throw -ErrorId 'AstroBinInvalidValue,AstroBin.Commands.SetAstroBinConfiguration'
    }
}

Describe 'Fair use, measured at the server' {
    BeforeAll {
        $script:Emulator = Start-AstroBinEmulator -EmulatorDll $EmulatorDll -ApiKey $ApiKey -ApiSecret $ApiSecret -ArgumentList '--latency-ms', '20'
    }
    AfterAll { $script:Emulator | Stop-AstroBinEmulator }

    It 'pages at no more than -MaxRequestsPerSecond' {
        Set-AstroBinConfiguration -BaseUri $script:Emulator.BaseUri -MaxRequestsPerSecond 3
        $clock = [Diagnostics.Stopwatch]::StartNew()
        $images = Search-AstroBinImage -First 200
        $clock.Stop()
        $traffic = Get-EmulatorTraffic $script:Emulator.BaseUri
        Write-Host "  rate: $($traffic.requests) requests in $([Math]::Round($clock.Elapsed.TotalSeconds, 2)) s, at most $($traffic.maxPerSecond) in any second"
        $images.Count | Should -Be 200
        $traffic.requests | Should -Be 8
        $traffic.maxPerSecond | Should -BeLessOrEqual 4
        $clock.Elapsed.TotalSeconds | Should -BeGreaterThan 2
    }
}

Describe 'Redaction under faults' {
    BeforeAll {
        # 502/503 pages echo the request line, credentials included, as proxies do; meta.next repeats them too.
        $script:Faulty = Start-AstroBinEmulator -EmulatorDll $EmulatorDll -ApiKey $ApiKey -ApiSecret $ApiSecret `
            -ArgumentList '--fault-rate', '0.5', '--fault-seed', '11', '--faults', '502,503,500,429,truncated,html,reset-mid-body', '--retry-after-seconds', '0'
    }
    AfterAll { $script:Faulty | Stop-AstroBinEmulator }

    It 'never shows the key or the secret in any stream, $Error or a transcript' {
        Set-AstroBinConfiguration -BaseUri $script:Faulty.BaseUri -MaxRetry 1 -RetryDelaySec 0 -MaxRequestsPerSecond 10
        $transcript = Join-Path $TestDrive 'transcript.txt'
        $Error.Clear()
        Start-Transcript -LiteralPath $transcript -IncludeInvocationHeader | Out-Null
        try {
            $streams = & {
                Search-AstroBinImage -First 150 -Verbose -Debug -ErrorAction Continue
                Get-AstroBinImage -Id yx76x9, 00evnt, zzzzzz -Verbose -Debug -ErrorAction Continue
                Get-AstroBinImageOfTheDay -Last 30 -Verbose -Debug -ErrorAction Continue
                Get-AstroBinConfiguration
            } *>&1
        }
        finally {
            Stop-Transcript | Out-Null
        }
        $traffic = Get-EmulatorTraffic $script:Faulty.BaseUri
        $text = @(
            $streams | ForEach-Object { $_ | Format-List * -Force | Out-String; if ($_ -is [System.Management.Automation.ErrorRecord]) { $_.Exception.ToString(); $_.ErrorDetails.Message } }
            $Error | ForEach-Object { $_ | Format-List * -Force | Out-String; $_.Exception.ToString(); $_.ErrorDetails.Message; $_.InvocationInfo | Out-String }
            Get-Content -Raw -LiteralPath $transcript
        ) -join "`n"
        Write-Host "  redaction: $($traffic.faults) faults in $($traffic.requests) requests, $($Error.Count) errors, $($text.Length) characters searched"

        $traffic.faults | Should -BeGreaterThan 5
        @($streams | Where-Object { $_ -is [System.Management.Automation.VerboseRecord] -and $_.Message -like 'retry *' }).Count | Should -BeGreaterThan 0
        $Error.Count | Should -BeGreaterThan 0
        $text | Should -Match 'api_key=\*\*\*'
        $text.Contains($ApiSecret) | Should -BeFalse
        $text.Contains($ApiKey) | Should -BeFalse
    }
}
