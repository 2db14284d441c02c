# Starts and stops the AstroBin API emulator as a separate process on a free loopback port.
# Used by build.ps1 (Demo, Test) and by the Pester suite.

Set-StrictMode -Version Latest

$script:DefaultApiKey = '0123456789abcdef0123456789abcdef01234567'
$script:DefaultApiSecret = 'fedcba9876543210fedcba9876543210fedcba98'

function Start-AstroBinEmulator {
    [CmdletBinding()]
    param(
        # The built emulator (dotnet build tests/AstroBin.Emulator).
        [Parameter(Mandatory)] [string] $EmulatorDll,
        [string] $ApiKey = $script:DefaultApiKey,
        [string] $ApiSecret = $script:DefaultApiSecret,
        [int] $TimeoutSeconds = 60,
        # More emulator options, e.g. '--latency-ms', 30, '--images', 25000, '--fault-rate', '0.2', '--faults', '503,reset'.
        [string[]] $ArgumentList = @()
    )
    if (-not (Test-Path -LiteralPath $EmulatorDll)) { throw "The emulator is not built: '$EmulatorDll' is missing. Run ./build.ps1 -Task Build first." }
    $info = [System.Diagnostics.ProcessStartInfo]::new('dotnet')
    foreach ($argument in @($EmulatorDll, '--urls', 'http://127.0.0.1:0', '--api-key', $ApiKey, '--api-secret', $ApiSecret) + $ArgumentList) { $info.ArgumentList.Add($argument) }
    $info.RedirectStandardOutput = $true
    $info.RedirectStandardError = $true
    $info.UseShellExecute = $false
    $process = [System.Diagnostics.Process]::Start($info)
    $deadline = [DateTime]::UtcNow.AddSeconds($TimeoutSeconds)
    while ([DateTime]::UtcNow -lt $deadline) {
        $line = $process.StandardOutput.ReadLineAsync()
        if (-not $line.Wait([Math]::Max(1, ($deadline - [DateTime]::UtcNow).TotalMilliseconds))) { break }
        if ($null -eq $line.Result) { break }
        if ($line.Result -match 'listening on (?<uri>http://\S+)') {
            return [pscustomobject]@{
                PSTypeName = 'AstroBin.EmulatorProcess'
                BaseUri    = $Matches.uri
                ApiKey     = $ApiKey
                ApiSecret  = $ApiSecret
                Process    = $process
            }
        }
    }
    $errorText = if ($process.HasExited) { $process.StandardError.ReadToEnd() } else { '' }
    if (-not $process.HasExited) { $process.Kill($true) }
    throw "The AstroBin emulator did not start within $TimeoutSeconds s. $errorText"
}

function Stop-AstroBinEmulator {
    [CmdletBinding()]
    param([Parameter(ValueFromPipeline)] $Emulator)
    process {
        if ($null -ne $Emulator -and -not $Emulator.Process.HasExited) {
            $Emulator.Process.Kill($true)
            $null = $Emulator.Process.WaitForExit(10000)
        }
    }
}

Export-ModuleMember -Function Start-AstroBinEmulator, Stop-AstroBinEmulator
