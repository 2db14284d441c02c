# What a user types first (issue 16): default parameter sets, user names that do not exist, wildcards, unbounded
# searches and messages that say what to do. Exported objects and page addresses are in Pipeline.Tests.ps1's table.
param(
    [Parameter(Mandatory)] [string] $ModulePath,
    [Parameter(Mandatory)] [string] $BaseUri,
    [Parameter(Mandatory)] [string] $ApiKey,
    [Parameter(Mandatory)] [string] $ApiSecret,
    [string] $EmulatorDll
)

BeforeAll {
    Import-Module $ModulePath -Force
    Set-AstroBinConfiguration -BaseUri $BaseUri -MaxRequestsPerSecond 1000
    Set-AstroBinApiKey -ApiKey $ApiKey -ApiSecret (ConvertTo-SecureString $ApiSecret -AsPlainText -Force)

    function Get-RequestCount { (Invoke-RestMethod -Uri ([Uri]::new([Uri]$BaseUri, '/_emulator/stats'))).requests }

    $script:Image = Search-AstroBinImage -First 1
}

Describe 'The first command: what PowerShell asks for' {
    It 'Get-AstroBinImage with nothing asks for -Id, not -Collection' {
        $failure = try { Get-AstroBinImage -ErrorAction Stop } catch { $_ }
        $failure.FullyQualifiedErrorId | Should -BeLike 'AstroBinImageIdRequired,*'
        $failure.Exception.Message | Should -Match '-Id'
        $failure.Exception.Message | Should -Not -Match 'Collection\b(?! ?s)'
    }

    It '$null | Get-AstroBinImage does not blame -Collection' {
        $failure = try { $null | Get-AstroBinImage -ErrorAction Stop } catch { $_ }
        "$failure" | Should -Not -Match "parameter 'Collection'"
        "$failure" | Should -Match '-Id'
    }

    It 'Get-AstroBinUser with nothing asks for -Username' {
        $failure = try { Get-AstroBinUser -ErrorAction Stop } catch { $_ }
        $failure.FullyQualifiedErrorId | Should -BeLike 'MissingMandatoryParameter,*'
        "$failure" | Should -Match 'Username'
    }

    It 'numbers still find profiles: <Form>' -ForEach @(
        @{ Form = 'positional'; Run = { Get-AstroBinUser 7630 } }, @{ Form = 'piped'; Run = { 7630 | Get-AstroBinUser } }, @{ Form = '-Id'; Run = { Get-AstroBinUser -Id 7630 } }
    ) {
        (& $Run).Username | Should -Be 'crgood2'
    }
}

Describe 'User names that do not exist, and wildcards' {
    It 'Search-AstroBinImage -User nosuchuser says the user does not exist' {
        $before = Get-RequestCount
        $found = @(Search-AstroBinImage -User 'nosuchuser' -ErrorAction SilentlyContinue -ErrorVariable failures)
        $found.Count | Should -Be 0
        $failures[0].FullyQualifiedErrorId | Should -BeLike 'AstroBinUserNotFound,*'
        $failures[0].CategoryInfo.Category | Should -Be 'ObjectNotFound'
        $failures[0].Exception.Message | Should -Match "'nosuchuser'"
        ((Get-RequestCount) - $before) | Should -Be 2 -Because 'the search, then one look-up of the name'
    }

    It 'a user with images costs no extra request' {
        $before = Get-RequestCount
        @(Search-AstroBinImage -User $script:Image.User -First 1).Count | Should -Be 1
        ((Get-RequestCount) - $before) | Should -Be 1
    }

    It 'a wildcard the API cannot serve is refused before any request: <Command>' -ForEach @(
        @{ Command = 'Search-AstroBinImage'; Run = { Search-AstroBinImage -User 'user0*' -ErrorAction Stop } }
        @{ Command = 'Get-AstroBinCollection'; Run = { Get-AstroBinCollection -User 'user0*' -ErrorAction Stop } }
        @{ Command = 'Sync-AstroBinImage'; Run = { Sync-AstroBinImage -User 'user0*' -Path (Join-Path $TestDrive 'wild') -ErrorAction Stop } }
        @{ Command = 'Search-AstroBinImage -Title'; Run = { Search-AstroBinImage -Title 'Ring*' -First 2 -ErrorAction Stop } }
        @{ Command = 'Search-AstroBinImage -Subject'; Run = { Search-AstroBinImage -Subject '*M 3' -First 2 -ErrorAction Stop } }
    ) {
        $before = Get-RequestCount
        $failure = try { & $Run } catch { $_ }
        $failure.FullyQualifiedErrorId | Should -BeLike 'AstroBinWildcardNotSupported,*'
        ((Get-RequestCount) - $before) | Should -Be 0
    }

    It 'Sync-AstroBinImage -User for a missing user makes nothing' {
        $parent = Join-Path $TestDrive 'sync-parent'
        $null = New-Item -ItemType Directory -Path $parent
        $failure = try { Sync-AstroBinImage -User 'stargazr' -Path (Join-Path $parent 'x') -ErrorAction Stop } catch { $_ }
        $failure.FullyQualifiedErrorId | Should -BeLike 'AstroBinUserNotFound,*'
        @(Get-ChildItem -LiteralPath $parent -Force).Count | Should -Be 0
    }

    It 'Get-AstroBinCollection -Name matches wildcards, any case' {
        $all = @(Get-AstroBinCollection -First 300)
        $name = ($all | Where-Object { $_.Name.Length -ge 4 } | Select-Object -First 1).Name
        $prefix = $name.Substring(0, 3)
        $expected = @($all | Where-Object { $_.Name -like "$prefix*" } | ForEach-Object Id | Sort-Object)
        $found = @(Get-AstroBinCollection -Name "$($prefix.ToUpperInvariant())*" | ForEach-Object Id | Sort-Object)
        $found | Should -Be $expected
        $found.Count | Should -BeGreaterThan 0
    }
}

Describe 'Searches are bounded' {
    It 'no criterion: the newest 100 and a warning' {
        $before = Get-RequestCount
        $images = @(Search-AstroBinImage -WarningVariable warned -WarningAction SilentlyContinue)
        $images.Count | Should -Be 100
        $warned[0] | Should -Match '-First'
        ((Get-RequestCount) - $before) | Should -Be 4 -Because '100 images are 4 pages of 25'
    }

    It '-First 0 sends no request' {
        $before = Get-RequestCount
        @(Search-AstroBinImage -First 0).Count | Should -Be 0
        @(Get-AstroBinCollection -First 0).Count | Should -Be 0
        ((Get-RequestCount) - $before) | Should -Be 0
    }
}

Describe 'Messages that say what to do' {
    It '-Filter given text shows the hashtable syntax and the keys' {
        $failure = try { Search-AstroBinImage -Filter 'w__gte=4000' -ErrorAction Stop } catch { $_ }
        $failure.Exception.Message | Should -Match '@\{ key = value \}'
        $failure.Exception.Message | Should -Match 'data_source'
    }

    It 'Get-AstroBinImageRevision z00003 says a revision number is expected and a hash is an image' {
        $failure = try { Get-AstroBinImageRevision z00003 -ErrorAction Stop } catch { $_ }
        $failure.Exception.Message | Should -Match 'not an image revision number'
        $failure.Exception.Message | Should -Match 'Get-AstroBinImage z00003 \| Get-AstroBinImageRevision'
    }

    It 'Get-AstroBinImageRevision 99999999999 says the number is too big, not a .NET conversion message' {
        $failure = try { Get-AstroBinImageRevision 99999999999 -ErrorAction Stop } catch { $_ }
        $failure.Exception.Message | Should -Match 'not an image revision number: AstroBin''s numbers are below 2147483648'
        $failure.Exception.Message | Should -Not -Match 'Int32'
    }

    It 'Get-AstroBinImageRevision -Id 0 names the imagerevision resource in its example' {
        $null = Get-AstroBinImageRevision -Id 0 -ErrorAction SilentlyContinue -ErrorVariable failures
        $failures[0].FullyQualifiedErrorId | Should -BeLike 'AstroBinInvalidId,*'
        "$($failures[0])" | Should -Match '/api/v1/imagerevision/7/'
    }

    It '$null | Get-AstroBinUser says no name was given, not that an Image of the Day lacks one' {
        $failure = try { $null | Get-AstroBinUser -ErrorAction Stop } catch { $_ }
        "$failure" | Should -Match 'No user name was given'
    }

    It '<Form> | Get-AstroBinUser names -Id' -ForEach @(
        @{ Form = '@{Id=1005}'; Sample = @{ Id = 1005 } }, @{ Form = '[pscustomobject]@{Id=1005}'; Sample = [pscustomobject]@{ Id = 1005 } }
    ) {
        $failure = try { $Sample | Get-AstroBinUser -ErrorAction Stop } catch { $_ }
        $failure.Exception.Message | Should -Match 'Get-AstroBinUser -Id 1005'
    }

    It 'no message says "a" before a vowel' {
        $failure = try { Get-AstroBinImageRevision -Id (Get-AstroBinUser 7630) -ErrorAction Stop } catch { $_ }
        $failure.Exception.Message | Should -Match 'an image revision number'
        $failure.Exception.Message | Should -Not -Match '\ba [aeiouAEIOU]'
    }
}

Describe 'Exported and partial records bind as the record they name' {
    BeforeAll {
        $script:Scratch = (New-Item -ItemType Directory -Path (Join-Path ([IO.Path]::GetTempPath()) "inputs-$([guid]::NewGuid())")).FullName
        $script:Live = @(Search-AstroBinImage -First 3)
    }
    AfterAll { Remove-Item -LiteralPath $Scratch -Recurse -Force -ErrorAction SilentlyContinue }

    It 'an image exported to <Format> and piped to Get-AstroBinImage comes back whole, not only its identity' -ForEach @(
        @{ Format = 'CSV' }, @{ Format = 'JSON' }, @{ Format = 'Clixml' }
    ) {
        $path = Join-Path $Scratch "images.$Format"
        $read = switch ($Format) {
            'CSV' { $Live | Export-Csv -LiteralPath $path; Import-Csv -LiteralPath $path }
            'JSON' { $Live | ConvertTo-Json -Depth 5 | Set-Content -LiteralPath $path; Get-Content -Raw -LiteralPath $path | ConvertFrom-Json }
            'Clixml' { $Live | Export-Clixml -LiteralPath $path; Import-Clixml -LiteralPath $path }
        }
        $images = @($read | Get-AstroBinImage)
        $images | Should -HaveCount 3
        # 0.3.0 before this fix: the rebuilt identity was passed on as it was, Width 0, no dates, no file addresses.
        $images.ImageId | Should -Be $Live.ImageId
        $images.Width | Should -Be $Live.Width
        $images.Uploaded | Should -Be $Live.Uploaded
        $images.UrlHd | Should -Be $Live.UrlHd
        ($images.Subjects | ForEach-Object { "$_" }) | Should -Be ($Live.Subjects | ForEach-Object { "$_" })
    }

    It 'an object with only the resource_uri of an image, revision or collection gets that record' {
        $image = $Live[0]
        $fromUri = @([pscustomobject]@{ resource_uri = "/api/v1/image/$($image.ImageId)/" } | Get-AstroBinImage)
        $fromUri.ImageId | Should -Be $image.ImageId
        $fromUri.Width | Should -Be $image.Width

        $revision = Search-AstroBinImage -First 100 | Where-Object { $_.Revisions.Count -gt 0 } | Select-Object -First 1 | Get-AstroBinImageRevision | Select-Object -First 1
        $revisionFromUri = @([pscustomobject]@{ resource_uri = "/api/v1/imagerevision/$($revision.Id)/" } | Get-AstroBinImageRevision)
        $revisionFromUri.Id | Should -Be $revision.Id
        $revisionFromUri.Label | Should -Be $revision.Label

        $collection = Get-AstroBinCollection -User $image.User -First 1
        if (-not $collection) { $collection = Get-AstroBinCollection -First 1 }
        $collectionFromUri = @([pscustomobject]@{ resource_uri = "/api/v1/collection/$($collection.Id)/" } | Get-AstroBinCollection)
        $collectionFromUri.Id | Should -Be $collection.Id
        $collectionFromUri.Name | Should -Be $collection.Name
    }

    It 'a $null among piped ids fails alone: the ids after it are still looked up, in order' {
        $ids = @($Live[0].ImageId, $null, $Live[1].ImageId)
        $images = @($ids | Get-AstroBinImage -ErrorAction SilentlyContinue -ErrorVariable failures)
        $images.ImageId | Should -Be @($Live[0].ImageId, $Live[1].ImageId)
        $failures | Should -HaveCount 1
        $failures[0].FullyQualifiedErrorId | Should -BeLike 'AstroBinImageIdRequired,*'
    }
}
