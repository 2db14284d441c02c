# The requests that issue 16 (items 1 and 7) and issue 15 ("Requests") count: what each pipeline costs, read from
# the emulator's own counters (/_emulator/requests). The module must be imported and configured for the emulator;
# each scenario uses images of its own (a new emulator user) so that the session cache holds none of them.
# Returns one row a scenario: Scenario, List, Detail, File (requests the emulator received) and Note.
param(
    # The emulator's scheme and authority, such as http://127.0.0.1:5000.
    [Parameter(Mandatory)] [string] $Root,
    # Where the scenarios save and sync (a folder of its own is made below it for each).
    [Parameter(Mandatory)] [string] $Scratch,
    [int] $Images = 40
)

$ErrorActionPreference = 'Stop'

function New-EmulatorUser([string] $Name, [int] $Count, [int] $Revisions) {
    @(Invoke-RestMethod -Method Post "$Root/_emulator/images?user=$Name&count=$Count&revisions=$Revisions")
}
function New-Folder { (New-Item -ItemType Directory -Path (Join-Path $Scratch ([guid]::NewGuid()))).FullName }
function Measure-Scenario([string] $Scenario, [scriptblock] $Script) {
    $before = Invoke-RestMethod "$Root/_emulator/requests"
    # A failed item is counted, not thrown: the scenario goes on as a user's pipeline would.
    $ErrorActionPreference = 'Continue'
    $output = @(& $Script 2>&1)
    $after = Invoke-RestMethod "$Root/_emulator/requests"
    $failed = @($output | Where-Object { $_ -is [System.Management.Automation.ErrorRecord] -or ($_.PSObject.Properties['Action'] -and "$($_.Action)" -eq 'Failed') }).Count
    [pscustomobject]@{
        Scenario = $Scenario
        List     = $after.list - $before.list
        Detail   = $after.detail - $before.detail
        File     = $after.file - $before.file
        Failed   = $failed
    }
}

$tag = [guid]::NewGuid().ToString('N').Substring(0, 6)

# Item 1: numbers piped to Sync-AstroBinImage (0.2.0 asked image/<n>/ one at a time: 404 for every image with a hash).
$user = "rcnumbers$tag"
$null = New-EmulatorUser $user $Images 0
$numbers = @((Search-AstroBinImage -User $user).Id)
$folder = New-Folder
Measure-Scenario "$($numbers.Count) image numbers | Sync-AstroBinImage -Size Thumb" { $numbers | Sync-AstroBinImage -Path $folder -Size Thumb }

# Item 7: a search piped to Get-AstroBinImage (the list record is the full record).
$user = "rcsearch$tag"
$null = New-EmulatorUser $user $Images 0
Measure-Scenario "Search-AstroBinImage -User ($Images images) | Get-AstroBinImage" { Search-AstroBinImage -User $user | Get-AstroBinImage }

# Item 7: a collection piped to Save-AstroBinImage, against the same through Get-AstroBinImage. Cold cache first.
$collection = Get-AstroBinCollection -Name 'Complete works' -NoCache | Select-Object -First 1
$saved = New-Folder
Measure-Scenario "Get-AstroBinCollection ($($collection.ImageIds.Count) images) | Save-AstroBinImage -Size Thumb" { Get-AstroBinCollection -Id $collection.Id -NoCache | Save-AstroBinImage -Path $saved -Size Thumb }
$other = New-Folder
Measure-Scenario "Get-AstroBinCollection | Get-AstroBinImage -NoCache | Save-AstroBinImage -Size Thumb" { Get-AstroBinCollection -Id $collection.Id -NoCache | Get-AstroBinImage -NoCache | Save-AstroBinImage -Path $other -Size Thumb }

# Item 7: saving files that are already there (skipped: no file request).
Measure-Scenario "the same Save-AstroBinImage again (every file exists)" { Get-AstroBinImage -Collection $collection | Save-AstroBinImage -Path $other -Size Thumb -WarningAction SilentlyContinue }

# Issue 15 "Requests": a first sync of N images with R revisions and S sizes, then one more size.
$user = "rcsync$tag"
$null = New-EmulatorUser $user $Images 1
$folder = New-Folder
Measure-Scenario "first Sync-AstroBinImage -User ($Images images, $Images revisions, 2 sizes, -IncludeRevision)" { Sync-AstroBinImage -User $user -Path $folder -Size Thumb, Gallery -IncludeRevision }
Measure-Scenario "  the same with one size more (Regular)" { Sync-AstroBinImage -User $user -Path $folder -Size Thumb, Gallery, Regular -IncludeRevision }

# Issue 15 "Requests": a piped image object is not fetched again.
$user = "rcpiped$tag"
$null = New-EmulatorUser $user $Images 0
$listed = @(Search-AstroBinImage -User $user)
$folder = New-Folder
Measure-Scenario "$($listed.Count) image objects | Sync-AstroBinImage -Size Thumb" { $listed | Sync-AstroBinImage -Path $folder -Size Thumb }
