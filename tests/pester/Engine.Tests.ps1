# The one engine for piped work (issue 16 items 1 and 7, issue 15 "Requests"): what each pipeline a user types costs,
# counted by an emulator of its own (/_emulator/requests), and what it gives back. Every count here was higher in 0.2.0.
param(
    [Parameter(Mandatory)] [string] $ModulePath,
    [Parameter(Mandatory)] [string] $BaseUri,
    [Parameter(Mandatory)] [string] $ApiKey,
    [Parameter(Mandatory)] [string] $ApiSecret,
    [Parameter(Mandatory)] [string] $EmulatorDll
)

BeforeAll {
    Import-Module (Join-Path $PSScriptRoot '../EmulatorProcess.psm1')
    $script:Emulator = Start-AstroBinEmulator -EmulatorDll (Resolve-Path $EmulatorDll).Path
    $script:Root = ([uri]$Emulator.BaseUri).GetLeftPart('Authority')
    Import-Module $ModulePath -Force
    Set-AstroBinConfiguration -BaseUri $Emulator.BaseUri -MaxRequestsPerSecond 1000
    Set-AstroBinApiKey -ApiKey $Emulator.ApiKey -ApiSecret (ConvertTo-SecureString $Emulator.ApiSecret -AsPlainText -Force)

    $script:Scratch = (New-Item -ItemType Directory -Path (Join-Path ([IO.Path]::GetTempPath()) "engine-tests-$([guid]::NewGuid())")).FullName
    function New-Folder { (New-Item -ItemType Directory -Path (Join-Path $Scratch ([guid]::NewGuid()))).FullName }
    # A user of its own for each test, so that the session cache holds none of its images.
    function New-User([int] $Count, [int] $Revisions = 0) {
        $name = 'engine' + [guid]::NewGuid().ToString('N').Substring(0, 8)
        $null = Invoke-RestMethod -Method Post "$Root/_emulator/images?user=$name&count=$Count&revisions=$Revisions"
        $name
    }
    function Get-RequestCount { Invoke-RestMethod "$Root/_emulator/requests" }
    # The requests $Script sends, by kind, and its output.
    function Measure-Requests([scriptblock] $Script) {
        $before = Get-RequestCount
        $output = @(& $Script)
        $after = Get-RequestCount
        [pscustomobject]@{ Output = $output; List = $after.list - $before.list; Detail = $after.detail - $before.detail; File = $after.file - $before.file }
    }
}

AfterAll {
    Remove-Item -LiteralPath $Scratch -Recurse -Force -ErrorAction SilentlyContinue
    $Emulator | Stop-AstroBinEmulator
}

Describe 'Sync-AstroBinImage, given ids (issue 16 item 1)' {
    It 'finds numbers through the multi-get, 100 a request, like Get- and Save-AstroBinImage' {
        $user = New-User 30
        $numbers = @((Search-AstroBinImage -User $user).Id)
        $folder = New-Folder
        # 0.2.0 asked image/<n>/ for each: 30 requests, each a 404 for an image with a hash.
        $run = Measure-Requests { $numbers | Sync-AstroBinImage -Path $folder -Size Thumb -ErrorVariable failed }
        $failed | Should -BeNullOrEmpty
        @($run.Output | Where-Object Action -EQ 'Added').Count | Should -Be 30
        $run.Detail | Should -Be 1
        $run.List | Should -Be 0
        # Written in input order.
        $byNumber = @{}
        foreach ($image in Search-AstroBinImage -User $user) { $byNumber[$image.Id] = $image.ImageId }
        @($run.Output.ImageId) | Should -Be @($numbers | ForEach-Object { $byNumber[$_] })
    }

    It 'fetches hashes once each and writes the results in input order' {
        $user = New-User 6
        $hashes = @((Search-AstroBinImage -User $user).ImageId)
        [array]::Reverse($hashes)
        $folder = New-Folder
        $run = Measure-Requests { $hashes | Sync-AstroBinImage -Path $folder -Size Thumb }
        @($run.Output.ImageId) | Should -Be $hashes
        $run.Detail | Should -Be 6
    }
}

Describe 'Requests spent on data already in hand (issue 16 item 7)' {
    It 'passes searched images through Get-AstroBinImage without a request' {
        $user = New-User 30
        $run = Measure-Requests { Search-AstroBinImage -User $user | Get-AstroBinImage }
        $run.Detail | Should -Be 0
        $run.List | Should -Be 2
        @($run.Output).Count | Should -Be 30
        $run.Output[0] | Should -BeOfType AstroBin.Image
        @($run.Output.ImageId) | Should -Be @((Search-AstroBinImage -User $user).ImageId)
    }

    It 'fetches them again with -NoCache' {
        $user = New-User 3
        $run = Measure-Requests { Search-AstroBinImage -User $user | Get-AstroBinImage -NoCache }
        $run.Detail | Should -Be 3
    }

    It 'costs no more for a collection piped to Save-AstroBinImage than through Get-AstroBinImage' {
        $collection = Get-AstroBinCollection -Name 'Complete works' | Select-Object -First 1
        $direct = Measure-Requests { Get-AstroBinCollection -Id $collection.Id -NoCache | Save-AstroBinImage -Path (New-Folder) -Size Thumb -PassThru }
        $through = Measure-Requests { Get-AstroBinCollection -Id $collection.Id -NoCache | Get-AstroBinImage -NoCache | Save-AstroBinImage -Path (New-Folder) -Size Thumb -PassThru }
        @($direct.Output).Count | Should -Be $collection.ImageIds.Count
        ($direct.List + $direct.Detail) | Should -BeLessOrEqual ($through.List + $through.Detail)
        $direct.File | Should -Be $through.File
    }

    It 'skips a file that exists before any request, whatever its extension' {
        $user = New-User 3
        $images = @(Search-AstroBinImage -User $user)
        $folder = New-Folder
        $first = @($images | Save-AstroBinImage -Path $folder -Size Thumb -PassThru)
        $first.Count | Should -Be 3
        # One of them saved under another extension by an earlier version of the file.
        Rename-Item -LiteralPath $first[0].FullName -NewName ([IO.Path]::ChangeExtension($first[0].Name, 'webp'))
        $again = Measure-Requests { $images | Save-AstroBinImage -Path $folder -Size Thumb -PassThru 3>&1 }
        $again.File | Should -Be 0
        # No file written, a warning for each.
        @($again.Output | Where-Object { $_ -is [IO.FileInfo] }).Count | Should -Be 0
        @($again.Output | Where-Object { $_ -is [System.Management.Automation.WarningRecord] -and "$_" -match 'exists; skipped' }).Count | Should -Be 3
        @(Get-ChildItem -LiteralPath $folder -File).Count | Should -Be 3
    }

    It 'downloads it again with -Force' {
        $user = New-User 1
        $folder = New-Folder
        $image = Search-AstroBinImage -User $user
        $null = $image | Save-AstroBinImage -Path $folder -Size Thumb
        $again = Measure-Requests { $image | Save-AstroBinImage -Path $folder -Size Thumb -Force -PassThru }
        $again.File | Should -Be 2
        @($again.Output).Count | Should -Be 1
    }
}

Describe 'Get-AstroBinImageRevision on the engine' {
    It 'gets the revisions of 120 piped images in 2 multi-gets, in the images'' order, and again from the cache' {
        $user = New-User 120 -Revisions 1
        $images = @(Search-AstroBinImage -User $user)
        $run = Measure-Requests { $images | Get-AstroBinImageRevision }
        # 0.3.0 before: one request a revision, 120.
        $run.Detail | Should -Be 2
        $run.Output | Should -HaveCount 120
        @($run.Output | ForEach-Object Id) | Should -Be @($images | ForEach-Object { [int](($_.Revisions[0] -split '/')[-2]) })
        (Measure-Requests { $images | Get-AstroBinImageRevision }).Detail | Should -Be 0
        (Measure-Requests { $images | Get-AstroBinImageRevision -NoCache }).Detail | Should -Be 2
    }

    It 'a number with no revision is its own error, in its place' {
        $user = New-User 2 -Revisions 1
        $numbers = @(Search-AstroBinImage -User $user | ForEach-Object { [int](($_.Revisions[0] -split '/')[-2]) })
        $out = @($numbers[0], 999999, $numbers[1] | Get-AstroBinImageRevision -ErrorAction SilentlyContinue -ErrorVariable failures)
        @($out.Id) | Should -Be $numbers
        $failures | Should -HaveCount 1
        $failures[0].FullyQualifiedErrorId | Should -BeLike 'AstroBinImageRevisionNotFound,*'
    }
}

Describe 'A first sync (issue 15 "Requests")' {
    It 'costs ceil(N/25) list requests and the user check, ceil(R/100) revision multi-gets, and the file hops' {
        $user = New-User 30 -Revisions 1
        $folder = New-Folder
        # 0.2.0: 2 list, 60 detail (one a record, one a revision).
        $run = Measure-Requests { Sync-AstroBinImage -User $user -Path $folder -Size Thumb, Gallery -IncludeRevision }
        @($run.Output | Where-Object Action -EQ 'Added').Count | Should -Be 30
        # 2 pages of 25, and the one userprofile list that tells a misspelt -User from a user with no image.
        $run.List | Should -Be 3
        # The images' records are the list's own; the revisions' come in one multi-get.
        $run.Detail | Should -Be 1
        # 2 hops a file: 30 images and 30 revisions, 2 sizes each.
        $run.File | Should -Be 240
        # Every image.json and revision.json is the record as the server sent it, each its own document.
        foreach ($record in Get-ChildItem -LiteralPath $folder -Recurse -Filter '*.json' | Where-Object Name -NE 'astrobin-sync.json') {
            $json = Get-Content -LiteralPath $record.FullName -Raw | ConvertFrom-Json
            $json.resource_uri | Should -Match '^/api/v1/(image|imagerevision)/'
        }
    }

    It 'keeps to full multi-gets past the engine''s window of 400 waiting images' {
        # Past 400 waiting items the pipeline thread waits for the oldest; that must not send the revision numbers
        # gathered for later images in short multi-gets (sending whatever waited made 5 multi-gets 41 here).
        $user = New-User 450 -Revisions 1
        $folder = New-Folder
        $run = Measure-Requests { Sync-AstroBinImage -User $user -Path $folder -Size Thumb -IncludeRevision }
        @($run.Output | Where-Object Action -EQ 'Added').Count | Should -Be 450
        $run.List | Should -Be (18 + 1)
        $run.Detail | Should -Be 5
        $run.File | Should -Be (2 * 900)
    }

    It 'fetches only the size added to a backup' {
        $user = New-User 10 -Revisions 1
        $folder = New-Folder
        $null = Sync-AstroBinImage -User $user -Path $folder -Size Thumb -IncludeRevision
        $before = Get-ChildItem -LiteralPath $folder -Recurse -File -Filter '*_thumb.*' | ForEach-Object { $_.FullName + ' ' + $_.LastWriteTimeUtc.Ticks }
        # 0.2.0 fetched every record and every file again: 20 detail, 80 file hops.
        $run = Measure-Requests { Sync-AstroBinImage -User $user -Path $folder -Size Thumb, Gallery -IncludeRevision }
        @($run.Output | Where-Object Action -EQ 'Updated').Count | Should -Be 10
        # 2 hops for each gallery file of 10 images and 10 revisions; the revision records in one multi-get.
        $run.File | Should -Be 40
        $run.Detail | Should -Be 1
        Get-ChildItem -LiteralPath $folder -Recurse -File -Filter '*_thumb.*' | ForEach-Object { $_.FullName + ' ' + $_.LastWriteTimeUtc.Ticks } | Should -Be $before
        @(Get-ChildItem -LiteralPath $folder -Recurse -File -Filter '*_gallery.*').Count | Should -Be 20
        Sync-AstroBinImage -Path $folder -Verify | ForEach-Object { $_.Action | Should -Be 'Verified' }
    }

    It 'does not fetch piped image objects again, nor their records' {
        $user = New-User 30
        $images = @(Search-AstroBinImage -User $user)
        $run = Measure-Requests { $images | Sync-AstroBinImage -Path (New-Folder) -Size Thumb }
        @($run.Output | Where-Object Action -EQ 'Added').Count | Should -Be 30
        $run.Detail | Should -Be 0
        $run.List | Should -Be 0
    }

    It 'fetches the records of image numbers 100 in one multi-get' {
        $user = New-User 30
        $numbers = @((Search-AstroBinImage -User $user).Id)
        $run = Measure-Requests { $numbers | Sync-AstroBinImage -Path (New-Folder) -Size Thumb }
        $run.Detail | Should -Be 1
    }
}

Describe 'The one concurrency setting' {
    It 'warns that -ThrottleLimit is deprecated and still saves' {
        $user = New-User 2
        $saved = @(Search-AstroBinImage -User $user | Save-AstroBinImage -Path (New-Folder) -Size Thumb -ThrottleLimit 2 -PassThru -WarningVariable said -WarningAction SilentlyContinue)
        $saved.Count | Should -Be 2
        "$said" | Should -Match 'MaxConcurrency'
    }
}
