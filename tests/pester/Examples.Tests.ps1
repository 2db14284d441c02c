# Every example of the help (Get-Help <cmdlet> -Examples) and every ```powershell block of README.md and docs/ runs
# against the emulator, as a user would paste it. The few help examples that wait for a person (a prompt) are marked
# in $NotRun by name and not executed; they are counted. A documentation block that must not run (it builds the
# repository, reaches the Gallery, needs Windows or a real credential ...) is marked in the Markdown itself, by the
# line before its fence: <!-- not-run: the reason -->. CONTRIBUTING.md describes the convention.
param(
    [Parameter(Mandatory)] [string] $ModulePath,
    [Parameter(Mandatory)] [string] $BaseUri,
    [Parameter(Mandatory)] [string] $ApiKey,
    [Parameter(Mandatory)] [string] $ApiSecret,
    [string] $EmulatorDll
)

BeforeDiscovery {
    Import-Module $ModulePath -Force
    # "<Cmdlet>: <example title>" of the examples that wait for a person, with the reason.
    $script:NotRun = @{
        'Set-AstroBinApiKey: For this session'         = 'Read-Host prompts for the secret'
        'Set-AstroBinApiKey: Saved for later sessions' = 'Get-Credential prompts for the secret'
    }
    $script:Examples = foreach ($name in (Import-PowerShellDataFile (Join-Path $ModulePath 'AstroBin.psd1')).CmdletsToExport) {
        foreach ($example in @((Get-Help $name -Full).Examples.Example)) {
            # The generator writes the title as '--- Example N: <title> ---'.
            $title = $example.Title -replace '^-+\s*Example \d+:\s*', '' -replace '\s*-+$', ''
            @{ Name = "${name}: $title"; Code = $example.Code; Cmdlet = $name; NotRun = $NotRun["${name}: $title"] }
        }
    }

    # The code blocks of the guides: README.md and docs/, but docs/cmdlets (the help examples above, again) and
    # docs/changes (each branch's notes for the lead to merge into the guides).
    $root = (Resolve-Path (Join-Path $PSScriptRoot '../..')).Path
    $docs = Join-Path $root 'docs'
    $files = @(Get-Item (Join-Path $root 'README.md')) + @(Get-ChildItem -LiteralPath $docs -Recurse -File -Filter '*.md' |
            Where-Object { $_.DirectoryName -notin (Join-Path $docs 'cmdlets'), (Join-Path $docs 'changes') } | Sort-Object FullName)
    $script:DocBlocks = foreach ($file in $files) {
        $relative = [IO.Path]::GetRelativePath($root, $file.FullName).Replace('\', '/')
        $lines = [IO.File]::ReadAllLines($file.FullName)
        for ($i = 0; $i -lt $lines.Count; $i++) {
            if ($lines[$i] -notmatch '^```(.*)$') { continue }
            $language = $Matches[1].Trim()
            $start = $i
            $previous = if ($i -gt 0) { $lines[$i - 1] } else { '' }
            $code = [System.Collections.Generic.List[string]]::new()
            for ($i++; $i -lt $lines.Count -and $lines[$i] -notmatch '^```\s*$'; $i++) { $code.Add($lines[$i]) }
            $mark = if ($previous -match '^<!--\s*not-run:(.*?)-->\s*$') { $Matches[1].Trim() }
            @{ Name = "${relative}:$($start + 1)"; Language = $language; Code = $code -join "`n"; Mark = $mark; NotRun = $mark }
        }
    }
    $script:Examples = @($Examples) + @($DocBlocks | Where-Object Language -EQ 'powershell')
}

BeforeAll {
    Import-Module $ModulePath -Force
    $script:Secret = ConvertTo-SecureString $ApiSecret -AsPlainText -Force
    # Nothing an example writes lands in the real home or configuration folder.
    $script:Sandbox = Join-Path ([IO.Path]::GetTempPath()) "astrobin-examples-$([guid]::NewGuid())"
    $script:SavedHome = (Get-PSProvider FileSystem).Home
    $script:SavedEnvironment = @{}
    foreach ($name in 'ASTROBIN_CONFIG_DIR', 'ASTROBIN_API_KEY', 'ASTROBIN_API_SECRET', 'ASTROBIN_BASE_URI', 'DISPLAY', 'WAYLAND_DISPLAY') {
        $SavedEnvironment[$name] = [Environment]::GetEnvironmentVariable($name)
    }

    # The state every example starts from: the emulator, the test key, no saved key, no browser (Show- prints the URL).
    function Reset-ExampleState {
        Reset-AstroBinConfiguration | Out-Null
        Set-AstroBinConfiguration -BaseUri $BaseUri
        Set-AstroBinApiKey -ApiKey $ApiKey -ApiSecret $Secret
        $env:ASTROBIN_CONFIG_DIR = Join-Path $Sandbox 'config'
        $env:ASTROBIN_API_KEY = $ApiKey
        $env:ASTROBIN_API_SECRET = $ApiSecret
        $env:ASTROBIN_BASE_URI = $null
        $env:DISPLAY = $null
        $env:WAYLAND_DISPLAY = $null
    }
}

AfterAll {
    Pop-Location -ErrorAction Ignore
    (Get-PSProvider FileSystem).Home = $SavedHome
    foreach ($name in $SavedEnvironment.Keys) { [Environment]::SetEnvironmentVariable($name, $SavedEnvironment[$name]) }
    Reset-AstroBinConfiguration | Out-Null
    Set-AstroBinConfiguration -BaseUri $BaseUri
    Set-AstroBinApiKey -ApiKey $ApiKey -ApiSecret $Secret
    Remove-Item -Recurse -Force $Sandbox -ErrorAction Ignore
}

Describe 'Help examples' {
    It 'marks only a few examples as not run, each one that exists' {
        $help = @($Examples | Where-Object Cmdlet)
        $names = @($help.Name)
        foreach ($marked in $NotRun.Keys) { $names | Should -Contain $marked -Because 'a marked example must still be in the help' }
        $NotRun.Count | Should -BeLessOrEqual 3
        $help.Count | Should -BeGreaterThan 50
        Write-Host "  help examples: $($help.Count), run: $($help.Count - $NotRun.Count), marked not run (prompt): $($NotRun.Count)"
    }

    It 'names the language of every code block of README.md and docs/; a not-run mark gives its reason' {
        $DocBlocks.Count | Should -BeGreaterThan 10
        foreach ($block in $DocBlocks) {
            # An unnamed block could hide a command from this test; 'text' is for output and layouts, 'bash' for a shell.
            $block.Language | Should -BeIn @('powershell', 'text', 'bash', 'json', 'yaml', 'xml', 'html', 'csharp') -Because "$($block.Name) names its language"
            if ($null -ne $block.Mark) {
                $block.Mark | Should -Not -BeNullOrEmpty -Because "$($block.Name) says why it is not run"
                $block.Language | Should -Be 'powershell' -Because "$($block.Name): only PowerShell blocks are run, so only they are marked"
            }
        }
        $run = @($DocBlocks | Where-Object { $_.Language -eq 'powershell' -and -not $_.NotRun })
        $run.Count | Should -BeGreaterThan 10
        Write-Host "  documentation blocks: $($DocBlocks.Count), PowerShell run: $($run.Count), marked not run: $(@($DocBlocks | Where-Object NotRun).Count)"
    }

    It '<Name>' -ForEach @($Examples | Where-Object { -not $_.NotRun }) {
        $folder = Join-Path $Sandbox ([guid]::NewGuid())
        New-Item -ItemType Directory -Path $folder | Out-Null
        (Get-PSProvider FileSystem).Home = $folder
        Push-Location $folder
        Reset-ExampleState
        try {
            $ErrorActionPreference = 'Stop'
            $output = @(& ([scriptblock]::Create($Code)) 3>$null 4>$null 6>$null)
            $errors = @($output | Where-Object { $_ -is [System.Management.Automation.ErrorRecord] })
            $errors.Count | Should -Be 0 -Because "'$Code' runs without errors: $($errors -join '; ')"
            # Setting and saving commands write nothing unless asked (-PassThru).
            if ($Code -notmatch 'WhatIf|Set-AstroBin|Reset-AstroBin|Remove-AstroBin|Export-Csv|Save-AstroBinImage(?!.*-PassThru)') {
                $output.Count | Should -BeGreaterThan 0 -Because "'$Code' writes something"
            }
            if ($Code -match 'Save-AstroBinImage' -and $Code -notmatch 'WhatIf') {
                @(Get-ChildItem -Recurse -File $folder).Count | Should -BeGreaterThan 0 -Because "'$Code' saves files"
            }
            switch -Wildcard ($Name) {
                'Save-AstroBinImage: Today*s Image of the Day, full HD' {
                    $output[0].FullName | Should -BeLike (Join-Path $folder "Pictures/AstroBin/*_hd.*")
                    Test-Path -LiteralPath $output[0].FullName | Should -BeTrue
                }
                'Search-AstroBinImage: A user*s images to CSV' { @(Import-Csv (Join-Path $folder 'crgood2.csv')).Count | Should -BeGreaterThan 0 }
                'Search-AstroBinImage: Several criteria, sorted by title' {
                    $output.Count | Should -BeGreaterThan 1
                    [string[]]$titles = $output.Title
                    $sorted = [string[]]$titles.Clone()
                    # The emulator orders as PostgreSQL with the C collation: by code point.
                    [Array]::Sort($sorted, [StringComparer]::Ordinal)
                    ($titles -join '|') | Should -Be ($sorted -join '|')
                }
                'Search-AstroBinImage: By subject, past the cap*' { $output.Count | Should -BeGreaterThan 100 }
            }
        }
        finally {
            Pop-Location
        }
    }
}
