# Views (AstroBin.Format.ps1xml), CSV/JSON export, public page URLs and Show-AstroBinImage.
param(
    [Parameter(Mandatory)] [string] $ModulePath,
    [Parameter(Mandatory)] [string] $BaseUri,
    [Parameter(Mandatory)] [string] $ApiKey,
    [Parameter(Mandatory)] [string] $ApiSecret,
    [string] $EmulatorDll
)

BeforeAll {
    Import-Module $ModulePath -Force
    Set-AstroBinConfiguration -BaseUri $BaseUri
    Set-AstroBinApiKey -ApiKey $ApiKey -ApiSecret (ConvertTo-SecureString $ApiSecret -AsPlainText -Force)
    $script:Images = @(Search-AstroBinImage -First 30)
    $script:Solved = Get-AstroBinImage -Id yx76x9
}

Describe 'Table views' {
    It 'shows images as image id, title, user, uploaded, likes, subjects within 120 columns' {
        $lines = ($Images + $Solved | Format-Table | Out-String -Width 120) -split "`r?`n" | Where-Object { $_.Trim() }
        # The column is the ImageId property (the hash, or the number of an old image), so it is named ImageId: Select-Object ImageId gives it.
        ($lines[0] -split '\s+' | Where-Object { $_ }) | Should -Be @('ImageId', 'Title', 'User', 'Uploaded', 'Likes', 'Subjects')
        foreach ($line in $lines) { $line.TrimEnd().Length | Should -BeLessOrEqual 120 }
        $row = $lines | Where-Object { $_ -like 'yx76x9 *' }
        $row | Should -Match 'NGC 1316'
        $row | Should -Match 'Fornax A; Fornax B'
        $row | Should -Match "\b$($Solved.Uploaded.ToString('yyyy-MM-dd'))\b"
    }

    It 'renders a stable image table snapshot' {
        $image = [AstroBin.Image]@{ Hash = 'abc123'; Title = 'M 31 in HaLRGB'; User = 'stargazer'; Uploaded = [datetime]'2024-03-01T20:15:00'; Likes = 42 }
        $image.Subjects = [AstroBin.TextList]::new([string[]]@('M 31', 'M 32', 'NGC 224'))
        $text = ($image | Format-Table | Out-String -Width 120).Trim() -replace '[ \t]+(\r?\n)', '$1'
        $expected = @(
            'ImageId  Title                                User             Uploaded    Likes Subjects'
            '-------  -----                                ----             --------    ----- --------'
            'abc123   M 31 in HaLRGB                       stargazer        2024-03-01     42 M 31; M 32; NGC 224'
        ) -join [Environment]::NewLine
        $text | Should -Be $expected
    }

    It 'shows Images of the Day as date, image id and page, and title and author when known' {
        $lines = (Get-AstroBinImageOfTheDay -Last 3 | Format-Table | Out-String -Width 120) -split "`r?`n" | Where-Object { $_.Trim() }
        # Without -IncludeImage the API gives no title or user: no always-empty columns.
        ($lines[0] -split '\s+' | Where-Object { $_ }) | Should -Be @('Date', 'ImageId', 'Url')
        $lines[2] | Should -Match "^$([datetime]::UtcNow.ToString('yyyy-MM-dd')) +\w+ +https://www\.astrobin\.com/\w+/$"

        $days = Get-AstroBinImageOfTheDay -Last 3 -IncludeImage
        $lines = ($days | Format-Table | Out-String -Width 120) -split "`r?`n" | Where-Object { $_.Trim() }
        ($lines[0] -split '\s+' | Where-Object { $_ }) | Should -Be @('Date', 'ImageId', 'Title', 'User', 'Url')
        foreach ($line in $lines) { $line.TrimEnd().Length | Should -BeLessOrEqual 120 }
        $image = Get-AstroBinImage -Id $days[0].ImageId
        $days[0].Title | Should -Be $image.Title
        $days[0].User | Should -Be $image.User
        $lines[2] | Should -Match ([regex]::Escape($image.User))
        ($days | Get-AstroBinUser).Username | Should -Be $days.User
    }

    It 'shows users as id, username, real name and counts within 120 columns' {
        $users = @($Images | Select-Object -First 5 | Get-AstroBinUser)
        $lines = ($users | Format-Table | Out-String -Width 120) -split "`r?`n" | Where-Object { $_.Trim() }
        ($lines[0] -split '\s+' | Where-Object { $_ }) | Should -Be @('Id', 'Username', 'RealName', 'Images', 'Likes', 'Followers', 'Joined', 'Subscription')
        foreach ($line in $lines) { $line.TrimEnd().Length | Should -BeLessOrEqual 120 }
        $lines[2] | Should -Match ([regex]::Escape($users[0].Username))
    }

    It 'has list views with the details' {
        $text = $Solved | Format-List | Out-String -Width 120
        foreach ($label in 'ImageId', 'Size', 'Subjects', 'Telescopes', 'Ra', 'PixScale', 'Url') { $text | Should -Match "(?m)^$label\s+:" }
        $text | Should -Match 'Url\s+: https://www\.astrobin\.com/yx76x9/'
        $text | Should -Match 'Subjects\s+: Fornax A; Fornax B; NGC 1310; NGC 1316; NGC 1317'
    }
}

Describe 'Every type at 120 and 80 columns' {
    BeforeAll {
        # One or more objects of every type a cmdlet writes, as a terminal shows them (default view).
        $script:Samples = [ordered]@{
            'AstroBin.Image'             = $Images[0..4] + $Solved
            'AstroBin.ImageOfTheDay'     = @(Get-AstroBinImageOfTheDay -Last 3)
            'AstroBin.ImageOfTheDay#IncludeImage' = @(Get-AstroBinImageOfTheDay -Last 3 -IncludeImage)
            'AstroBin.UserProfile'       = @($Images[0..1] | Get-AstroBinUser)
            'AstroBin.TopPick'           = @(Get-AstroBinTopPick -First 3)
            'AstroBin.TopPickNomination' = @(Get-AstroBinTopPickNomination -First 3)
            'AstroBin.ImageRevision'     = @(Get-AstroBinImageRevision 230755)
            'AstroBin.Collection'        = @(Get-AstroBinCollection -First 3)
            'AstroBin.Location'          = @(Get-AstroBinLocation 2800000, 2800002)
            'AstroBin.Configuration'     = @(Get-AstroBinConfiguration)
            'AstroBin.ApiKeyInfo'        = @(Get-AstroBinApiKey)
            'AstroBin.SyncResult'        = @($Images[0..2] | Sync-AstroBinImage -Path (Join-Path $TestDrive 'views-sync') -Size Thumb)
        }
    }

    It 'has a table view for top picks, nominations, revisions, collections and locations' {
        foreach ($type in 'AstroBin.TopPick', 'AstroBin.TopPickNomination', 'AstroBin.ImageRevision', 'AstroBin.Collection', 'AstroBin.Location') {
            $table = @((Get-FormatData -TypeName $type).FormatViewDefinition | Where-Object { $_.Control -is [System.Management.Automation.TableControl] })
            $table.Count | Should -Be 1 -Because "$type has a table view"
        }
    }

    It 'renders every type within <_> columns, with whole headers' -ForEach @(120, 80) {
        $width = $_
        foreach ($type in $Samples.Keys) {
            $objects = @($Samples[$type])
            $objects.Count | Should -BeGreaterThan 0 -Because "the emulator gives a $type"
            $objects[0].PSObject.TypeNames[0] | Should -Be $type
            $lines = @(($objects | Out-String -Width $width) -split "`r?`n" | Where-Object { $_.Trim() })
            foreach ($line in $lines) { $line.TrimEnd().Length | Should -BeLessOrEqual $width -Because "$type at $width columns: '$line'" }
            $table = (Get-FormatData -TypeName $type).FormatViewDefinition | Where-Object { $_.Control -is [System.Management.Automation.TableControl] } | Select-Object -First 1
            if (-not $table) { continue }
            # A header PowerShell had to shrink wraps onto a second line, split mid-word: the dashes must come next.
            $lines[1] | Should -Match '^[\s-]+$' -Because "$type's header fits on one line at $width columns: '$($lines[0])'"
            $labels = @($table.Control.Headers.Label)
            $shown = @($lines[0] -split '\s+' | Where-Object { $_ })
            $shown.Count | Should -BeGreaterOrEqual ([math]::Min(4, $labels.Count)) -Because "$type keeps its main columns at $width"
            $shown | Should -Be $labels[0..($shown.Count - 1)] -Because "$type shows whole headers, in order, at $width columns"
            if ($width -eq 120) { $shown.Count | Should -Be $labels.Count -Because "$type shows every column at 120" }
            $lines.Count | Should -Be ($objects.Count + 2) -Because "one line a $type at $width columns"
        }
    }

    It 'shows the values of the new views' {
        $pick = $Samples['AstroBin.TopPick'][0]
        $text = $pick | Out-String -Width 120
        $text | Should -Match ("(?m)^{0} +{1} +{2} " -f $pick.Date.ToString('yyyy-MM-dd'), $pick.ImageId, $pick.Id)
        $revision = $Samples['AstroBin.ImageRevision'][0]
        $revision | Out-String -Width 120 | Should -Match ("(?m)^ *230755 +{0} +{1} +{2} .*{3}x{4} " -f $revision.ImageNumber, $revision.Label, [regex]::Escape($revision.Title), $revision.Width, $revision.Height)
        $collection = $Samples['AstroBin.Collection'][0]
        $collection | Out-String -Width 120 | Should -Match ("(?m)^ *{0} +{1} +{2} +{3} {4} " -f $collection.Id, [regex]::Escape($collection.Name), [regex]::Escape($collection.User), $collection.ImageCount, $collection.DateCreated.ToString('yyyy-MM-dd'))
        $location = $Samples['AstroBin.Location'][0]
        $location | Out-String -Width 120 | Should -Match ("(?m)^ *2800000 +{0} +{1} " -f [regex]::Escape($location.Name), [regex]::Escape($location.City))
    }
}

Describe 'Export' {
    It 'exports images to CSV without any System.* array cells' {
        $csv = $Images + $Solved | ConvertTo-Csv | ConvertFrom-Csv
        $csv.Count | Should -Be ($Images.Count + 1)
        foreach ($row in $csv) {
            foreach ($property in $row.PSObject.Properties) { $property.Value | Should -Not -Match '^System\.' -Because "$($property.Name) is readable" }
        }
        ($csv | Where-Object ImageId -EQ yx76x9).Subjects | Should -Be 'Fornax A; Fornax B; NGC 1310; NGC 1316; NGC 1317'
    }

    It 'keeps lists as JSON arrays' {
        $json = $Solved | ConvertTo-Json -Depth 3 | ConvertFrom-Json
        $json.Subjects | Should -Be @('Fornax A', 'Fornax B', 'NGC 1310', 'NGC 1316', 'NGC 1317')
        $json.Url | Should -Be 'https://www.astrobin.com/yx76x9/'
    }
}

Describe 'Public pages' {
    It 'gives every image, Image of the Day and user its page URL' {
        foreach ($image in $Images) { $image.Url | Should -Be "https://www.astrobin.com/$($image.ImageId)/" }
        $day = Get-AstroBinImageOfTheDay
        $day.Url | Should -Be "https://www.astrobin.com/$($day.ImageId)/"
        (Get-AstroBinUser -Username $Images[0].User).Url | Should -Be "https://www.astrobin.com/users/$([uri]::EscapeDataString($Images[0].User))/"
    }

    It 'Show-AstroBinImage prints the page where there is no browser, without a key or a request' {
        $saved = $env:DISPLAY, $env:WAYLAND_DISPLAY
        $env:DISPLAY = $null; $env:WAYLAND_DISPLAY = $null
        try {
            if ($IsLinux) {
                Show-AstroBinImage yx76x9 | Should -Be 'https://www.astrobin.com/yx76x9/'
                ($Images[0..1] | Show-AstroBinImage) | Should -Be @($Images[0].Url, $Images[1].Url)
                (Get-AstroBinImageOfTheDay | Show-AstroBinImage) | Should -Be (Get-AstroBinImageOfTheDay).Url
            }
            $errors = @()
            Show-AstroBinImage 'ab/cd' -ErrorAction SilentlyContinue -ErrorVariable errors | Should -BeNullOrEmpty
            $errors[0].FullyQualifiedErrorId | Should -BeLike 'AstroBinInvalidImageId,*'
        }
        finally { $env:DISPLAY, $env:WAYLAND_DISPLAY = $saved }
    }
}
