# The AstroBin module's main job, one cmdlet call per example of the AstroBin API documentation.
# build.ps1 -Task Demo runs it against the bundled emulator (ASTROBIN_BASE_URI, ASTROBIN_API_KEY and
# ASTROBIN_API_SECRET point at it); with a real key and no ASTROBIN_BASE_URI it runs against AstroBin.
param([Parameter(Mandatory)] [string] $ModulePath)

$ErrorActionPreference = 'Stop'
$PSStyle.OutputRendering = 'PlainText'
Import-Module $ModulePath

function Show-Example([string] $Title, [scriptblock] $Example) {
    Write-Host ''
    Write-Host "PS> $($Example.ToString().Trim())" -ForegroundColor Cyan
    Write-Host "    # $Title"
    & $Example | Out-Host
}

$imageColumns = @('ImageId', @{ n = 'Title'; e = { if ($_.Title.Length -gt 40) { $_.Title.Substring(0, 39) + '…' } else { $_.Title } } }, 'User', 'Uploaded')

Show-Example 'Where the key and the API come from' { Get-AstroBinApiKey; Get-AstroBinConfiguration }
Show-Example "Today's Image of the Day, then the image itself and its author" {
    Get-AstroBinImageOfTheDay | Get-AstroBinImage | Get-AstroBinUser | Format-Table Username, RealName, ImageCount, FollowersCount
}
Show-Example "Yesterday's Image of the Day" { Get-AstroBinImageOfTheDay -Offset 1 | Format-Table Date, ImageId }
Show-Example 'An image by id' { Get-AstroBinImage -Id yx76x9 | Format-List ImageId, Title, User, Uploaded, Subjects, Ra, Dec, PixScale, Likes, Url }
Show-Example 'Images of M31 (by plate-solved subject)' { Search-AstroBinImage -Subject M31 -First 5 | Format-Table $imageColumns }
Show-Example 'Images by one user' { Search-AstroBinImage -User crgood2 -First 5 | Format-Table $imageColumns }
Show-Example "Titles containing 'andromeda' (any case), with the total count" {
    Search-AstroBinImage -TitleContains andromeda -First 3 -IncludeTotalCount | Format-Table $imageColumns
}
Show-Example "Descriptions containing 'wind'" { Search-AstroBinImage -DescriptionContains wind -First 3 | Format-Table $imageColumns }
Show-Example "Titles starting with 'M 42', oldest first" { Search-AstroBinImage -TitleStartsWith 'M 42' -OrderBy Uploaded -First 3 | Format-Table $imageColumns }
Show-Example 'Uploaded in January 2024' {
    Search-AstroBinImage -UploadedAfter 2024-01-01 -UploadedBefore 2024-02-01 -First 5 | Format-Table $imageColumns
}
Show-Example 'Several filters at once, plus a raw server lookup' {
    Search-AstroBinImage -TitleContains nebula -UploadedAfter 2020-01-01 -Filter @{ w__gte = 3000 } -OrderBy Title -First 5 |
        Format-Table ImageId, Title, Width, Uploaded
}
Show-Example 'A user by name, then the same profile by its number' {
    $user = Get-AstroBinUser -Username crgood2
    Get-AstroBinUser -Id $user.Id | Format-Table Id, Username, RealName, ImageCount, DateJoined
}
Show-Example 'Bad input gets a clear error, and the pipeline goes on' {
    'nosuch1', 'yx76x9' | Get-AstroBinImage -ErrorAction Continue 2>&1 | ForEach-Object { if ($_ -is [System.Management.Automation.ErrorRecord]) { "error $($_.FullyQualifiedErrorId): $_" } else { "image $($_.ImageId): $($_.Title)" } }
}
