# The module against what a PowerShell user would write instead (an Invoke-RestMethod loop following
# meta.next), side by side in one run, on the emulator with injected latency. build.ps1 -Task Bench runs it.
param(
    [Parameter(Mandatory)] [string] $ModulePath,
    [Parameter(Mandatory)] [string] $EmulatorDll,
    [Parameter(Mandatory)] [string] $ParseBenchmarkDll,
    [Parameter(Mandatory)] [string] $ResultPath,
    [int] $LatencyMs = 30,
    [int] $Concurrency = 8,
    [int] $Runs = 5
)

$ErrorActionPreference = 'Stop'
$PSStyle.OutputRendering = 'PlainText'
Import-Module (Join-Path $PSScriptRoot '../EmulatorProcess.psm1')

function Measure-Median([int] $Count, [scriptblock] $Script) {
    $times = foreach ($run in 1..$Count) {
        $clock = [Diagnostics.Stopwatch]::StartNew()
        $null = & $Script
        $clock.Elapsed.TotalMilliseconds
    }
    $sorted = @($times | Sort-Object)
    return $sorted[[int][Math]::Floor(($sorted.Count - 1) / 2)]
}

function Invoke-Pwsh([string] $Command) {
    $output = & dotnet pwsh -NoProfile -NonInteractive -Command $Command
    if ($LASTEXITCODE -ne 0) { throw "pwsh -Command failed: $Command" }
    return $output
}

$rows = [System.Collections.Generic.List[object]]::new()
function Add-Row([string] $Measure, [double] $Module, [double] $Baseline, [string] $BaselineName, [string] $Unit, [string] $Target, [bool] $Met) {
    $rows.Add([pscustomobject]@{
            Measure  = $Measure
            Module   = ('{0:N1} {1}' -f $Module, $Unit)
            Baseline = ('{0:N1} {1} ({2})' -f $Baseline, $Unit, $BaselineName)
            Ratio    = if ($Baseline -ne 0) { '{0:N2}' -f ($Module / $Baseline) } else { '-' }
            Target   = $Target
            Met      = if ($Met) { 'yes' } else { 'NO' }
        })
}

$emulator = Start-AstroBinEmulator -EmulatorDll $EmulatorDll -ArgumentList '--latency-ms', $LatencyMs, '--images', 25000
try {
    $base = $emulator.BaseUri
    $root = ([uri]$base).GetLeftPart('Authority')
    $auth = "format=json&api_key=$($emulator.ApiKey)&api_secret=$($emulator.ApiSecret)"
    $setup = @"
Import-Module '$ModulePath'
Set-AstroBinConfiguration -BaseUri '$base' -MaxConcurrency $Concurrency -MaxRequestsPerSecond 1000
Set-AstroBinApiKey -ApiKey '$($emulator.ApiKey)' -ApiSecret (ConvertTo-SecureString '$($emulator.ApiSecret)' -AsPlainText -Force)
"@
    Invoke-Expression $setup

    # 1. A 5,000-image search: 200 pages of 25.
    $pages = 5000 / 25
    $module = Measure-Median $Runs { Search-AstroBinImage -First 5000 | Measure-Object }
    $loop = Measure-Median $Runs {
        $uri = "${base}image/?$auth&limit=25"; $count = 0
        while ($uri -and $count -lt 5000) {
            $page = Invoke-RestMethod $uri
            $count += $page.objects.Count
            $uri = if ($page.meta.next) { $root + $page.meta.next } else { $null }
        }
    }
    $bound = $pages * $LatencyMs / $Concurrency
    Add-Row '5,000-image search' $module $loop 'Invoke-RestMethod loop' 'ms' '<= 0.25x the loop' ($module -le 0.25 * $loop)
    Add-Row '5,000-image search vs lower bound' $module $bound "$pages pages x $LatencyMs ms / $Concurrency" 'ms' '<= 1.5x the bound' ($module -le 1.5 * $bound)

    # 2. 200 ids piped to Get-AstroBinImage (cache off: every id is a request).
    $ids = (Search-AstroBinImage -First 200).ImageId
    $module = Measure-Median $Runs { $ids | Get-AstroBinImage -NoCache | Measure-Object }
    $loop = Measure-Median $Runs { foreach ($id in $ids) { Invoke-RestMethod "${base}image/$id/?$auth" } }
    Add-Row '200 piped ids' $module $loop 'Invoke-RestMethod loop' 'ms' '<= 0.25x the loop' ($module -le 0.25 * $loop)

    # 3. Time to the first object of a large search.
    $module = Measure-Median ($Runs * 3) { Search-AstroBinImage -First 5000 | Select-Object -First 1 }
    Add-Row 'time to first object' $module $LatencyMs 'one request''s latency' 'ms' '<= latency + 50 ms' ($module -le $LatencyMs + 50)

    # 4. Peak memory (whole process) of a short and a long search, each in a fresh pwsh.
    $peak = @{}
    foreach ($first in 1000, 20000) {
        $peak[$first] = [double](Invoke-Pwsh "$setup; `$null = Search-AstroBinImage -First $first | Measure-Object; [Diagnostics.Process]::GetCurrentProcess().PeakWorkingSet64" | Select-Object -Last 1) / 1MB
    }
    Add-Row 'peak memory, -First 20000 vs -First 1000' $peak[20000] $peak[1000] '-First 1000' 'MB' '<= +30 MB' ($peak[20000] - $peak[1000] -le 30)

    # 6. Batched lookups at the DEFAULT settings (4 requests a second, 4 at once: what AstroBin sees), once each,
    # against one request per id (what 0.1.0 sent) in the same run. Requests are counted by the emulator.
    Reset-AstroBinConfiguration
    Set-AstroBinConfiguration -BaseUri $base
    function Measure-Requests([scriptblock] $Script) {
        $before = (Invoke-RestMethod "$root/_emulator/stats").requests
        $clock = [Diagnostics.Stopwatch]::StartNew()
        $count = @(& $Script).Count
        [pscustomobject]@{ Objects = $count; Requests = (Invoke-RestMethod "$root/_emulator/stats").requests - $before; Ms = $clock.Elapsed.TotalMilliseconds }
    }
    $collection = Get-AstroBinCollection -Name 'Complete works'
    $batched = Measure-Requests { Get-AstroBinCollection -Id $collection.Id -NoCache | Get-AstroBinImage -NoCache }
    $perId = Measure-Requests { Get-AstroBinCollection -Id $collection.Id -NoCache; foreach ($id in $collection.ImageIds) { Get-AstroBinImage -Id $id -NoCache } }
    Add-Row "Get-AstroBinCollection | Get-AstroBinImage, $($batched.Objects) images: requests" $batched.Requests $perId.Requests 'one request per id' 'requests' '<= 2' ($batched.Requests -le 2)
    Add-Row "  the same: time at the default settings" $batched.Ms $perId.Ms 'one request per id' 'ms' 'faster' ($batched.Ms -lt $perId.Ms)
    $numbers = @((Search-AstroBinImage -First 200 -Skip 1000).Id)
    $batched = Measure-Requests { $numbers | Get-AstroBinImage -NoCache }
    $perId = Measure-Requests { foreach ($number in $numbers) { Get-AstroBinImage -Id $number -NoCache } }
    Add-Row "$($batched.Objects) piped image numbers: requests" $batched.Requests $perId.Requests 'one request per id' 'requests' '<= 3' ($batched.Requests -le 3)
    Add-Row "  the same: time at the default settings" $batched.Ms $perId.Ms 'one request per id' 'ms' 'faster' ($batched.Ms -lt $perId.Ms)

    # 7. Requests of the pipelines issue 16 (items 1 and 7) and issue 15 ("Requests") count, from the emulator's
    # counters (API requests: list + detail; file hops apart), against what 0.2.0 sent for the same pipeline
    # (measured on 0.2.0 with the same scenarios, tests/bench/Measure-RequestCounts.ps1, 40 images).
    $before020 = @{
        'numbers'    = @{ Api = 40; File = 0; Note = '40 errors: image/<n>/ is 404 for a hashed image' }
        'search'     = @{ Api = 42; File = 0 }
        'collection' = @{ Api = 101; File = 200 }
        # The collection's owner has 325 images: 0.2.0 read them through the owner's list, 13 pages and the collection.
        'through'    = @{ Api = 14; File = 200 }
        'again'      = @{ Api = 0; File = 200 }
        'first'      = @{ Api = 82; File = 320 }
        'size'       = @{ Api = 82; File = 480 }
        'objects'    = @{ Api = 40; File = 80 }
    }
    $keys = 'numbers', 'search', 'collection', 'through', 'again', 'first', 'size', 'objects'
    # A collection piped to Save costs what it costs through Get (issue 16 item 7): that row's own count, this run.
    # A first sync with -User: 2 list pages, 1 revision multi-get, and the one check that the user exists.
    $targets = @{ numbers = 1; search = 2; collection = $null; through = 14; again = 0; first = 4; size = 3; objects = 0 }
    $scratch = (New-Item -ItemType Directory -Path (Join-Path ([IO.Path]::GetTempPath()) "bench-requests-$([guid]::NewGuid())")).FullName
    try {
        Set-AstroBinConfiguration -MaxRequestsPerSecond 1000
        $counted = @(& (Join-Path $PSScriptRoot 'Measure-RequestCounts.ps1') -Root $root -Scratch $scratch -Images 40)
        $targets.collection = $counted[[array]::IndexOf($keys, 'through')].List + $counted[[array]::IndexOf($keys, 'through')].Detail
        for ($index = 0; $index -lt $counted.Count; $index++) {
            $row = $counted[$index]; $key = $keys[$index]; $old = $before020[$key]
            $api = $row.List + $row.Detail
            Add-Row "$($row.Scenario): API requests" $api $old.Api '0.2.0' 'requests' "<= $($targets[$key])" ($api -le $targets[$key] -and $row.Failed -eq 0)
            # 0.2.0 synced none of the numbers (so fetched no file): only the other rows compare their file hops.
            if ($key -ne 'numbers' -and $row.File -ne $old.File) { Add-Row "  the same: file hops" $row.File $old.File '0.2.0' 'requests' '<= 0.2.0' ($row.File -le $old.File) }
        }
    }
    finally {
        Remove-Item -LiteralPath $scratch -Recurse -Force -ErrorAction SilentlyContinue
    }

    # 8. First syncs of 120 and 500 images with one revision each (Thumb only, to keep the run short): the requests
    # (the emulator's count) against issue 15's target, and the bytes the manifest and its journal wrote (all the
    # child process wrote, less the files it left besides the manifest; Linux only) against 0.2.0, which wrote the
    # whole manifest after each image: the manifest of k images for k = 1..N, computed from this run's manifest.
    if (Test-Path /proc/self/io) {
        $syncSetup = $setup -replace '-MaxConcurrency \d+', "-MaxConcurrency $Concurrency"
        foreach ($count in 120, 500) {
            $user = "bench_sync_$count"
            $null = Invoke-RestMethod -Method Post "$root/_emulator/images?user=$user&count=$count&revisions=1"
            $folder = (New-Item -ItemType Directory -Path (Join-Path ([IO.Path]::GetTempPath()) "bench-sync-$([guid]::NewGuid())")).FullName
            try {
                $before = (Invoke-RestMethod "$root/_emulator/stats").requests
                $written = [double](Invoke-Pwsh ("$syncSetup`n" + '$io = { [long]((@(Get-Content /proc/self/io) -match ''^wchar'') -split '' '')[1] }; $start = & $io; ' +
                        "`$null = Sync-AstroBinImage -User $user -Path '$folder' -Size Thumb -IncludeRevision; (& `$io) - `$start") | Select-Object -Last 1)
                $requests = (Invoke-RestMethod "$root/_emulator/stats").requests - $before
                $manifest = (Get-Item -LiteralPath (Join-Path $folder 'astrobin-sync.json')).Length
                $files = (Get-ChildItem -LiteralPath $folder -Recurse -File -Force | Where-Object Name -NE 'astrobin-sync.json' | Measure-Object Length -Sum).Sum
                # Issue 15's target, and the one request that checks the user exists (issue 16 item 5).
                $target = [Math]::Ceiling($count / 25) + [Math]::Ceiling($count / 100) + 2 * 2 * $count + 1
                Add-Row "first sync, $count images + revisions: requests" $requests $target 'issue 15: N/25 + R/100 + 2 hops a file, + the user check' 'requests' '<= the target' ($requests -le $target)
                Add-Row "  the same: manifest and journal bytes written" (($written - $files) / 1MB) ($manifest * ($count + 1) / 2 / 1MB) '0.2.0: the manifest after each image' 'MB' '<= 3x the manifest' ($written - $files -le 3 * $manifest)
            }
            finally { Remove-Item -LiteralPath $folder -Recurse -Force }
        }
    }
}
finally {
    $emulator | Stop-AstroBinEmulator
}

# 5. Parsing one 25-image page: BenchmarkDotNet, in process.
$artifacts = Join-Path (Split-Path $ResultPath) 'bdn'
& dotnet $ParseBenchmarkDll --filter '*ParseBenchmarks*' --artifacts $artifacts | Out-Null
if ($LASTEXITCODE -ne 0) { throw 'The parse benchmark failed.' }
$report = Import-Csv (Get-ChildItem (Join-Path $artifacts 'results') -Filter '*ParseBenchmarks-report.csv').FullName
function ConvertTo-Microseconds([string] $Text) {
    $number, $unit = $Text -split ' '
    $value = [double]::Parse($number.Replace(',', ''), [Globalization.CultureInfo]::InvariantCulture)
    switch ($unit) { 'ns' { $value / 1000 } 'μs' { $value } 'us' { $value } 'ms' { $value * 1000 } default { throw "Unknown unit '$unit'." } }
}
$moduleParse = ConvertTo-Microseconds ($report | Where-Object Method -EQ 'Module').Mean
$jsonParse = ConvertTo-Microseconds ($report | Where-Object Method -EQ 'ConvertFromJson').Mean
Add-Row 'parse one 25-image page' $moduleParse $jsonParse 'ConvertFrom-Json' 'us' '>= 5x faster' ($jsonParse -ge 5 * $moduleParse)

# 6. Import time: fresh processes, medians.
$importRuns = [Math]::Max(5, $Runs)
$empty = Measure-Median $importRuns { Invoke-Pwsh '' }
$astrobin = Measure-Median $importRuns { Invoke-Pwsh "Import-Module '$ModulePath'" }
$psrg = Measure-Median $importRuns { Invoke-Pwsh 'Import-Module Microsoft.PowerShell.PSResourceGet' }
Add-Row 'added import time' ($astrobin - $empty) ($psrg - $empty) 'PSResourceGet' 'ms' '<= 1/3 of PSResourceGet' (($astrobin - $empty) -le ($psrg - $empty) / 3)

# The same, timed inside a running pwsh (Measure-Command): the module's own share, without process start-up.
function Measure-Import([string] $Module) {
    $times = foreach ($run in 1..$importRuns) { [double](Invoke-Pwsh "(Measure-Command { Import-Module $Module }).TotalMilliseconds" | Select-Object -Last 1) }
    $sorted = @($times | Sort-Object)
    return $sorted[[int][Math]::Floor(($sorted.Count - 1) / 2)]
}
$astrobin = Measure-Import "'$ModulePath'"
$psrg = Measure-Import 'Microsoft.PowerShell.PSResourceGet'
Add-Row 'Import-Module in a running pwsh' $astrobin $psrg 'PSResourceGet' 'ms' '<= 1/3 of PSResourceGet' ($astrobin -le $psrg / 3)

$header = "Latency $LatencyMs ms per request, MaxConcurrency $Concurrency, rate limit 1000/s, medians of $Runs runs; $([Runtime.InteropServices.RuntimeInformation]::OSDescription), $([Environment]::ProcessorCount) cores, PowerShell $($PSVersionTable.PSVersion)."
$table = $rows | Format-Table -AutoSize | Out-String -Width 200
Write-Host $header
Write-Host $table
$markdown = @($header, '', '| measure | module | baseline | ratio | target | met |', '| --- | --- | --- | --- | --- | --- |') +
    ($rows | ForEach-Object { "| $($_.Measure -replace '\|', '\|') | $($_.Module) | $($_.Baseline) | $($_.Ratio) | $($_.Target) | $($_.Met) |" })
Set-Content -LiteralPath $ResultPath -Value $markdown
Write-Host "Results: $ResultPath"
