# The AstroBin module's main job, one cmdlet call per example of the AstroBin API documentation.
# build.ps1 -Task Demo runs it against the bundled emulator (ASTROBIN_BASE_URI, ASTROBIN_API_KEY and
# ASTROBIN_API_SECRET point at it); with a real key and no ASTROBIN_BASE_URI it runs against AstroBin.
param([Parameter(Mandatory)] [string] $ModulePath)

$ErrorActionPreference = 'Stop'
$PSStyle.OutputRendering = 'PlainText'
Import-Module $ModulePath

function Show-Example([string] $Title, [scriptblock] $Example) {
    Write-Host ''
    Write-Host "PS> $($Example.ToString().Trim())"
    Write-Host "    # $Title"
    & $Example | Out-String -Width 120 | Write-Host
}

Show-Example 'Where the key comes from (the secret is never shown)' { Get-AstroBinApiKey }
Show-Example 'The API in use and the fair-use settings' { Get-AstroBinConfiguration | Format-List BaseUri, BaseUriSource, MaxRequestsPerSecond, MaxConcurrency, MaxRetry, TimeoutSec }
Show-Example "Today's Image of the Day, then the image itself and its author" {
    Get-AstroBinImageOfTheDay | Get-AstroBinImage | Get-AstroBinUser
}
Show-Example "Yesterday's Image of the Day" { Get-AstroBinImageOfTheDay -Offset 1 }
Show-Example 'The last three, with the titles and authors of their images' { Get-AstroBinImageOfTheDay -Last 3 -IncludeImage }
Show-Example 'An image by id' { Get-AstroBinImage -Id yx76x9 | Format-List ImageId, Title, User, Uploaded, Subjects, Ra, Dec, PixScale, Likes, Url }
Show-Example 'Images of M31 (by plate-solved subject)' { Search-AstroBinImage -Subject M31 -First 5 }
Show-Example 'Images by one user' { Search-AstroBinImage -User crgood2 }
Show-Example "Titles containing 'andromeda' (any case), with the total count" { Search-AstroBinImage -TitleContains andromeda -First 3 -IncludeTotalCount }
Show-Example "Descriptions containing 'wind'" { Search-AstroBinImage -DescriptionContains wind -First 3 }
Show-Example "Titles starting with 'M 42', oldest first" { Search-AstroBinImage -TitleStartsWith 'M 42' -OrderBy Uploaded -First 3 }
Show-Example 'Uploaded in January 2024' { Search-AstroBinImage -UploadedAfter 2024-01-01 -UploadedBefore 2024-02-01 -First 5 }
Show-Example 'Several filters at once, plus a raw server lookup' {
    Search-AstroBinImage -TitleContains nebula -UploadedAfter 2020-01-01 -Filter @{ w__gte = 3000 } -OrderBy Title -First 5
}
Show-Example 'A user by name, then the same profile by its number' {
    $user = Get-AstroBinUser -Username crgood2
    Get-AstroBinUser -Id $user.Id
}
Show-Example 'The newest top picks, and the images behind them' { Get-AstroBinTopPick -First 3 | Get-AstroBinImage }
Show-Example "A collection's images, in the collection's order" { Get-AstroBinCollection -Id 474 | Get-AstroBinImage | Select-Object -First 3 }
Show-Example "An image's revisions and where it was taken" {
    Get-AstroBinImage o00bdf | Get-AstroBinImageRevision | Format-Table Id, Label, Title, Uploaded, IsFinal
    Get-AstroBinImage o00bdf | Get-AstroBinLocation
}
Show-Example 'Any path the typed cmdlets do not cover' { (Invoke-AstroBinApi 'image/set/399902;399372/').objects | Format-Table id, title, user }
Show-Example 'One page of a search that one broken record poisons: every good record, one named error' {
    Search-AstroBinImage -User archive_scans -First 12 -ErrorAction Continue 2>&1 |
        ForEach-Object { if ($_ -is [System.Management.Automation.ErrorRecord]) { "error $($_.FullyQualifiedErrorId.Split(',')[0]): $($_.TargetObject)" } else { "image $($_.ImageId): $($_.Title)" } }
}
$folder = Join-Path ([IO.Path]::GetTempPath()) "astrobin-demo-$PID"
$null = New-Item -ItemType Directory -Path $folder
try {
    Show-Example 'Download the thumbnails of a search (a temporary file renamed when complete)' {
        Search-AstroBinImage -TitleContains 'horsehead' -First 3 | Save-AstroBinImage -Size Thumb -Path $folder -PassThru | Format-Table Name, Length
    }
    $backup = Join-Path $folder 'backup'
    Show-Example "A backup of a user's newest images: records, files, revisions, a manifest and an offline gallery" {
        Search-AstroBinImage -User astro_björn -First 8 | Sync-AstroBinImage -Path $backup -Size Gallery -IncludeRevision
    }
    Show-Example 'The same backup again: nothing changed, so no detail or file was asked for' {
        Search-AstroBinImage -User astro_björn -First 8 | Sync-AstroBinImage -Path $backup -Size Gallery -IncludeRevision | Group-Object Action -NoElement
    }
    Show-Example 'What is on disk, checked against the manifest without a request' {
        Sync-AstroBinImage -Path $backup -Verify | Group-Object Action -NoElement
        Get-ChildItem -LiteralPath $backup | Select-Object -First 4 | Format-Table Name, Length
    }
}
finally {
    Remove-Item -Recurse -Force -LiteralPath $folder
}
Show-Example 'Bad input gets a clear error, and the pipeline goes on' {
    'nosuch1', 'ab/cd', 'yx76x9' | Get-AstroBinImage -ErrorAction Continue 2>&1 |
        ForEach-Object { if ($_ -is [System.Management.Automation.ErrorRecord]) { "error $($_.FullyQualifiedErrorId.Split(',')[0]): $_" } else { "image $($_.ImageId): $($_.Title)" } }
}
