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
    It 'shows images as image id, title, user, uploaded, subjects, likes within 120 columns' {
        $lines = ($Images + $Solved | Format-Table | Out-String -Width 120) -split "`r?`n" | Where-Object { $_.Trim() }
        # The column is the ImageId property (the hash, or the number of an old image), so it is named ImageId: Select-Object ImageId gives it.
        ($lines[0] -split '\s+' | Where-Object { $_ }) | Should -Be @('ImageId', 'Title', 'User', 'Uploaded', 'Subjects', 'Likes')
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
            'ImageId  Title                                  User             Uploaded   Subjects                          Likes'
            '-------  -----                                  ----             --------   --------                          -----'
            'abc123   M 31 in HaLRGB                         stargazer        2024-03-01 M 31; M 32; NGC 224                  42'
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
