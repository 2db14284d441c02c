<#
.SYNOPSIS
    Builds, tests and demonstrates the AstroBin PowerShell module.
.DESCRIPTION
    Needs only the .NET SDK: run it as `dotnet tool restore; dotnet pwsh ./build.ps1 -Task <task>`.
    Build  out/AstroBin (the module folder) and the API emulator.
    Test   Build, then xunit and Pester (Pester in a child pwsh against out/AstroBin and the emulator);
           ends with one line 'Tests: N passed, M failed' and a non-zero exit code when anything failed.
           Installs Debian's chromium package first when it is missing (the offline gallery's browser test).
    Package  Build, then out/packages/AstroBin.<version>.nupkg, the package the PowerShell Gallery takes
           (PSResourceGet's Compress-PSResource over out/AstroBin).
    Demo   Build, start the emulator on a free loopback port, run tests/demo/demo.ps1 against it.
    Docs   Build, then docs/cmdlets/<Cmdlet-Name>.md and docs/errors.md from the help sources, the built cmdlets and the
           error catalogue (src/AstroBin/Help/New-AstroBinDocs.ps1); commit what changed. tests/pester/Docs.Tests.ps1
           fails when the committed pages differ from what the sources give.
    Bench  Build, then tests/bench/Invoke-Benchmarks.ps1: the module against an Invoke-RestMethod loop on the
           emulator with -LatencyMs of injected latency per request; prints a table, writes out/bench/results.md.
.EXAMPLE
    dotnet pwsh ./build.ps1 -Task Test
#>
[CmdletBinding()]
param(
    [ValidateSet('Build', 'Package', 'Test', 'Demo', 'Bench', 'Docs')]
    [string] $Task = 'Build',

    # Bench: latency the emulator adds to every request, and the module's MaxConcurrency.
    [ValidateRange(0, 5000)]
    [int] $LatencyMs = 30,

    [ValidateRange(1, 64)]
    [int] $Concurrency = 8,

    [ValidateSet('Debug', 'Release')]
    [string] $Configuration = 'Release'
)

Set-StrictMode -Version Latest
$ErrorActionPreference = 'Stop'
$PSStyle.OutputRendering = 'PlainText'

$root = $PSScriptRoot
$out = Join-Path $root 'out'
$moduleOut = Join-Path $out 'AstroBin'
$packages = Join-Path $root '.packages'
$packageOut = Join-Path $out 'packages'
$emulatorDll = Join-Path $root "tests/AstroBin.Emulator/bin/$Configuration/net10.0/AstroBin.Emulator.dll"
$pesterVersion = '5.7.1'

function Invoke-Native {
    param([Parameter(Mandatory)] [string] $Command, [string[]] $Arguments)
    & $Command @Arguments
    if ($LASTEXITCODE -ne 0) { throw "'$Command $($Arguments -join ' ')' failed with exit code $LASTEXITCODE." }
}

function Get-ModuleVersion {
    $props = [xml](Get-Content -Raw -LiteralPath (Join-Path $root 'Directory.Build.props'))
    return $props.Project.PropertyGroup.Version
}

function Invoke-Build {
    Invoke-Native dotnet @('build', (Join-Path $root 'AstroBin.sln'), '-c', $Configuration, '--nologo', '-v', 'quiet')
    if (Test-Path $moduleOut) { Remove-Item -Recurse -Force $moduleOut }
    Invoke-Native dotnet @('publish', (Join-Path $root 'src/AstroBin/AstroBin.csproj'), '-c', $Configuration, '--no-build', '-o', $moduleOut, '--nologo', '-v', 'quiet')
    # PowerShell provides these itself; shipping the reference assembly would shadow the real one.
    Remove-Item -Force -ErrorAction Ignore (Join-Path $moduleOut 'System.Management.Automation.dll')
    Move-ModuleDependency
    $manifest = Get-Content -Raw -LiteralPath (Join-Path $root 'AstroBin.psd1')
    $manifest = $manifest -replace "ModuleVersion\s*=\s*'[^']*'", "ModuleVersion        = '$(Get-ModuleVersion)'"
    Set-Content -LiteralPath (Join-Path $moduleOut 'AstroBin.psd1') -Value $manifest -Encoding utf8NoBOM
    Add-ViewsAndHelp
    Write-Host "Module: $moduleOut"
}

# Every DLL but the module's own goes to Dependencies/, where no runtime probe finds it by accident: the
# module's resolvers (src/AstroBin/Loading) load it, in the module's own AssemblyLoadContext on PowerShell 7.
# The deps.json describes a flat application layout that no PowerShell host reads.
function Move-ModuleDependency {
    $dependencies = New-Item -ItemType Directory -Force -Path (Join-Path $moduleOut 'Dependencies')
    Get-ChildItem -LiteralPath $moduleOut -Filter '*.dll' | Where-Object Name -ne 'AstroBin.dll' | Move-Item -Destination $dependencies
    Remove-Item -Force -ErrorAction Ignore (Join-Path $moduleOut 'AstroBin.deps.json')
}

function Invoke-Package {
    Invoke-Build
    if (Test-Path $packageOut) { Remove-Item -Recurse -Force $packageOut }
    New-Item -ItemType Directory -Path $packageOut | Out-Null
    Compress-PSResource -Path $moduleOut -DestinationPath $packageOut
    Write-Host "Package: $(Join-Path $packageOut "AstroBin.$(Get-ModuleVersion).nupkg")"
}

# The format file (FormatsToProcess) and the MAML help generated from src/AstroBin/Help and the built cmdlets.
function Add-ViewsAndHelp {
    Copy-Item -LiteralPath (Join-Path $root 'src/AstroBin/AstroBin.Format.ps1xml') -Destination $moduleOut
    # A child pwsh: the generator imports the built module, whose DLL could not be unloaded here.
    Invoke-Native dotnet @('pwsh', '-NoProfile', '-NonInteractive', '-File', (Join-Path $root 'src/AstroBin/Help/New-AstroBinHelp.ps1'),
        '-ModulePath', $moduleOut, '-SourcePath', (Join-Path $root 'src/AstroBin/Help'))
}

# The pages of docs/ that are generated: one a cmdlet in docs/cmdlets, and the error catalogue docs/errors.md.
function Invoke-Docs {
    Invoke-Build
    # A child pwsh, as for the MAML: the generator imports the built module.
    Invoke-Native dotnet @('pwsh', '-NoProfile', '-NonInteractive', '-File', (Join-Path $root 'src/AstroBin/Help/New-AstroBinDocs.ps1'),
        '-ModulePath', $moduleOut, '-SourcePath', (Join-Path $root 'src/AstroBin/Help'), '-OutputPath', (Join-Path $root 'docs'))
}

function Get-PesterModulePath {
    $path = Join-Path $packages "pester/$pesterVersion/tools/Pester.psd1"
    if (-not (Test-Path -LiteralPath $path)) {
        Invoke-Native dotnet @('restore', (Join-Path $root 'tests/pester/Pester.restore.csproj'), '--packages', $packages, '--nologo', '-v', 'quiet')
    }
    return $path
}

function Read-TrxCounts([string] $Path) {
    $run = ([xml](Get-Content -Raw -LiteralPath $Path)).TestRun
    $counters = $run.ResultSummary.Counters
    return [pscustomobject]@{
        Passed      = [int]$counters.passed
        Failed      = [int]$counters.failed + [int]$counters.error + [int]$counters.timeout + [int]$counters.aborted
        Skipped     = [int]$counters.notExecuted
        FailedNames = @($run.Results.UnitTestResult | Where-Object outcome -NE 'Passed' | Where-Object outcome -NE 'NotExecuted' | ForEach-Object testName)
    }
}

function Invoke-XunitTests {
    $results = Join-Path $out 'test-results'
    Remove-Item -Force -ErrorAction Ignore (Join-Path $results 'xunit.trx')
    & dotnet test (Join-Path $root 'tests/AstroBin.Tests/AstroBin.Tests.csproj') -c $Configuration --no-build --nologo `
        --logger 'trx;LogFileName=xunit.trx' --logger 'console;verbosity=normal' --results-directory $results | Out-Host
    $trx = Join-Path $results 'xunit.trx'
    if (-not (Test-Path -LiteralPath $trx)) { return [pscustomobject]@{ Passed = 0; Failed = 1; Skipped = 0; FailedNames = @('xunit: no results (the run did not finish)') } }
    return Read-TrxCounts $trx
}

function Invoke-PesterTests {
    $pester = Get-PesterModulePath
    $summary = Join-Path $out 'test-results/pester-summary.json'
    New-Item -ItemType Directory -Force -Path (Split-Path $summary) | Out-Null
    Remove-Item -Force -ErrorAction Ignore $summary
    # A child pwsh: a loaded module DLL cannot be unloaded, and the tests import the built module.
    & dotnet pwsh -NoProfile -NonInteractive -File (Join-Path $root 'tests/pester/Invoke-PesterSuite.ps1') `
        -PesterPath $pester -ModulePath $moduleOut -EmulatorDll $emulatorDll -SummaryPath $summary | Out-Host
    if (-not (Test-Path -LiteralPath $summary)) { return [pscustomobject]@{ Passed = 0; Failed = 1; Skipped = 0; FailedNames = @('Pester: no results (the run did not finish)') } }
    return Get-Content -Raw -LiteralPath $summary | ConvertFrom-Json
}

# The offline gallery's test (tests/AstroBin.Tests/Gallery) opens index.html in Debian's headless Chromium. CI runs
# as root on a fresh machine, where nothing installed by hand remains: so the package is installed here, once.
function Install-Chromium {
    if ($env:ASTROBIN_CHROMIUM) {
        if (Test-Path -LiteralPath $env:ASTROBIN_CHROMIUM) { return }
        throw "ASTROBIN_CHROMIUM names '$env:ASTROBIN_CHROMIUM', which does not exist: point it at a Chromium executable or unset it."
    }
    # The browser, and fonts for the test titles' scripts (Latin, Cyrillic, Greek, Arabic: DejaVu; Japanese: WenQuanYi).
    $packages = [ordered]@{ 'chromium' = '/usr/bin/chromium'; 'fonts-dejavu-core' = '/usr/share/fonts/truetype/dejavu'; 'fonts-wqy-microhei' = '/usr/share/fonts/truetype/wqy/wqy-microhei.ttc' }
    if (Test-Path -LiteralPath '/usr/bin/chromium') {
        # A machine set up by hand: the browser is enough for the tests; missing fonts only show as boxes in the screenshots.
        $missing = @($packages.Keys | Where-Object { -not (Test-Path -LiteralPath $packages[$_]) })
        if ($missing) { Write-Host "The gallery screenshots would lack fonts: apt-get install $($missing -join ' ') (as root) for every script to show." }
        return
    }
    $manual = "Install Debian's packages yourself ('apt-get install $($packages.Keys -join ' ')' as root), or set ASTROBIN_CHROMIUM to a Chromium or Chrome executable."
    if (-not $IsLinux -or -not (Get-Command apt-get -ErrorAction Ignore)) { throw "The gallery test needs Chromium. $manual" }
    $elevate = @()
    if ((& id -u) -ne '0') {
        if (-not (Get-Command sudo -ErrorAction Ignore)) { throw "The gallery test needs Chromium, and installing it needs root. $manual" }
        $elevate = @('sudo', '-n')
    }
    Write-Host 'Installing Chromium (Debian package) for the gallery test...'
    $log = Join-Path $out 'chromium-install.log'
    New-Item -ItemType Directory -Force -Path $out | Out-Null
    $apt = $elevate + @('env', 'DEBIAN_FRONTEND=noninteractive', 'apt-get', '-q', '-y', '-o', 'DPkg::Lock::Timeout=300')
    & $apt[0] @($apt[1..($apt.Count - 1)] + 'update') *> $log
    if ($LASTEXITCODE -eq 0) { & $apt[0] @($apt[1..($apt.Count - 1)] + 'install' + @($packages.Keys)) *>> $log }
    if ($LASTEXITCODE -ne 0 -or -not (Test-Path -LiteralPath '/usr/bin/chromium')) {
        Get-Content -LiteralPath $log -Tail 20 | Out-Host
        throw "Installing Chromium for the gallery test failed (apt-get exit code $LASTEXITCODE; the whole log: $log). $manual"
    }
}

function Invoke-Test {
    Install-Chromium
    # The Pester suite installs the package (out/packages) in a clean session.
    Invoke-Package
    $xunit = Invoke-XunitTests
    $pester = Invoke-PesterTests
    $passed = $xunit.Passed + $pester.Passed
    $failed = $xunit.Failed + $pester.Failed
    $skipped = $xunit.Skipped + $pester.Skipped
    Write-Host ''
    # The failed tests by name, just above the closing lines, where the tail of a CI log shows them.
    foreach ($name in @($xunit.FailedNames) + @($pester.FailedNames) | Where-Object { $_ }) { Write-Host "FAILED: $name" }
    Write-Host "xunit: $($xunit.Passed) passed, $($xunit.Failed) failed; Pester: $($pester.Passed) passed, $($pester.Failed) failed"
    $line = "Tests: $passed passed, $failed failed"
    if ($skipped -gt 0) { $line += ", $skipped skipped" }
    Write-Host $line
    if ($failed -gt 0 -or $passed -eq 0) { exit 1 }
}

function Invoke-Demo {
    Invoke-Build
    Import-Module (Join-Path $root 'tests/EmulatorProcess.psm1') -Force
    $emulator = Start-AstroBinEmulator -EmulatorDll $emulatorDll
    try {
        Write-Host "AstroBin API emulator at $($emulator.BaseUri)"
        $env:ASTROBIN_BASE_URI = $emulator.BaseUri
        $env:ASTROBIN_API_KEY = $emulator.ApiKey
        $env:ASTROBIN_API_SECRET = $emulator.ApiSecret
        & dotnet pwsh -NoProfile -NonInteractive -File (Join-Path $root 'tests/demo/demo.ps1') -ModulePath $moduleOut
        if ($LASTEXITCODE -ne 0) { throw "The demo failed (exit code $LASTEXITCODE)." }
    }
    finally {
        $emulator | Stop-AstroBinEmulator
        Remove-Item Env:ASTROBIN_BASE_URI, Env:ASTROBIN_API_KEY, Env:ASTROBIN_API_SECRET -ErrorAction Ignore
    }
}

function Invoke-Bench {
    Invoke-Build
    $results = Join-Path $out 'bench/results.md'
    New-Item -ItemType Directory -Force -Path (Split-Path $results) | Out-Null
    & dotnet pwsh -NoProfile -NonInteractive -File (Join-Path $root 'tests/bench/Invoke-Benchmarks.ps1') `
        -ModulePath $moduleOut -EmulatorDll $emulatorDll -ResultPath $results -LatencyMs $LatencyMs -Concurrency $Concurrency `
        -ParseBenchmarkDll (Join-Path $root "tests/AstroBin.Benchmarks/bin/$Configuration/net10.0/AstroBin.Benchmarks.dll")
    if ($LASTEXITCODE -ne 0) { throw "The benchmarks failed (exit code $LASTEXITCODE)." }
}

Push-Location $root
try {
    switch ($Task) {
        'Build' { Invoke-Build }
        'Package' { Invoke-Package }
        'Test' { Invoke-Test }
        'Demo' { Invoke-Demo }
        'Bench' { Invoke-Bench }
        'Docs' { Invoke-Docs }
    }
}
finally {
    Pop-Location
}
