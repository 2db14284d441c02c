# Runs every Pester test file in this folder against the built module and a fresh emulator process,
# and writes the counts and the failed tests' names to -SummaryPath for build.ps1's closing lines.
param(
    [Parameter(Mandatory)] [string] $PesterPath,
    [Parameter(Mandatory)] [string] $ModulePath,
    [Parameter(Mandatory)] [string] $EmulatorDll,
    [Parameter(Mandatory)] [string] $SummaryPath,
    # While working on one area: only these test files (names in this folder, wildcards allowed; 'a,b' from -File).
    [string[]] $Include = @('*.Tests.ps1')
)

$ErrorActionPreference = 'Stop'
$PSStyle.OutputRendering = 'PlainText'
Import-Module (Resolve-Path -LiteralPath $PesterPath).Path
Import-Module (Join-Path $PSScriptRoot '../EmulatorProcess.psm1')

$emulator = Start-AstroBinEmulator -EmulatorDll $EmulatorDll
try {
    $data = @{ ModulePath = (Resolve-Path $ModulePath).Path; BaseUri = $emulator.BaseUri; ApiKey = $emulator.ApiKey; ApiSecret = $emulator.ApiSecret; EmulatorDll = $EmulatorDll }
    $configuration = New-PesterConfiguration
    $configuration.Run.Container = New-PesterContainer -Path ($Include -split ',' | ForEach-Object { Join-Path $PSScriptRoot $_.Trim() }) -Data $data
    $configuration.Run.PassThru = $true
    $configuration.Output.Verbosity = 'Detailed'
    $configuration.Output.RenderMode = 'Plaintext'
    $result = Invoke-Pester -Configuration $configuration
}
finally {
    $emulator | Stop-AstroBinEmulator
}
$failedNames = @($result.Failed | ForEach-Object ExpandedPath) + @($result.FailedBlocks | ForEach-Object ExpandedPath) +
    @($result.FailedContainers | ForEach-Object { "$($_.Item)" })
@{
    Passed = $result.PassedCount; Failed = $result.FailedCount + $result.FailedBlocksCount + $result.FailedContainersCount
    Skipped = $result.SkippedCount; FailedNames = @($failedNames)
} | ConvertTo-Json | Set-Content -LiteralPath $SummaryPath
