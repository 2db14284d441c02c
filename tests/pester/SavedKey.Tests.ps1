# Set-AstroBinApiKey -Persist / Remove-AstroBinApiKey -Persisted, the lookup order, and the secret in no output stream.
param(
    [Parameter(Mandatory)] [string] $ModulePath,
    [Parameter(Mandatory)] [string] $BaseUri,
    [Parameter(Mandatory)] [string] $ApiKey,
    [Parameter(Mandatory)] [string] $ApiSecret,
    [string] $EmulatorDll
)

BeforeAll {
    # Never the real home directory: every test here uses a folder of its own.
    $script:SavedConfigDir = $env:ASTROBIN_CONFIG_DIR
    $env:ASTROBIN_CONFIG_DIR = Join-Path ([IO.Path]::GetTempPath()) "astrobin-config-$([guid]::NewGuid())"
    Import-Module $ModulePath -Force
    Set-AstroBinConfiguration -BaseUri $BaseUri
    $script:Secret = ConvertTo-SecureString $ApiSecret -AsPlainText -Force
    $script:KeyFile = Join-Path $env:ASTROBIN_CONFIG_DIR 'apikey.json'

    # A fresh pwsh with the built module and only the given environment; returns every stream's lines.
    function Invoke-ChildPwsh([string] $Command, [hashtable] $Environment = @{}) {
        $names = 'ASTROBIN_BASE_URI', 'ASTROBIN_API_KEY', 'ASTROBIN_API_SECRET', 'ASTROBIN_CONFIG_DIR'
        $saved = @{}
        foreach ($name in $names) { $saved[$name] = [Environment]::GetEnvironmentVariable($name); [Environment]::SetEnvironmentVariable($name, $Environment[$name]) }
        try { & dotnet pwsh -NoProfile -NonInteractive -Command "`$PSStyle.OutputRendering = 'PlainText'; Import-Module '$ModulePath'; $Command" *>&1 | ForEach-Object { "$_" } }
        finally { foreach ($name in $names) { [Environment]::SetEnvironmentVariable($name, $saved[$name]) } }
    }
}

AfterAll {
    Remove-Item -Recurse -Force $env:ASTROBIN_CONFIG_DIR -ErrorAction Ignore
    $env:ASTROBIN_CONFIG_DIR = $SavedConfigDir
    Set-AstroBinApiKey -ApiKey $ApiKey -ApiSecret $Secret
}

Describe 'Saved API key' {
    AfterEach { Remove-Item -Recurse -Force $env:ASTROBIN_CONFIG_DIR -ErrorAction Ignore }

    It '-WhatIf saves nothing and sets nothing' {
        Remove-AstroBinApiKey -WarningAction SilentlyContinue
        Set-AstroBinApiKey -ApiKey $ApiKey -ApiSecret $Secret -Persist -WhatIf
        Test-Path $KeyFile | Should -BeFalse
        (Get-AstroBinApiKey).Source | Should -Not -Be 'Process'
    }

    It '-Persist -WhatIf says where the file would go' {
        $lines = Invoke-ChildPwsh "Set-AstroBinApiKey -ApiKey '$ApiKey' -ApiSecret (ConvertTo-SecureString '$ApiSecret' -AsPlainText -Force) -Persist -WhatIf" @{ ASTROBIN_CONFIG_DIR = $env:ASTROBIN_CONFIG_DIR }
        ($lines -join "`n") | Should -Match ([regex]::Escape($KeyFile))
        ($lines -join "`n") | Should -Match 'What if: .*Save API key'
        ($lines -join "`n") | Should -Not -Match $ApiSecret
        Test-Path $KeyFile | Should -BeFalse
    }

    It 'saves the pair for the current user in a file only its owner can read, with a one-time warning' -Skip:$IsWindows {
        $warnings = @()
        Set-AstroBinApiKey -ApiKey $ApiKey -ApiSecret $Secret -Persist -WarningVariable warnings -WarningAction SilentlyContinue
        Test-Path $KeyFile | Should -BeTrue
        (Get-Item $KeyFile).UnixMode | Should -Be '-rw-------'
        (Get-Item $env:ASTROBIN_CONFIG_DIR).UnixMode | Should -Be 'drwx------'
        $warnings.Count | Should -Be 1
        $warnings[0] | Should -Match 'NOT encrypted'
        $warnings[0] | Should -Not -Match $ApiSecret
        (Get-Content -Raw $KeyFile | ConvertFrom-Json).apiSecret | Should -Be $ApiSecret

        $again = @()
        Set-AstroBinApiKey -ApiKey $ApiKey -ApiSecret $Secret -Persist -WarningVariable again -WarningAction SilentlyContinue
        $again.Count | Should -Be 0 -Because 'the warning is shown when the file is created, not each time'
        (Get-Item $KeyFile).UnixMode | Should -Be '-rw-------'
    }

    It 'is found after the session and the environment, and a new session uses it' {
        Set-AstroBinApiKey -ApiKey $ApiKey -ApiSecret $Secret -Persist -WarningAction SilentlyContinue
        $fresh = Invoke-ChildPwsh '(Get-AstroBinApiKey).Source; (Get-AstroBinImage -Id yx76x9).Title' @{ ASTROBIN_BASE_URI = $BaseUri; ASTROBIN_CONFIG_DIR = $env:ASTROBIN_CONFIG_DIR }
        $fresh | Should -Be @('SavedFile', 'NGC 1316')
        $environment = Invoke-ChildPwsh '(Get-AstroBinApiKey).Source' @{ ASTROBIN_CONFIG_DIR = $env:ASTROBIN_CONFIG_DIR; ASTROBIN_API_KEY = 'a' * 40; ASTROBIN_API_SECRET = 'b' * 40 }
        $environment | Should -Be 'Environment'
        (Get-AstroBinApiKey).Source | Should -Be 'Process'
    }

    It 'Remove-AstroBinApiKey -Persisted deletes it (and -WhatIf does not)' {
        Set-AstroBinApiKey -ApiKey $ApiKey -ApiSecret $Secret -Persist -WarningAction SilentlyContinue
        Remove-AstroBinApiKey -Persisted -WhatIf
        Test-Path $KeyFile | Should -BeTrue
        Remove-AstroBinApiKey -Persisted
        Test-Path $KeyFile | Should -BeFalse
        (Get-AstroBinApiKey).Source | Should -Be 'None'
    }

    It 'never writes the secret to any output stream' {
        $lines = Invoke-ChildPwsh @"
`$DebugPreference = 'Continue'
Set-AstroBinConfiguration -BaseUri '$BaseUri'
Set-AstroBinApiKey -ApiKey '$ApiKey' -ApiSecret (ConvertTo-SecureString '$ApiSecret' -AsPlainText -Force) -Persist -PassThru -Verbose
Get-AstroBinApiKey | Format-List *
Search-AstroBinImage -First 30 -Verbose | Select-Object -First 1 | Format-List *
Get-AstroBinImage nosuch1 -Verbose
`$img = Get-AstroBinImage yx76x9; `$img.UrlThumb = '$(([uri]$BaseUri).GetLeftPart('Authority'))/faults/html/'
`$img | Save-AstroBinImage -Path ([IO.Path]::GetTempPath()) -Verbose -WhatIf
`$img | Save-AstroBinImage -Size Thumb -Path ([IO.Path]::GetTempPath()) -Verbose
Remove-AstroBinApiKey -Persisted -Verbose
"@ @{ ASTROBIN_CONFIG_DIR = $env:ASTROBIN_CONFIG_DIR }
        ($lines -join "`n") | Should -Match 'api_secret=\*\*\*'
        ($lines -join "`n") | Should -Match 'none of the image types saved'
        ($lines -join "`n") | Should -Match "No image has the id 'nosuch1'"
        ($lines -join "`n") | Should -Not -Match $ApiSecret
        ($lines -join "`n") | Should -Not -Match $ApiKey
    }
}
