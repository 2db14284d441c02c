# The built module (out/AstroBin) against the emulator: every cmdlet, parameter, pipeline chain and bad input.
param(
    [Parameter(Mandatory)] [string] $ModulePath,
    [Parameter(Mandatory)] [string] $BaseUri,
    [Parameter(Mandatory)] [string] $ApiKey,
    [Parameter(Mandatory)] [string] $ApiSecret,
    [string] $EmulatorDll
)

BeforeAll {
    Import-Module $ModulePath -Force
    $script:Secret = ConvertTo-SecureString $ApiSecret -AsPlainText -Force

    function Use-EmulatorKey { Set-AstroBinApiKey -ApiKey $ApiKey -ApiSecret $script:Secret }

    # Runs a script block and returns every error record it wrote (non-terminating) or threw.
    function Get-ErrorRecord([scriptblock] $Script) {
        $errors = @()
        try { & $Script -ErrorAction SilentlyContinue -ErrorVariable +errors | Out-Null }
        catch { $errors += $_ }
        return $errors
    }

    # Runs a fresh pwsh with the built module and the given environment; returns its output lines.
    function Invoke-ChildPwsh([string] $Command, [hashtable] $Environment = @{}) {
        $saved = @{}
        foreach ($name in 'ASTROBIN_BASE_URI', 'ASTROBIN_API_KEY', 'ASTROBIN_API_SECRET') { $saved[$name] = [Environment]::GetEnvironmentVariable($name); [Environment]::SetEnvironmentVariable($name, $Environment[$name]) }
        try { & dotnet pwsh -NoProfile -NonInteractive -Command "`$PSStyle.OutputRendering = 'PlainText'; Import-Module '$ModulePath'; $Command" 2>&1 | ForEach-Object { "$_" } }
        finally { foreach ($name in $saved.Keys) { [Environment]::SetEnvironmentVariable($name, $saved[$name]) } }
    }

    Set-AstroBinConfiguration -BaseUri $BaseUri
    Use-EmulatorKey
    $script:Today = [DateTime]::UtcNow.Date
}

Describe 'The module' {
    It 'exports exactly the cmdlets the manifest lists, each with an output type' {
        $manifest = Import-PowerShellDataFile (Join-Path $ModulePath 'AstroBin.psd1')
        $exported = (Get-Command -Module AstroBin).Name | Sort-Object
        $exported | Should -Be ($manifest.CmdletsToExport | Sort-Object)
        foreach ($name in $exported) { (Get-Command $name).OutputType.Count | Should -BeGreaterThan 0 -Because "$name declares [OutputType]" }
    }

    It 'passes Test-ModuleManifest' {
        (Test-ModuleManifest (Join-Path $ModulePath 'AstroBin.psd1')).Name | Should -Be 'AstroBin'
    }
}

Describe 'API key' {
    AfterEach { Use-EmulatorKey }

    It 'shows the session key masked and never the secret' {
        $info = Get-AstroBinApiKey
        $info.Source | Should -Be 'Process'
        $info.ApiKey | Should -Be "$($ApiKey.Substring(0, 4))…$($ApiKey.Substring($ApiKey.Length - 4))"
        ($info | Out-String) | Should -Not -Match $ApiSecret
        ($info | Out-String) | Should -Not -Match $ApiKey
    }

    It 'takes a PSCredential whose user name is the key' {
        Remove-AstroBinApiKey
        Set-AstroBinApiKey -Credential ([pscredential]::new($ApiKey, $script:Secret))
        (Get-AstroBinApiKey).Source | Should -Be 'Process'
        (Get-AstroBinImage -Id yx76x9).Title | Should -Be 'NGC 1316'
    }

    It 'refuses an empty key with AstroBinInvalidApiKey' {
        $errors = Get-ErrorRecord { Set-AstroBinApiKey -ApiKey ' ' -ApiSecret $script:Secret }
        $errors[0].FullyQualifiedErrorId | Should -BeLike 'AstroBinInvalidApiKey,*'
    }

    It 'fails with AstroBinApiKeyMissing and says how to set a key when there is none' {
        $lines = Invoke-ChildPwsh "try { Get-AstroBinImage -Id yx76x9 } catch { `$_.FullyQualifiedErrorId; `$_.CategoryInfo.Category; `$_.ToString() }" @{ ASTROBIN_BASE_URI = $BaseUri }
        $lines[0] | Should -BeLike 'AstroBinApiKeyMissing,*'
        $lines[1] | Should -Be 'AuthenticationError'
        $lines[2] | Should -Match 'Set-AstroBinApiKey'
        $lines[2] | Should -Match 'ASTROBIN_API_KEY'
    }

    It 'falls back to the environment variables, and Remove-AstroBinApiKey leaves them in force' {
        $lines = Invoke-ChildPwsh "(Get-AstroBinApiKey).Source; (Get-AstroBinImage -Id yx76x9).Title; Remove-AstroBinApiKey 3>&1" @{ ASTROBIN_BASE_URI = $BaseUri; ASTROBIN_API_KEY = $ApiKey; ASTROBIN_API_SECRET = $ApiSecret }
        $lines[0] | Should -Be 'Environment'
        $lines[1] | Should -Be 'NGC 1316'
        ($lines -join "`n") | Should -Match 'still in force'
    }

    It 'stops with AstroBinUnauthorized when the server rejects the pair' {
        Set-AstroBinApiKey -ApiKey ('f' * 40) -ApiSecret (ConvertTo-SecureString ('0' * 40) -AsPlainText -Force)
        $errors = Get-ErrorRecord { 'yx76x9', '00fte8' | Get-AstroBinImage }
        $errors.Count | Should -Be 1 -Because 'a rejected key stops the command instead of failing once per id'
        $errors[0].FullyQualifiedErrorId | Should -BeLike 'AstroBinUnauthorized,*'
        $errors[0].CategoryInfo.Category | Should -Be 'AuthenticationError'
        $errors[0].ToString() | Should -Match 'wrong, incomplete, or was revoked'
    }

    It 'a rejected key is one error record with its id in -ErrorVariable, for piped ids to Get, Save and Sync' {
        Set-AstroBinApiKey -ApiKey ('f' * 40) -ApiSecret (ConvertTo-SecureString ('0' * 40) -AsPlainText -Force)
        $folder = Join-Path $TestDrive 'rejected'
        $runs = @(
            { 'yx76x9', '00fte8' | Get-AstroBinImage -ErrorVariable ev -ErrorAction SilentlyContinue }
            { 'yx76x9', '00fte8' | Save-AstroBinImage -Path $TestDrive -ErrorVariable ev -ErrorAction SilentlyContinue }
            { 'yx76x9', '00fte8' | Sync-AstroBinImage -Path $folder -ErrorVariable ev -ErrorAction SilentlyContinue }
        )
        foreach ($run in $runs) {
            $ev = $null
            $caught = try { . $run | Out-Null } catch { $_ }
            $caught.FullyQualifiedErrorId | Should -BeLike 'AstroBinUnauthorized,*' -Because "$run"
            # 0.3.0 before this fix: a second record, the raw AstroBinUnauthorizedException, NotSpecified.
            @($ev).Count | Should -Be 1 -Because "$run"
            # A terminating error is kept in -ErrorVariable as its exception, which carries the record.
            $ev[0].ErrorRecord.FullyQualifiedErrorId | Should -BeLike 'AstroBinUnauthorized,*'
        }
    }

    It 'supports -WhatIf without changing the key' {
        Set-AstroBinApiKey -ApiKey ('a' * 40) -ApiSecret $script:Secret -WhatIf
        (Get-AstroBinImage -Id yx76x9).Hash | Should -Be 'yx76x9'
    }
}

Describe 'Configuration' {
    It 'shows the base URI in force and its source' {
        $configuration = Get-AstroBinConfiguration
        $configuration.BaseUri.AbsoluteUri | Should -Be $BaseUri
        $configuration.BaseUriSource | Should -Be 'Process'
    }

    It 'refuses <Uri> with AstroBinInvalidBaseUri' -ForEach @(
        @{ Uri = 'not a uri' }, @{ Uri = 'api/v1' }, @{ Uri = 'ftp://www.astrobin.com/api/v1/' }, @{ Uri = 'http://www.astrobin.com/api/v1/' }, @{ Uri = '' }
    ) {
        $errors = Get-ErrorRecord { Set-AstroBinConfiguration -BaseUri $Uri }
        $errors[0].FullyQualifiedErrorId | Should -BeLike 'AstroBinInvalidBaseUri,*'
        $errors[0].CategoryInfo.Category | Should -Be 'InvalidArgument'
        (Get-AstroBinConfiguration).BaseUri.AbsoluteUri | Should -Be $BaseUri -Because 'a refused value changes nothing'
    }

    It 'uses ASTROBIN_BASE_URI when the session sets none, and the real site by default' {
        $lines = Invoke-ChildPwsh "`$c = Get-AstroBinConfiguration; `$c.BaseUriSource; `$c.BaseUri.AbsoluteUri; (Get-AstroBinImage -Id yx76x9).Title" @{ ASTROBIN_BASE_URI = $BaseUri; ASTROBIN_API_KEY = $ApiKey; ASTROBIN_API_SECRET = $ApiSecret }
        $lines[0..2] | Should -Be @('Environment', $BaseUri, 'NGC 1316')
        $default = Invoke-ChildPwsh "`$c = Get-AstroBinConfiguration; `$c.BaseUriSource; `$c.BaseUri.AbsoluteUri"
        $default | Should -Be @('Default', 'https://www.astrobin.com/api/v1/')
    }

    It 'reports a bad ASTROBIN_BASE_URI as AstroBinInvalidBaseUri' {
        $lines = Invoke-ChildPwsh "try { Get-AstroBinImage -Id yx76x9 } catch { `$_.FullyQualifiedErrorId; `$_.ToString() }" @{ ASTROBIN_BASE_URI = 'ftp://x/'; ASTROBIN_API_KEY = $ApiKey; ASTROBIN_API_SECRET = $ApiSecret }
        $lines[0] | Should -BeLike 'AstroBinInvalidBaseUri,*'
        $lines[1] | Should -Match 'ASTROBIN_BASE_URI'
    }
}

Describe 'Get-AstroBinImage' {
    It 'gets an image by hash as a typed AstroBin.Image' {
        $image = Get-AstroBinImage -Id yx76x9
        $image | Should -BeOfType ([AstroBin.Image])
        $image.PSObject.TypeNames[0] | Should -Be 'AstroBin.Image'
        $image.Title | Should -Be 'NGC 1316'
        $image.User | Should -Be 'crgood2'
        $image.Ra | Should -Be 50.655
        $image.Ra | Should -BeOfType ([double])
        $image.Uploaded | Should -BeOfType ([datetime])
        $image.Uploaded.Kind | Should -Be 'Utc'
        $image.Subjects | Should -Be @('Fornax A', 'Fornax B', 'NGC 1310', 'NGC 1316', 'NGC 1317')
    }

    It 'gets an old image without a hash by its number' {
        $image = Get-AstroBinImage 399902
        $image.Id | Should -Be 399902
        $image.Hash | Should -BeNullOrEmpty
        $image.ImageId | Should -Be '399902'
    }

    It 'takes ids from the pipeline, and page URLs' {
        $images = 'yx76x9', 'https://www.astrobin.com/00fte8/' | Get-AstroBinImage
        $images.Hash | Should -Be @('yx76x9', '00fte8')
    }

    It 'refetches image objects by hash, never by their numeric resource_uri' {
        $image = Get-AstroBinImage -Id 00fte8
        ($image | Get-AstroBinImage).Hash | Should -Be '00fte8'
    }

    It 'writes a non-terminating AstroBinImageNotFound for an unknown id and goes on' {
        $errors = @()
        $images = 'zzzzz9', 'yx76x9' | Get-AstroBinImage -ErrorAction SilentlyContinue -ErrorVariable errors
        $images.Hash | Should -Be 'yx76x9'
        $errors.Count | Should -Be 1
        $errors[0].FullyQualifiedErrorId | Should -BeLike 'AstroBinImageNotFound,*'
        $errors[0].CategoryInfo.Category | Should -Be 'ObjectNotFound'
        $errors[0].TargetObject | Should -Be 'zzzzz9'
    }

    It 'finds an image that has a hash by its number too (the server answers image/659781/ with 404; the module asks image/set/659781/)' {
        $image = Get-AstroBinImage -Id 659781 -NoCache
        $image.Hash | Should -Be 'yx76x9'
        $image.Id | Should -Be 659781
    }

    It 'refuses the malformed id <Id> with AstroBinInvalidImageId before any request' -ForEach @(
        @{ Id = '' }, @{ Id = ' ' }, @{ Id = 'ab/cd' }, @{ Id = 'abc?x=1' }, @{ Id = '../x' }, @{ Id = 'ABC123' }
    ) {
        $errors = Get-ErrorRecord { Get-AstroBinImage -Id $Id }
        $errors.Count | Should -Be 1
        $errors[0].FullyQualifiedErrorId | Should -BeLike 'AstroBinInvalidImageId,*'
        $errors[0].CategoryInfo.Category | Should -Be 'InvalidArgument'
        $errors[0].ToString() | Should -Match 'lowercase letters and digits|empty'
    }

    It 'shows each request in -Verbose with the key and secret masked' {
        $verbose = Get-AstroBinImage -Id yx76x9 -NoCache -Verbose 4>&1 | Where-Object { $_ -is [System.Management.Automation.VerboseRecord] }
        $verbose.Count | Should -Be 1
        $verbose[0].Message | Should -Match '^GET http://127\.0\.0\.1:\d+/api/v1/image/yx76x9/\?format=json&api_key=\*\*\*&api_secret=\*\*\* -> 200 OK \(\d+ ms\)$'
    }
}

Describe 'Search-AstroBinImage' {
    It 'finds images by plate-solved subject (M31 is read as M 31)' {
        $images = Search-AstroBinImage -Subject M31 -First 30
        $images.Count | Should -Be 30
        foreach ($image in $images) { $image.Subjects | Should -Contain 'M 31' }
    }

    It 'finds images by user' {
        $images = Search-AstroBinImage -User crgood2
        $images.Count | Should -BeGreaterThan 0
        $images.User | Sort-Object -Unique | Should -Be 'crgood2'
        $images.Hash | Should -Contain 'yx76x9'
    }

    It 'matches titles case-insensitively by default, and the count agrees with -IncludeTotalCount' {
        $all = Search-AstroBinImage -TitleContains andromeda -IncludeTotalCount
        $total = $all | Where-Object { $_ -isnot [AstroBin.Image] }
        $images = $all | Where-Object { $_ -is [AstroBin.Image] }
        [long]$total.PSObject.BaseObject | Should -Be $images.Count
        $total.ToString() | Should -Be "Total count: $($images.Count)"
        $images.Count | Should -BeGreaterThan 25 -Because 'the search crosses several pages'
        foreach ($image in $images) { $image.Title | Should -BeLike '*andromeda*' }
        ($images.Title -clike '*andromeda*').Count | Should -BeLessThan $images.Count -Because 'Andromeda and andromeda both match'
        ($images.ImageId | Sort-Object -Unique -CaseSensitive).Count | Should -Be $images.Count -Because 'no image comes twice across pages'
    }

    It 'matches case-sensitively with -CaseSensitive' {
        $images = Search-AstroBinImage -TitleContains Andromeda -CaseSensitive
        $images.Count | Should -BeGreaterThan 0
        foreach ($image in $images) { $image.Title | Should -BeLikeExactly '*Andromeda*' }
    }

    It 'finds descriptions containing a word' {
        $images = Search-AstroBinImage -DescriptionContains wind -First 10
        $images.Count | Should -BeGreaterThan 0
        foreach ($image in $images) { $image.Description | Should -BeLike '*wind*' }
    }

    It 'finds titles by start, end and whole title' {
        $start = Search-AstroBinImage -TitleStartsWith 'm 42' -First 5
        $start.Count | Should -BeGreaterThan 0
        foreach ($image in $start) { $image.Title | Should -BeLike 'M 42*' }
        $end = Search-AstroBinImage -TitleEndsWith $start[0].Title.Substring($start[0].Title.Length - 6) -First 5
        $end.Hash | Should -Contain $start[0].Hash
        $exact = Search-AstroBinImage -Title $start[0].Title.ToUpperInvariant()
        $exact.Hash | Should -Contain $start[0].Hash
        foreach ($image in $exact) { $image.Title | Should -Be $start[0].Title }
    }

    It 'filters an upload date range, After inclusive and Before exclusive' {
        $images = Search-AstroBinImage -UploadedAfter 2024-01-01 -UploadedBefore 2024-02-01
        $images.Count | Should -BeGreaterThan 0
        foreach ($image in $images) {
            $image.Uploaded | Should -BeGreaterOrEqual ([datetime]'2024-01-01')
            $image.Uploaded | Should -BeLessThan ([datetime]'2024-02-01')
        }
    }

    It 'filters a publication date range' {
        $images = Search-AstroBinImage -PublishedAfter 2023-06-01 -PublishedBefore 2023-07-01 -First 10
        $images.Count | Should -BeGreaterThan 0
        foreach ($image in $images) { $image.Published.ToString('yyyy-MM') | Should -Be '2023-06' }
    }

    It 'comes newest upload first by default' {
        $images = Search-AstroBinImage -First 40
        $images.Count | Should -Be 40
        $uploaded = $images.Uploaded
        for ($i = 1; $i -lt $uploaded.Count; $i++) { $uploaded[$i] | Should -BeLessOrEqual $uploaded[$i - 1] }
    }

    It 'orders by title, ascending and with -Descending' {
        $ascending = (Search-AstroBinImage -TitleContains nebula -OrderBy Title -First 30).Title
        $descending = (Search-AstroBinImage -TitleContains nebula -OrderBy Title -Descending -First 30).Title
        $ascending[0] | Should -Not -Be $descending[0]
        for ($i = 1; $i -lt $ascending.Count; $i++) { [string]::CompareOrdinal($ascending[$i], $ascending[$i - 1]) | Should -BeGreaterOrEqual 0 }
        for ($i = 1; $i -lt $descending.Count; $i++) { [string]::CompareOrdinal($descending[$i], $descending[$i - 1]) | Should -BeLessOrEqual 0 }
    }

    It 'pages with -Skip and -First exactly like one long read' {
        $ten = Search-AstroBinImage -TitleContains nebula -First 60
        $window = Search-AstroBinImage -TitleContains nebula -Skip 20 -First 30
        $window.Hash | Should -Be $ten[20..49].Hash
    }

    It 'combines several filters with a raw -Filter lookup' {
        $images = Search-AstroBinImage -TitleContains nebula -UploadedAfter 2020-01-01 -Filter @{ w__gte = 3000; data_source = 'BACKYARD' } -First 20
        $images.Count | Should -BeGreaterThan 0
        foreach ($image in $images) {
            $image.Title | Should -BeLike '*nebula*'
            $image.Width | Should -BeGreaterOrEqual 3000
            $image.DataSource | Should -Be 'BACKYARD'
            $image.Uploaded | Should -BeGreaterOrEqual ([datetime]'2020-01-01')
        }
    }

    It 'takes the user name from a user profile in the pipeline' {
        $images = Get-AstroBinUser -Username crgood2 | Search-AstroBinImage
        $images.Hash | Should -Contain 'yx76x9'
    }

    It 'sends values with <Name> literally' -ForEach @(
        @{ Name = 'an ampersand'; Text = 'Orion & Running' }
        @{ Name = 'equals, percent and a question mark'; Text = '= 100% ?' }
        @{ Name = 'non-ASCII'; Text = 'Nébuleuse' }
        @{ Name = 'a plus and a hash'; Text = '#' }
    ) {
        $images = Search-AstroBinImage -TitleContains $Text
        $images.Count | Should -BeGreaterThan 0
        foreach ($image in $images) { $image.Title | Should -BeLike "*$([WildcardPattern]::Escape($Text))*" }
    }

    It 'cannot smuggle a parameter through a value' {
        $errors = Get-ErrorRecord { Search-AstroBinImage -TitleContains 'x&api_key=bad' }
        $errors.Count | Should -Be 0 -Because 'the value is sent encoded, so the real key is the only one'
    }

    It 'refuses an unknown -Filter key with AstroBinInvalidFilter, listing the supported keys, before any request' {
        $output = @()
        $errors = try { Search-AstroBinImage -Filter @{ titel__icontains = 'x' } -Verbose 4>&1 | ForEach-Object { $output += $_ } } catch { $_ }
        $errors[0].FullyQualifiedErrorId | Should -BeLike 'AstroBinInvalidFilter,*'
        $errors[0].CategoryInfo.Category | Should -Be 'InvalidArgument'
        $errors[0].ToString() | Should -Match "'titel__icontains'"
        $errors[0].ToString() | Should -Match 'title__icontains|__icontains'
        @($output | Where-Object { $_ -is [System.Management.Automation.VerboseRecord] }).Count | Should -Be 0
    }

    It 'refuses -UploadedAfter later than -UploadedBefore with AstroBinInvalidDateRange' {
        $errors = Get-ErrorRecord { Search-AstroBinImage -UploadedAfter 2024-02-01 -UploadedBefore 2024-01-01 }
        $errors[0].FullyQualifiedErrorId | Should -BeLike 'AstroBinInvalidDateRange,*'
        $errors[0].ToString() | Should -Match 'not earlier than'
    }

    It 'refuses -Descending without -OrderBy' {
        $errors = Get-ErrorRecord { Search-AstroBinImage -Descending }
        $errors[0].FullyQualifiedErrorId | Should -BeLike 'AstroBinInvalidValue,*'
    }

    It 'refuses a negative <Name>' -ForEach @(@{ Name = 'First' }, @{ Name = 'Skip' }) {
        $arguments = @{ $Name = -1 }
        $errors = Get-ErrorRecord { Search-AstroBinImage @arguments }
        $errors[0].FullyQualifiedErrorId | Should -BeLike 'CannotConvertArgumentNoMessage,*'
        $errors[0].ToString() | Should -Match "parameter '$Name'"
    }

    It 'passes a server refusal on as AstroBinBadRequest with the server message' {
        $errors = Get-ErrorRecord { Search-AstroBinImage -Filter @{ w = 'abc' } }
        $errors[0].FullyQualifiedErrorId | Should -BeLike 'AstroBinBadRequest,*'
        $errors[0].ToString() | Should -Match 'mismatched type'
    }
}

Describe 'Get-AstroBinImageOfTheDay' {
    It "gets today's by default, carrying the image id" {
        $iotd = Get-AstroBinImageOfTheDay
        @($iotd).Count | Should -Be 1
        $iotd | Should -BeOfType ([AstroBin.ImageOfTheDay])
        $iotd.Date | Should -Be $script:Today
        $iotd.Image | Should -Match '^/api/v1/image/[a-z0-9]+$'
        $iotd.ImageId | Should -Be ($iotd.Image -replace '^/api/v1/image/')
    }

    It "gets yesterday's with -Offset 1" {
        (Get-AstroBinImageOfTheDay -Offset 1).Date | Should -Be $script:Today.AddDays(-1)
    }

    It 'gets the last N, newest first, one per day' {
        $last = Get-AstroBinImageOfTheDay -Last 30
        $last.Count | Should -Be 30
        for ($i = 0; $i -lt 30; $i++) { $last[$i].Date | Should -Be $script:Today.AddDays(-$i) }
    }

    It "gets a given day's with -Date" {
        $day = $script:Today.AddDays(-40)
        $iotd = Get-AstroBinImageOfTheDay -Date $day
        $iotd.Date | Should -Be $day
        $iotd.ImageId | Should -Be (Get-AstroBinImageOfTheDay -Offset 40).ImageId
    }

    It 'reports a day without one as AstroBinImageOfTheDayNotFound' {
        $errors = Get-ErrorRecord { Get-AstroBinImageOfTheDay -Date $script:Today.AddDays(3) }
        $errors[0].FullyQualifiedErrorId | Should -BeLike 'AstroBinImageOfTheDayNotFound,*'
        $errors[0].CategoryInfo.Category | Should -Be 'ObjectNotFound'
    }

    It 'refuses a negative -Offset and a -Last below 1' {
        (Get-ErrorRecord { Get-AstroBinImageOfTheDay -Offset -1 })[0].FullyQualifiedErrorId | Should -BeLike 'ParameterArgumentValidationError,*'
        (Get-ErrorRecord { Get-AstroBinImageOfTheDay -Last 0 })[0].FullyQualifiedErrorId | Should -BeLike 'ParameterArgumentValidationError,*'
    }

    It 'chains into Get-AstroBinImage and Get-AstroBinUser' {
        $iotd = Get-AstroBinImageOfTheDay
        $image = $iotd | Get-AstroBinImage
        $image.ImageId | Should -Be $iotd.ImageId
        $user = $iotd | Get-AstroBinImage | Get-AstroBinUser
        $user | Should -BeOfType ([AstroBin.UserProfile])
        $user.Username | Should -Be $image.User
    }
}

Describe 'Get-AstroBinUser' {
    It 'gets a user by name, and the same user by profile number' {
        $user = Get-AstroBinUser -Username crgood2
        $user | Should -BeOfType ([AstroBin.UserProfile])
        $user.Username | Should -Be 'crgood2'
        $user.ImageCount | Should -BeGreaterThan 0
        $user.DateJoined.Kind | Should -Be 'Utc'
        $byId = Get-AstroBinUser -Id $user.Id
        $byId.Username | Should -Be 'crgood2'
    }

    It 'binds the user name of images in the pipeline' {
        $name = (Search-AstroBinImage -First 200 | Group-Object User | Sort-Object Count -Descending | Select-Object -First 1).Name
        $users = Search-AstroBinImage -User $name -First 2 | Get-AstroBinUser
        $users.Count | Should -Be 2
        $users.Username | Sort-Object -Unique | Should -Be $name
    }

    It 'writes a non-terminating AstroBinUserNotFound and goes on' {
        $errors = @()
        $users = 'no-such-user-x', 'crgood2' | Get-AstroBinUser -ErrorAction SilentlyContinue -ErrorVariable errors
        $users.Username | Should -Be 'crgood2'
        $errors.Count | Should -Be 1
        $errors[0].FullyQualifiedErrorId | Should -BeLike 'AstroBinUserNotFound,*'
        $errors[0].TargetObject | Should -Be 'no-such-user-x'
    }

    It 'reports an unknown profile number as AstroBinUserNotFound' {
        (Get-ErrorRecord { Get-AstroBinUser -Id 99999999 })[0].FullyQualifiedErrorId | Should -BeLike 'AstroBinUserNotFound,*'
    }

    It 'refuses an empty user name and a profile number below 1' {
        (Get-ErrorRecord { Get-AstroBinUser -Username '' })[0].FullyQualifiedErrorId | Should -BeLike 'AstroBinInvalidUsername,*'
        (Get-ErrorRecord { Get-AstroBinUser -Id 0 })[0].FullyQualifiedErrorId | Should -BeLike 'ParameterArgumentValidationError,*'
    }
}

Describe 'Secrets' {
    It 'never appear in any stream or in $Error, even with -Verbose and -Debug and failures' {
        $Error.Clear()
        $ErrorActionPreference = 'Continue'
        $DebugPreference = 'Continue'
        $captured = & {
            Get-AstroBinImage -Id yx76x9, zzzzz9 -Verbose -Debug
            Search-AstroBinImage -TitleContains andromeda -First 30 -Verbose -Debug
            Get-AstroBinImageOfTheDay -Last 3 -Verbose -Debug
            Get-AstroBinUser -Username crgood2, nobody-here -Verbose -Debug
            Search-AstroBinImage -Filter @{ w = 'abc' } -Verbose
            Get-AstroBinApiKey; Get-AstroBinConfiguration
        } *>&1 | Out-String -Width 500
        $errorText = ($Error | ForEach-Object { $_.ToString(); $_.Exception.ToString(); $_.ErrorDetails.Message; "$($_.TargetObject)" }) -join "`n"
        $captured | Should -Match 'api_key=\*\*\*'
        $captured | Should -Not -Match $ApiSecret
        $captured | Should -Not -Match $ApiKey
        $errorText | Should -Not -Match $ApiSecret
        $errorText | Should -Not -Match $ApiKey
    }
}
