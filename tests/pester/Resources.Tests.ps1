# The resources beyond images, IOTD and users, the generic request cmdlet and the server traps, against the emulator.
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
}

Describe 'Get-AstroBinImageRevision' {
    It 'gets an image''s revisions from the piped image, in its order' {
        $image = Search-AstroBinImage -Filter @{ w__gte = 1 } -First 200 | Where-Object { $_.Revisions.Count -ge 2 } | Select-Object -First 1
        $revisions = $image | Get-AstroBinImageRevision
        $revisions.Count | Should -Be $image.Revisions.Count
        $revisions[0] | Should -BeOfType AstroBin.ImageRevision
        $revisions.ResourceUri | Should -Be $image.Revisions
        $revisions.ImageNumber | Select-Object -Unique | Should -Be "$($image.Id)"
        $revisions[0].Label | Should -Be 'B'
    }

    It 'gets a revision by number and reports a missing one as AstroBinImageRevisionNotFound' {
        $errors = @()
        $found = Get-AstroBinImageRevision -Id 1, 200001 -ErrorAction SilentlyContinue -ErrorVariable errors
        @($found).Count | Should -BeLessOrEqual 1
        $errors[0].FullyQualifiedErrorId | Should -BeLike 'AstroBinImageRevisionNotFound,*'
    }
}

Describe 'Get-AstroBinTopPick and Get-AstroBinTopPickNomination' {
    It 'pages newest first and pipes into Get-AstroBinImage' {
        $picks = Get-AstroBinTopPick -First 30
        $picks.Count | Should -Be 30
        $picks[0] | Should -BeOfType AstroBin.TopPick
        $picks[0].Image | Should -Match '^/api/v1/image/[a-z0-9]{6}$'
        $images = $picks | Select-Object -First 3 | Get-AstroBinImage
        $images.Hash | Should -Be ($picks | Select-Object -First 3).ImageId
        $images[0].Published | Should -Be $picks[0].Date
    }

    It 'skips and counts' {
        $all = Get-AstroBinTopPickNomination -First 10
        $skipped = Get-AstroBinTopPickNomination -Skip 5 -First 5 -IncludeTotalCount
        [uint64]$skipped[0] | Should -Be 600
        ($skipped | Select-Object -Skip 1).ResourceUri | Should -Be ($all | Select-Object -Skip 5).ResourceUri
        $all[0] | Should -BeOfType AstroBin.TopPickNomination
    }
}

Describe 'Get-AstroBinCollection' {
    It 'lists a user''s collections and pipes one into Get-AstroBinImage for its images, in order' {
        $collections = Get-AstroBinCollection -User archive_scans
        $collections.Count | Should -BeGreaterThan 0
        $collections.User | Select-Object -Unique | Should -Be 'archive_scans'
        $collection = Get-AstroBinCollection -Id $collections[0].Id
        $collection.Name | Should -Be $collections[0].Name
        $expected = $collection.ImageIds | Where-Object { $_ -notin 'arc009', 'arc021' }
        $images = $collection | Get-AstroBinImage -ErrorAction SilentlyContinue
        $images.Hash | Should -Be $expected
    }

    It 'binds an object that names a user (<Property>) to -User by property name' -ForEach @(@{ Property = 'Username' }, @{ Property = 'User' }) {
        $expected = @(Get-AstroBinCollection -User archive_scans).Id
        $found = @([pscustomobject]@{ $Property = 'archive_scans' } | Get-AstroBinCollection)
        $found.Id | Should -Be $expected
    }

    It 'asks for nothing with -Id and -First 0' {
        $collection = Get-AstroBinCollection -User archive_scans -First 1
        $before = (Invoke-RestMethod -Uri ([Uri]::new([Uri]$BaseUri, '/_emulator/stats'))).requests
        @(Get-AstroBinCollection -Id $collection.Id -First 0 -NoCache) | Should -HaveCount 0
        (Invoke-RestMethod -Uri ([Uri]::new([Uri]$BaseUri, '/_emulator/stats'))).requests - $before | Should -Be 0
    }

    It 'filters by part of the name, any case' {
        $found = Get-AstroBinCollection -NameContains 'NEBUL' -First 10
        $found.Count | Should -BeGreaterThan 0
        $found.Name | ForEach-Object { $_ | Should -Match 'nebul' }
    }
}

Describe 'Get-AstroBinLocation' {
    It 'gets the locations of a piped image' {
        $image = Search-AstroBinImage -Filter @{ w__gte = 1 } -First 100 | Where-Object { $_.Locations.Count -gt 0 } | Select-Object -First 1
        $locations = $image | Get-AstroBinLocation
        $locations.ResourceUri | Should -Be $image.Locations
        $locations[0] | Should -BeOfType AstroBin.Location
        (Get-AstroBinLocation -Id $locations[0].Id).ResourceUri | Should -Be $locations[0].ResourceUri
    }
}

Describe 'A page poisoned by an unreadable record' {
    It 'returns every good record in order and one AstroBinRecordUnreadable error per bad one' {
        $errors = @()
        $images = Search-AstroBinImage -User archive_scans -ErrorAction SilentlyContinue -ErrorVariable errors
        $images.Count | Should -Be 28
        $images.Title | Should -Be (30..1 | Where-Object { $_ -notin 9, 21 } | ForEach-Object { 'Archive plate {0:D2}' -f $_ })
        $errors.Count | Should -Be 2
        $errors | ForEach-Object { $_.FullyQualifiedErrorId | Should -BeLike 'AstroBinRecordUnreadable,*' }
        $errors[0].ErrorDetails.Message | Should -Match 'offset 9 of image/'
        $errors[1].ErrorDetails.Message | Should -Match 'offset 21 of image/'
        $errors[0].CategoryInfo.Category | Should -Be 'InvalidData'
    }

    It 'writes each unreadable record in its place, between its neighbours' {
        $merged = Search-AstroBinImage -User archive_scans -ErrorAction Continue 2>&1 |
            ForEach-Object { if ($_ -is [System.Management.Automation.ErrorRecord]) { "error $($_.TargetObject.Offset)" } else { $_.Title } }
        $expected = 30..1 | ForEach-Object { if ($_ -in 9, 21) { "error $(30 - $_)" } else { 'Archive plate {0:D2}' -f $_ } }
        $merged | Should -Be $expected
    }

    It 'names the single bad record of a narrower range' {
        $errors = @()
        $images = Search-AstroBinImage -User archive_scans -UploadedBefore 2016-03-15 -ErrorAction SilentlyContinue -ErrorVariable errors
        $images.Count | Should -Be 13
        $errors.Count | Should -Be 1
        $errors[0].ErrorDetails.Message | Should -Match 'offset 5 of image/'
    }
}

Describe 'The subjects cap' {
    It 'warns when a subject search reaches the server''s 100' {
        $warnings = @()
        $images = Search-AstroBinImage -Subject M31 -WarningVariable warnings -WarningAction SilentlyContinue
        $images.Count | Should -Be 100
        $warnings.Count | Should -Be 1
        "$($warnings[0])" | Should -Match 'at most 100'
    }

    It 'does not warn below the cap' {
        $warnings = @()
        $null = Search-AstroBinImage -Subject 'Horsehead' -WarningVariable warnings -WarningAction SilentlyContinue
        $warnings.Count | Should -Be 0
    }

    It 'does not warn when -First asked for fewer than the cap' {
        $warnings = @()
        (Search-AstroBinImage -Subject M31 -First 10 -WarningVariable warnings -WarningAction SilentlyContinue).Count | Should -Be 10
        $warnings.Count | Should -Be 0
    }

    It 'warns whenever -Subject is combined with another criterion, and names what works' {
        foreach ($search in @{ UploadedAfter = [datetime]'2020-01-01' }, @{ TitleContains = 'andromeda' }, @{ User = 'MarcoR' }) {
            $warnings = @()
            $null = Search-AstroBinImage -Subject M31 @search -WarningVariable warnings -WarningAction SilentlyContinue
            $warnings.Count | Should -Be 1
            "$($warnings[0])" | Should -Match 'before every other criterion'
            "$($warnings[0])" | Should -Match '-SubjectMatch Client'
        }
    }

    It 'finds with -SubjectMatch Client what the server-side search misses, and shows the cost' {
        $server = @(Search-AstroBinImage -Subject M31 -TitleContains andromeda -WarningAction SilentlyContinue)
        $all = @(Search-AstroBinImage -TitleContains andromeda)
        $expected = @($all | Where-Object { $_.Subjects | Where-Object { $_ -like '*M 31*' } })
        $output = @(Search-AstroBinImage -Subject m31 -TitleContains andromeda -SubjectMatch Client -Verbose -WarningVariable warnings 4>&1)
        $found = @($output | Where-Object { $_ -is [AstroBin.Image] })
        $found.Hash | Should -Be $expected.Hash
        $server.Count | Should -BeLessThan ($found.Count / 2)
        foreach ($image in $server) { $found.Hash | Should -Contain $image.Hash }
        $warnings.Count | Should -Be 0
        $pages = [math]::Ceiling($all.Count / 25)
        "$($output | Where-Object { $_ -is [System.Management.Automation.VerboseRecord] } | Select-Object -Last 1)" |
            Should -Be "-SubjectMatch Client: read $pages page(s), $($all.Count) image(s); $($found.Count) listed 'M 31'."
    }

    It 'counts -First and -Skip in matches with -SubjectMatch Client' {
        $all = @(Search-AstroBinImage -Subject M31 -User MarcoR -SubjectMatch Client)
        $all.Count | Should -BeGreaterThan 5
        (Search-AstroBinImage -Subject M31 -User MarcoR -SubjectMatch Client -Skip 2 -First 3).Hash | Should -Be $all[2..4].Hash
        # The number of matches is known only at the end: PowerShell's "unknown" total comes first.
        $counted = @(Search-AstroBinImage -Subject M31 -User MarcoR -SubjectMatch Client -First 1 -IncludeTotalCount)
        ($counted[0] | Out-String).Trim() | Should -Be 'Unknown total count'
        $counted[1].Hash | Should -Be $all[0].Hash
    }

    It 'refuses -SubjectMatch Client without a bound, before any request' {
        $lines = [System.Collections.Generic.List[string]]::new()
        $failure = $null
        try { Search-AstroBinImage -Subject M31 -SubjectMatch Client -Verbose 4>&1 | ForEach-Object { $lines.Add("$_") } }
        catch { $failure = $_ }
        $failure.FullyQualifiedErrorId | Should -BeLike 'AstroBinSearchTooBroad,*'
        $failure.CategoryInfo.Category | Should -Be 'InvalidArgument'
        "$failure" | Should -Match 'fair use'
        @($lines | Where-Object { $_ -match 'GET ' }).Count | Should -Be 0
    }
}

Describe 'Invoke-AstroBinApi' {
    It 'gets a JSON detail as a PSObject, slash or not, /api/v1/ prefix or not' {
        $a = Invoke-AstroBinApi image/yx76x9
        $b = Invoke-AstroBinApi '/api/v1/image/yx76x9/'
        $a.id | Should -Be 659781
        $b.hash | Should -Be 'yx76x9'
        $a.subjects.Count | Should -Be $b.subjects.Count
    }

    It 'follows every page with -All and streams the objects' {
        $picks = Invoke-AstroBinApi toppick -All
        $count = (Invoke-AstroBinApi toppick -Query @{ limit = 1 }).meta.total_count
        $picks.Count | Should -Be $count
        $picks[0].image | Should -Be (Get-AstroBinTopPick -First 1).Image
    }

    It 'gives XML as an XmlDocument in tastypie''s shape' {
        $xml = Invoke-AstroBinApi location -Query @{ limit = 2 } -Format Xml
        $xml | Should -BeOfType System.Xml.XmlDocument
        $xml.response.meta.limit.InnerText | Should -Be '2'
        $xml.response.objects.object.Count | Should -Be 2
    }

    It 'gives the raw body with -Raw and never the secret' {
        $text = Invoke-AstroBinApi image -Query @{ user = 'crgood2'; limit = 1 } -Raw
        $text | Should -BeLike '{"meta": {"limit": 1, "next": *'
        $text | Should -Not -Match $ApiSecret
    }

    It 'reaches set/ and schema-less paths, and reports errors like the typed cmdlets' {
        $set = Invoke-AstroBinApi 'imageoftheday/set/4100;1/'
        $set.not_found | Should -Be '1'
        $errors = @()
        $null = Invoke-AstroBinApi image -Query @{ title__foo = 'x' } -ErrorAction SilentlyContinue -ErrorVariable errors
        $errors[0].FullyQualifiedErrorId | Should -BeLike 'AstroBinBadRequest,*'
        "$($errors[0])" | Should -Not -Match $ApiSecret
    }

    It 'refuses a query string in the path and credentials in -Query' {
        $errors = @()
        $null = Invoke-AstroBinApi 'image/?limit=1' -ErrorAction SilentlyContinue -ErrorVariable errors
        $null = Invoke-AstroBinApi image -Query @{ api_secret = 'x' } -ErrorAction SilentlyContinue -ErrorVariable +errors
        $errors.Count | Should -Be 2
        $errors | ForEach-Object { $_.FullyQualifiedErrorId | Should -BeLike 'AstroBinInvalidPath,*' }
    }
}
