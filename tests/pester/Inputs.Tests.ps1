# One input model (issue 16): every output type exported (CSV, JSON, Clixml) and read back binds exactly as the live
# object it came from, in every cmdlet that takes pipeline input; every page address a user can copy is understood or
# refused naming what it is, before any request; default parameter sets, user names, wildcards and unbounded searches.
param(
    [Parameter(Mandatory)] [string] $ModulePath,
    [Parameter(Mandatory)] [string] $BaseUri,
    [Parameter(Mandatory)] [string] $ApiKey,
    [Parameter(Mandatory)] [string] $ApiSecret,
    [string] $EmulatorDll
)

BeforeDiscovery {
    $Types = 'AstroBin.Image', 'AstroBin.UserProfile', 'AstroBin.ImageRevision', 'AstroBin.Location', 'AstroBin.Collection',
        'AstroBin.ImageOfTheDay', 'AstroBin.ImageOfTheDay#IncludeImage', 'AstroBin.TopPick', 'AstroBin.TopPickNomination'
    $Forms = 'Csv', 'CsvWithType', 'Json', 'Clixml'
    $Consumers = 'Get-AstroBinImage', 'Get-AstroBinUser', 'Get-AstroBinImageRevision', 'Get-AstroBinLocation', 'Get-AstroBinCollection',
        'Search-AstroBinImage', 'Save-AstroBinImage', 'Show-AstroBinImage', 'Invoke-AstroBinApi', 'Sync-AstroBinImage'
    $Exported = foreach ($consumer in $Consumers) { foreach ($type in $Types) { foreach ($form in $Forms) { @{ Consumer = $consumer; Type = $type; Form = $form } } } }
    # Every address form: what it stands for, piped into every cmdlet that takes piped text.
    $AddressForms = [ordered]@{
        'image page' = 'Image'; 'image page without slash' = 'Image'; 'revision page' = 'Image'; 'full view' = 'Image'; 'full view of a revision' = 'Image'
        'file address' = 'Image'; 'short link' = 'Image'; 'image API address' = 'Image'; 'image API address without slash' = 'Image'; 'image resource_uri' = 'Image'
        'user page' = 'User'; 'user gallery' = 'User'; 'userprofile API address' = 'User'; 'userprofile resource_uri' = 'User'
        'imagerevision API address' = 'ImageRevision'; 'location resource_uri' = 'Location'; 'collection API address' = 'Collection'
    }
    $Takes = [ordered]@{
        'Get-AstroBinImage' = 'Image'; 'Save-AstroBinImage' = 'Image'; 'Show-AstroBinImage' = 'Image'; 'Sync-AstroBinImage' = 'Image'
        'Get-AstroBinUser' = 'User'; 'Get-AstroBinImageRevision' = 'ImageRevision'; 'Get-AstroBinLocation' = 'Location'; 'Get-AstroBinCollection' = 'Collection'
    }
    $Addressed = foreach ($consumer in $Takes.Keys) {
        foreach ($form in $AddressForms.Keys) { @{ Consumer = $consumer; Form = $form; Works = $Takes[$consumer] -eq $AddressForms[$form] } }
    }
}

BeforeAll {
    Import-Module $ModulePath -Force
    Set-AstroBinConfiguration -BaseUri $BaseUri -MaxRequestsPerSecond 1000
    Set-AstroBinApiKey -ApiKey $ApiKey -ApiSecret (ConvertTo-SecureString $ApiSecret -AsPlainText -Force)
    $env:DISPLAY = $null
    $env:WAYLAND_DISPLAY = $null

    function Get-RequestCount { (Invoke-RestMethod -Uri ([Uri]::new([Uri]$BaseUri, '/_emulator/stats'))).requests }

    $script:Folder = Join-Path $TestDrive 'saved'
    $null = New-Item -ItemType Directory -Path $script:Folder
    $image = Search-AstroBinImage -First 200 | Where-Object { $_.Hash -and $_.Revisions.Count -gt 0 -and $_.Locations.Count -gt 0 } | Select-Object -First 1
    $collection = Get-AstroBinCollection -First 100 | Where-Object { $_.ImageCount -in 2..3 } | Select-Object -First 1
    $script:Image = $image
    $script:Live = @{
        'AstroBin.Image'                      = $image
        'AstroBin.UserProfile'                = $image | Get-AstroBinUser
        'AstroBin.ImageRevision'              = Get-AstroBinImageRevision -Id $image.Revisions[0]
        'AstroBin.Location'                   = Get-AstroBinLocation -Id $image.Locations[0]
        'AstroBin.Collection'                 = $collection
        'AstroBin.ImageOfTheDay'              = Get-AstroBinImageOfTheDay
        'AstroBin.ImageOfTheDay#IncludeImage' = Get-AstroBinImageOfTheDay -Offset 1 -IncludeImage
        'AstroBin.TopPick'                    = Get-AstroBinTopPick -First 1
        'AstroBin.TopPickNomination'          = Get-AstroBinTopPickNomination -First 1
    }
    # Each sample written out and read back as a user would.
    $script:Exported = @{}
    foreach ($name in $script:Live.Keys) {
        $file = Join-Path $TestDrive ($name -replace '[#.]', '-')
        $live = $script:Live[$name]
        $live | Export-Csv -LiteralPath "$file.csv"
        $live | Export-Csv -LiteralPath "$file-typed.csv" -IncludeTypeInformation
        $live | ConvertTo-Json -Depth 4 | Set-Content -LiteralPath "$file.json"
        $live | Export-Clixml -LiteralPath "$file.xml"
        $script:Exported["$name|Csv"] = Import-Csv -LiteralPath "$file.csv"
        $script:Exported["$name|CsvWithType"] = Import-Csv -LiteralPath "$file-typed.csv"
        $script:Exported["$name|Json"] = Get-Content -LiteralPath "$file.json" -Raw | ConvertFrom-Json
        $script:Exported["$name|Clixml"] = Import-Clixml -LiteralPath "$file.xml"
    }
    $folder = $script:Folder
    $script:Run = @{
        'Get-AstroBinImage'         = { param($s) $s | Get-AstroBinImage }
        'Get-AstroBinUser'          = { param($s) $s | Get-AstroBinUser }
        'Get-AstroBinImageRevision' = { param($s) $s | Get-AstroBinImageRevision }
        'Get-AstroBinLocation'      = { param($s) $s | Get-AstroBinLocation }
        'Get-AstroBinCollection'    = { param($s) $s | Get-AstroBinCollection -First 5 }
        'Search-AstroBinImage'      = { param($s) $s | Search-AstroBinImage -First 3 }
        'Save-AstroBinImage'        = { param($s) $s | Save-AstroBinImage -Path $folder -Size Thumb -PassThru -Force }.GetNewClosure()
        'Show-AstroBinImage'        = { param($s) $s | Show-AstroBinImage }
        'Invoke-AstroBinApi'        = { param($s) $s | Invoke-AstroBinApi }
        'Sync-AstroBinImage'        = { param($s) $s | Sync-AstroBinImage -Path (Join-Path $folder "synced-$([guid]::NewGuid())") -Size Thumb }.GetNewClosure()
    }
    # What identifies each output, to compare the exported object's results with the live one's.
    $script:Key = {
        param($o)
        switch ($o) {
            { $_ -is [AstroBin.Image] } { "image $($_.ImageId)"; break }
            { $_ -is [AstroBin.UserProfile] } { "user $($_.Id)"; break }
            { $_ -is [AstroBin.ImageRevision] } { "revision $($_.Id)"; break }
            { $_ -is [AstroBin.Location] } { "location $($_.Id)"; break }
            { $_ -is [AstroBin.Collection] } { "collection $($_.Id)"; break }
            { $_ -is [System.IO.FileInfo] } { "file $($_.Name)"; break }
            { $_ -is [AstroBin.SyncResult] } { "synced $($_.ImageId) $($_.Action)"; break }
            { $_ -is [string] } { "text $_"; break }
            default { "record $($_.resource_uri)" }
        }
    }

    function Invoke-Consumer([string] $Consumer, $Sample) {
        $ErrorActionPreference = 'Continue'
        $before = Get-RequestCount
        $records = @(try { & $script:Run[$Consumer] $Sample 2>&1 } catch { $_ })
        [pscustomobject]@{
            Keys     = @($records | Where-Object { $_ -isnot [System.Management.Automation.ErrorRecord] } | ForEach-Object { & $script:Key $_ })
            Errors   = @($records | Where-Object { $_ -is [System.Management.Automation.ErrorRecord] })
            Requests = (Get-RequestCount) - $before
        }
    }
    $script:LiveResults = @{}
}

Describe 'An exported object binds exactly as the live object it came from' {
    It '<Type> via <Form> | <Consumer>' -ForEach $Exported {
        $liveKey = "$Consumer|$Type"
        if (-not $script:LiveResults.ContainsKey($liveKey)) { $script:LiveResults[$liveKey] = Invoke-Consumer $Consumer $script:Live[$Type] }
        $live = $script:LiveResults[$liveKey]
        $sample = $script:Exported["$Type|$Form"]
        $sample | Should -Not -BeNullOrEmpty
        $result = Invoke-Consumer $Consumer $sample
        if ($live.Errors.Count -eq 0) {
            $result.Errors | ForEach-Object { "$($_.FullyQualifiedErrorId): $_" } | Should -BeNullOrEmpty
            # Downloads end in any order.
            if ($Consumer -in 'Save-AstroBinImage', 'Sync-AstroBinImage') { ($result.Keys | Sort-Object) | Should -Be ($live.Keys | Sort-Object) }
            else { $result.Keys | Should -Be $live.Keys }
        }
        else {
            $result.Keys | Should -BeNullOrEmpty
            $result.Errors.Count | Should -BeGreaterThan 0
            $result.Requests | Should -Be 0 -Because 'what the live object cannot be used as is refused before any request'
            if ($live.Errors[0].Exception.Message -match [regex]::Escape(($Type -split '#')[0])) {
                $result.Errors[0].Exception.Message | Should -Match ([regex]::Escape(($Type -split '#')[0])) -Because 'the refusal names the type'
            }
        }
    }
}

Describe 'Page addresses' {
    BeforeAll {
        $hash = $script:Image.Hash
        $script:Root = ([Uri]::new([Uri]$BaseUri, '/')).AbsoluteUri.TrimEnd('/')
        $revision = $script:Live['AstroBin.ImageRevision']
        $script:ImageAddresses = @(
            "https://www.astrobin.com/$hash/", "https://www.astrobin.com/$hash", "https://www.astrobin.com/$hash/$($revision.Label)/",
            "https://www.astrobin.com/full/$hash/0/", "https://www.astrobin.com/full/$hash/$($revision.Label)/",
            "https://astrob.in/$hash", "$script:Root/api/v1/image/$hash/", "$script:Root/api/v1/image/$hash", "/api/v1/image/$hash/", "/api/v1/image/$hash"
        )
        $script:UserName = $script:Image.User
        $script:UserId = $script:Live['AstroBin.UserProfile'].Id
    }

    It 'every address of an image gets that image, in every image cmdlet' {
        foreach ($address in $script:ImageAddresses) {
            (Get-AstroBinImage $address).ImageId | Should -Be $script:Image.Hash -Because $address
            ($address | Get-AstroBinImage).ImageId | Should -Be $script:Image.Hash -Because $address
            ($address | Show-AstroBinImage) | Should -Be "https://www.astrobin.com/$($script:Image.Hash)/" -Because $address
            ($address | Save-AstroBinImage -Path $script:Folder -Size Thumb -PassThru -Force).Name | Should -BeLike "$($script:Image.Hash)_thumb.*" -Because $address
            ($address | Invoke-AstroBinApi).hash | Should -Be $script:Image.Hash -Because $address
        }
    }

    It 'a user page and a userprofile address get that user' -ForEach @(
        @{ Form = 'user page' }, @{ Form = 'user gallery page' }, @{ Form = 'userprofile API address' }, @{ Form = 'resource_uri' }
    ) {
        $address = switch ($Form) {
            'user page' { "https://www.astrobin.com/users/$script:UserName/" }
            'user gallery page' { "https://www.astrobin.com/users/$script:UserName/collections/" }
            'userprofile API address' { "$script:Root/api/v1/userprofile/$script:UserId" }
            'resource_uri' { "/api/v1/userprofile/$script:UserId/" }
        }
        (Get-AstroBinUser $address).Id | Should -Be $script:UserId
        ($address | Get-AstroBinUser).Id | Should -Be $script:UserId
    }

    It 'a user page gives Search-AstroBinImage and Get-AstroBinCollection that user' {
        @(Search-AstroBinImage -User "https://www.astrobin.com/users/$script:UserName/" -First 3).User | Sort-Object -Unique | Should -Be $script:UserName
    }

    It 'an image cmdlet refuses a user page, naming "a user page", before any request: <Consumer>' -ForEach @(
        @{ Consumer = 'Get-AstroBinImage' }, @{ Consumer = 'Save-AstroBinImage' }, @{ Consumer = 'Show-AstroBinImage' }, @{ Consumer = 'Sync-AstroBinImage' }
    ) {
        $result = Invoke-Consumer $Consumer "https://www.astrobin.com/users/$script:UserName/"
        $result.Keys | Should -BeNullOrEmpty
        $result.Requests | Should -Be 0
        $result.Errors[0].FullyQualifiedErrorId | Should -BeLike 'ParameterArgumentTransformationError,*'
        $result.Errors[0].Exception.Message | Should -Match 'a user page'
        $result.Errors[0].Exception.Message | Should -Match 'Search-AstroBinImage'
    }

    It 'revision and location addresses go to their own cmdlets, and are refused, named, by the others' {
        $revision = $script:Live['AstroBin.ImageRevision']
        (Get-AstroBinImageRevision "$script:Root/api/v1/imagerevision/$($revision.Id)").Id | Should -Be $revision.Id
        $result = Invoke-Consumer 'Get-AstroBinImage' "/api/v1/imagerevision/$($revision.Id)/"
        $result.Requests | Should -Be 0
        $result.Errors[0].Exception.Message | Should -Match 'image revision'
        $result = Invoke-Consumer 'Get-AstroBinLocation' "https://www.astrobin.com/$($script:Image.Hash)/"
        $result.Requests | Should -Be 0
        $result.Errors[0].Exception.Message | Should -Match "the page of image '$($script:Image.Hash)'"
    }

    It 'an AstroBin page that names nothing is refused saying so' {
        $result = Invoke-Consumer 'Get-AstroBinImage' 'https://www.astrobin.com/search/'
        $result.Requests | Should -Be 0
        $result.Errors[0].Exception.Message | Should -Match "an AstroBin page \('/search/'\)"
    }
}

Describe 'Every address form piped into every cmdlet that takes piped text' {
    BeforeAll {
        $hash = $script:Image.Hash
        $root = ([Uri]::new([Uri]$BaseUri, '/')).AbsoluteUri.TrimEnd('/')
        $revision = $script:Live['AstroBin.ImageRevision']
        $user = $script:Live['AstroBin.UserProfile']
        $script:Addresses = @{
            'image page' = "https://www.astrobin.com/$hash/"; 'image page without slash' = "https://www.astrobin.com/$hash"
            'revision page' = "https://www.astrobin.com/$hash/$($revision.Label)/"; 'full view' = "https://www.astrobin.com/full/$hash/0/"
            'full view of a revision' = "https://www.astrobin.com/full/$hash/$($revision.Label)/"; 'file address' = "https://www.astrobin.com/$hash/0/rawthumb/thumb/"
            'short link' = "https://astrob.in/$hash"; 'image API address' = "$root/api/v1/image/$hash/"; 'image API address without slash' = "$root/api/v1/image/$hash"
            # As an Image of the Day's or a collection's image path holds it (an image's own resource_uri has its number,
            # which Sync looks up on its own until the shared engine lands: issue 16 item 1).
            'image resource_uri' = "/api/v1/image/$hash"
            'user page' = "https://www.astrobin.com/users/$($user.Username)/"; 'user gallery' = "https://www.astrobin.com/users/$($user.Username)/collections/"
            'userprofile API address' = "$root/api/v1/userprofile/$($user.Id)"; 'userprofile resource_uri' = $user.ResourceUri
            'imagerevision API address' = "$root/api/v1/imagerevision/$($revision.Id)/"; 'location resource_uri' = $script:Live['AstroBin.Location'].ResourceUri
            'collection API address' = "$root/api/v1/collection/$($script:Live['AstroBin.Collection'].Id)"
        }
        # The one record each kind of address stands for, as the consumer's output shows it.
        $script:Expected = @{
            'Get-AstroBinImage' = "image $hash"; 'Save-AstroBinImage' = "file $($hash)_thumb"; 'Show-AstroBinImage' = "text https://www.astrobin.com/$hash/"
            'Sync-AstroBinImage' = "synced $hash Added"; 'Get-AstroBinUser' = "user $($user.Id)"; 'Get-AstroBinImageRevision' = "revision $($revision.Id)"
            'Get-AstroBinLocation' = "location $($script:Live['AstroBin.Location'].Id)"; 'Get-AstroBinCollection' = "collection $($script:Live['AstroBin.Collection'].Id)"
        }
    }

    It '<Form> | <Consumer> (works: <Works>)' -ForEach $Addressed {
        $address = $script:Addresses[$Form]
        $address | Should -Not -BeNullOrEmpty
        $result = Invoke-Consumer $Consumer $address
        if ($Works) {
            $result.Errors | ForEach-Object { "$($_.FullyQualifiedErrorId): $_" } | Should -BeNullOrEmpty
            ($result.Keys -replace '\.(png|jpg|jpeg|gif|tif|tiff)$', '') | Should -Be $script:Expected[$Consumer]
        }
        else {
            $result.Keys | Should -BeNullOrEmpty
            $result.Requests | Should -Be 0 -Because 'an address of another kind of record is refused before any request'
            $result.Errors[0].FullyQualifiedErrorId | Should -BeLike 'ParameterArgumentTransformationError,*'
            $result.Errors[0].Exception.Message | Should -Match ([regex]::Escape("'$address' is ")) -Because 'the refusal says what the address was understood to be'
        }
    }
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

    It '-User with a wildcard is refused before any request: <Command>' -ForEach @(
        @{ Command = 'Search-AstroBinImage'; Run = { Search-AstroBinImage -User 'user0*' -ErrorAction Stop } }
        @{ Command = 'Get-AstroBinCollection'; Run = { Get-AstroBinCollection -User 'user0*' -ErrorAction Stop } }
        @{ Command = 'Sync-AstroBinImage'; Run = { Sync-AstroBinImage -User 'user0*' -Path (Join-Path $TestDrive 'wild') -ErrorAction Stop } }
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
