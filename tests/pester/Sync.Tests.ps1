# Sync-AstroBinImage end to end: the cmdlet against an emulator of its own, whose images these tests change
# while it runs (/_emulator/images) and whose request counts they read (/_emulator/requests).
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
    $script:Small = @{ Size = 'Thumb', 'Gallery' }

    # Not named astrobin-*: other test files delete those from the temporary folder when they end.
    $script:Scratch = (New-Item -ItemType Directory -Path (Join-Path ([IO.Path]::GetTempPath()) "sync-tests-$([guid]::NewGuid())")).FullName
    function New-Folder { (New-Item -ItemType Directory -Path (Join-Path $Scratch ([guid]::NewGuid()))).FullName }
    function Add-EmulatorImage([string] $User, [int] $Count, [int] $Revisions = 1) {
        @(Invoke-RestMethod -Method Post "$Root/_emulator/images?user=$User&count=$Count&revisions=$Revisions")
    }
    function Get-RequestCount { Invoke-RestMethod "$Root/_emulator/requests" }
    # Relative path -> SHA-256 of every file below the folder.
    function Get-FolderSnapshot([string] $Folder) {
        $snapshot = [ordered]@{}
        foreach ($file in Get-ChildItem -LiteralPath $Folder -Recurse -File -Force | Sort-Object FullName) {
            $relative = [IO.Path]::GetRelativePath($Folder, $file.FullName)
            $snapshot[$relative] = if ($relative -eq 'index.html') {
                # The gallery's last-sync time is the one thing that differs between two syncs of the same set.
                $page = [IO.File]::ReadAllText($file.FullName) -replace '<p>Last sync: [^\n]*</p>', ''
                [Convert]::ToHexString([Security.Cryptography.SHA256]::HashData([Text.Encoding]::UTF8.GetBytes($page)))
            }
            else { (Get-FileHash -LiteralPath $file.FullName -Algorithm SHA256).Hash }
        }
        $snapshot
    }
    # What the manifest and the journal of a killed run claim together that the disk does not hold: missing files,
    # other lengths or hashes. The journal's lines apply in order; a last line cut short never happened.
    function Get-ManifestOverclaim([string] $Folder) {
        $path = Join-Path $Folder 'astrobin-sync.json'
        $images = @{}
        if (Test-Path -LiteralPath $path) { foreach ($image in (Get-Content -LiteralPath $path -Raw | ConvertFrom-Json).images) { $images[$image.id] = $image } }
        $journal = Join-Path $Folder 'astrobin-sync.journal'
        if (Test-Path -LiteralPath $journal) {
            foreach ($line in Get-Content -LiteralPath $journal) {
                try { $change = $line | ConvertFrom-Json } catch { break }
                if ($change.op -eq 'save') { $images[$change.image.id] = $change.image } elseif ($change.op -eq 'forget') { $images.Remove($change.id) }
            }
        }
        foreach ($file in $images.Values.files) {
            $full = Join-Path $Folder $file.path
            if (-not (Test-Path -LiteralPath $full)) { "missing $($file.path)"; continue }
            if ((Get-FileHash -LiteralPath $full -Algorithm SHA256).Hash -ne $file.sha256.ToUpperInvariant()) { "changed $($file.path)" }
        }
    }
    # Sync-AstroBinImage in a child pwsh, to be killed. It starts (and imports the module) at once, but syncs only
    # once the file -Go exists: the next child warms up while the one before it runs.
    function Start-SyncProcess([string] $Folder, [string] $User, [string] $Go) {
        $info = [Diagnostics.ProcessStartInfo]::new('dotnet')
        $command = "Import-Module '$ModulePath'; Set-AstroBinConfiguration -MaxRequestsPerSecond 10; " +
            "while (-not (Test-Path -LiteralPath '$Go')) { Start-Sleep -Milliseconds 10 }; " +
            "Sync-AstroBinImage -User $User -Path '$Folder' -Size Thumb,Gallery -IncludeRevision | Out-Null"
        foreach ($argument in (Join-Path $PSHOME 'pwsh.dll'), '-NoProfile', '-NonInteractive', '-Command', $command) { $info.ArgumentList.Add($argument) }
        $info.Environment['ASTROBIN_BASE_URI'] = $Emulator.BaseUri
        $info.Environment['ASTROBIN_API_KEY'] = $Emulator.ApiKey
        $info.Environment['ASTROBIN_API_SECRET'] = $Emulator.ApiSecret
        $info.Environment['ASTROBIN_CONFIG_DIR'] = (New-Folder)
        $info.RedirectStandardOutput = $true
        $info.RedirectStandardError = $true
        $info.UseShellExecute = $false
        [Diagnostics.Process]::Start($info)
    }
}

AfterAll {
    $Emulator | Stop-AstroBinEmulator
    # The other test files share this session: give them back the suite's emulator and default settings.
    Reset-AstroBinConfiguration
    Set-AstroBinConfiguration -BaseUri $BaseUri
    Set-AstroBinApiKey -ApiKey $ApiKey -ApiSecret (ConvertTo-SecureString $ApiSecret -AsPlainText -Force)
    Remove-Item -LiteralPath $Scratch -Recurse -Force
}

Describe 'Sync-AstroBinImage' {
    It 'adds a user''s images, then finds them unchanged with list requests only, and shows a table' {
        $ids = Add-EmulatorImage -User pester_sync -Count 12
        $folder = New-Folder
        $first = @(Sync-AstroBinImage -User pester_sync -Path $folder @Small -IncludeRevision)
        $before = Get-RequestCount
        $second = @(Sync-AstroBinImage -User pester_sync -Path $folder @Small -IncludeRevision)
        $after = Get-RequestCount

        $first | Should -HaveCount 12
        @($first.Action | Select-Object -Unique) | Should -Be @('Added')
        @($first.ImageId | Sort-Object) | Should -Be @($ids | Sort-Object)
        $first[0] | Should -BeOfType ([AstroBin.SyncResult])
        $first[0].Files | Should -HaveCount 6
        $first[0].Folder | Should -BeLike (Join-Path $folder "$($first[0].ImageId) - pester_sync image *")
        @($second.Action | Select-Object -Unique) | Should -Be @('Unchanged')
        $after.detail - $before.detail | Should -Be 0
        $after.file - $before.file | Should -Be 0
        $after.list - $before.list | Should -Be 1
        $table = ($second | Format-Table | Out-String -Width 120) -split "`r?`n" | Where-Object { $_.Trim() }
        $table[0] | Should -Match '^Action\s+ImageId\s+Title\s+Files\s+Folder'
        $table[2] | Should -Match "^Unchanged\s+s\w{5}\s+pester_sync image \d+\s+6 s\w{5} - pester_sync image"
    }

    It 'reports exactly the changed, added and gone images; -WhatIf writes nothing; -Prune moves to the attic' {
        $ids = Add-EmulatorImage -User pester_changes -Count 8
        $folder = New-Folder
        $null = Sync-AstroBinImage -User pester_changes -Path $folder @Small
        foreach ($id in $ids[0..2]) { $null = Invoke-RestMethod -Method Post "$Root/_emulator/images/$id/change" }
        $added = Add-EmulatorImage -User pester_changes -Count 2 -Revisions 0
        Invoke-RestMethod -Method Delete "$Root/_emulator/images/$($ids[7])"
        $snapshot = Get-FolderSnapshot $folder
        $before = Get-RequestCount

        $whatIf = @(Sync-AstroBinImage -User pester_changes -Path $folder @Small -Prune -WhatIf)

        (Get-RequestCount).detail - $before.detail | Should -Be 0
        (Get-RequestCount).file - $before.file | Should -Be 0
        (Get-FolderSnapshot $folder).Keys | Should -Be $snapshot.Keys
        @($whatIf | Where-Object { $_ -is [AstroBin.SyncResult] }).Action | Sort-Object -Unique | Should -Be @('Unchanged')

        $results = @(Sync-AstroBinImage -User pester_changes -Path $folder @Small -WarningVariable warnings -WarningAction SilentlyContinue)
        @($results | Where-Object Action -eq Updated).ImageId | Sort-Object | Should -Be @($ids[0..2] | Sort-Object)
        @($results | Where-Object Action -eq Added).ImageId | Sort-Object | Should -Be @($added | Sort-Object)
        @($results | Where-Object Action -eq Gone).ImageId | Should -Be @($ids[7])
        @($results | Where-Object Action -eq Unchanged) | Should -HaveCount 4
        $warnings | Should -Match 'no longer in the set; their folders are kept\. Sync with -Prune'
        @(Get-ChildItem -LiteralPath $folder -Directory -Filter "$($ids[7])*") | Should -HaveCount 1

        $pruned = @(Sync-AstroBinImage -User pester_changes -Path $folder @Small -Prune -Confirm:$false)
        @($pruned | Where-Object Action -ne Unchanged).ImageId | Should -Be @($ids[7])
        @($pruned | Where-Object Action -eq Pruned).Folder | Should -BeLike (Join-Path $folder ".attic/*/$($ids[7]) - *")
        @(Get-ChildItem -LiteralPath $folder -Directory -Filter "$($ids[7])*") | Should -HaveCount 0
        $attic = (Get-Content -LiteralPath (Join-Path $folder 'astrobin-sync.json') -Raw | ConvertFrom-Json).attic
        $attic.id | Should -Be $ids[7]
        foreach ($file in $attic.files) { (Get-FileHash -LiteralPath (Join-Path $folder $file.path) -Algorithm SHA256).Hash | Should -Be $file.sha256.ToUpperInvariant() }
    }

    It 'resumes after SIGKILL at five moments and ends byte-identical to an uninterrupted sync, with no temporary file' {
        $null = Add-EmulatorImage -User pester_killed -Count 12
        $folder = New-Folder
        $moments = 1, 10, 25, 45, 62
        $next = Start-SyncProcess -Folder $folder -User pester_killed -Go (Join-Path $Scratch 'go-0')
        try {
            $killedAt = for ($run = 0; $run -lt $moments.Count; $run++) {
                $files = $moments[$run]
                $process = $next
                $null = New-Item -ItemType File -Path (Join-Path $Scratch "go-$run")
                $next = if ($run -lt $moments.Count - 1) { Start-SyncProcess -Folder $folder -User pester_killed -Go (Join-Path $Scratch "go-$($run + 1)") }
                try {
                    $deadline = [DateTime]::UtcNow.AddSeconds(30)
                    while (-not $process.HasExited -and [DateTime]::UtcNow -lt $deadline -and
                        @([IO.Directory]::EnumerateFiles($folder, '*', 'AllDirectories') | Where-Object { -not $_.EndsWith('.part') }).Count -lt $files) {
                        Start-Sleep -Milliseconds 10
                    }
                    $running = -not $process.HasExited
                    $process.Kill()   # SIGKILL: no finally block, no clean-up in the child
                    $null = $process.WaitForExit(10000)
                }
                finally { $process.Dispose() }
                $running | Should -BeTrue -Because "the sync was to be killed once $files files were there"
                # At every moment, the manifest claims nothing the disk does not hold.
                Get-ManifestOverclaim $folder | Should -BeNullOrEmpty
                $files
            }
        }
        finally {
            # A failed assertion leaves the warmed-up child waiting for its go file.
            if ($next -and -not $next.HasExited) { $next.Kill(); $next.Dispose() }
        }
        $final = @(Sync-AstroBinImage -User pester_killed -Path $folder @Small -IncludeRevision)
        $reference = New-Folder
        $null = Sync-AstroBinImage -User pester_killed -Path $reference @Small -IncludeRevision

        $killedAt | Should -HaveCount 5
        $final | Should -HaveCount 12
        @($final | Where-Object Action -eq Failed) | Should -BeNullOrEmpty
        $actual = Get-FolderSnapshot $folder
        $expected = Get-FolderSnapshot $reference
        @($actual.Keys) | Should -Be @($expected.Keys)
        foreach ($key in $expected.Keys) { $actual[$key] | Should -Be $expected[$key] -Because $key }
        @(Get-ChildItem -LiteralPath $folder -Recurse -Force -Filter '*.part') | Should -BeNullOrEmpty
    }

    It '-Verify finds a corrupted and a missing file, makes no request, and the next sync repairs them' {
        $null = Add-EmulatorImage -User pester_verify -Count 3
        $folder = New-Folder
        $null = Sync-AstroBinImage -User pester_verify -Path $folder @Small
        $expected = Get-FolderSnapshot $folder
        $thumbs = @(Get-ChildItem -LiteralPath $folder -Recurse -Filter '*_thumb.png')
        $bytes = [IO.File]::ReadAllBytes($thumbs[0].FullName); $bytes[40] = $bytes[40] -bxor 0xFF
        [IO.File]::WriteAllBytes($thumbs[0].FullName, $bytes)
        Remove-Item -LiteralPath $thumbs[1].FullName
        $before = Get-RequestCount

        $null = Sync-AstroBinImage -Path $folder -Verify -WhatIf
        (Get-FolderSnapshot $folder)['astrobin-sync.json'] | Should -Be $expected['astrobin-sync.json'] -Because '-WhatIf marks nothing'
        $verified = @(Sync-AstroBinImage -Path $folder -Verify)
        (Get-FolderSnapshot $folder)['astrobin-sync.json'] | Should -Not -Be $expected['astrobin-sync.json']

        ((Get-RequestCount) | ConvertTo-Json) | Should -Be ($before | ConvertTo-Json)
        @($verified | Where-Object Action -eq Damaged) | Should -HaveCount 2
        @($verified | Where-Object Action -eq Verified) | Should -HaveCount 1
        @($verified.Problems | Sort-Object) | Should -Be @(
            "$([IO.Path]::GetRelativePath($folder, $thumbs[0].FullName)): changed on disk", "$([IO.Path]::GetRelativePath($folder, $thumbs[1].FullName)): missing" | Sort-Object)

        $repaired = @(Sync-AstroBinImage -User pester_verify -Path $folder @Small)
        @($repaired | Where-Object Action -eq Repaired) | Should -HaveCount 2
        $after = Get-FolderSnapshot $folder
        foreach ($key in $expected.Keys) { if ($key -ne 'astrobin-sync.json') { $after[$key] | Should -Be $expected[$key] -Because $key } }
        @(Sync-AstroBinImage -Path $folder -Verify).Action | Sort-Object -Unique | Should -Be @('Verified')
        Sync-AstroBinImage -Path (New-Folder) -Verify -WarningVariable never -WarningAction SilentlyContinue | Should -BeNullOrEmpty
        $never | Should -Match 'never synced, so there is nothing to verify'
    }

    It 'syncs piped image objects with no request for unchanged ones, and piped ids with one record request each' {
        $ids = Add-EmulatorImage -User pester_piped -Count 3 -Revisions 0
        $folder = New-Folder
        $images = @(Search-AstroBinImage -User pester_piped)
        @($images | Sync-AstroBinImage -Path $folder -Size Thumb).Action | Sort-Object -Unique | Should -Be @('Added')
        $before = Get-RequestCount
        @($images | Sync-AstroBinImage -Path $folder -Size Thumb).Action | Sort-Object -Unique | Should -Be @('Unchanged')
        $middle = Get-RequestCount
        @($ids | ForEach-Object { [pscustomobject]@{ ImageId = $_ } } | Sync-AstroBinImage -Path $folder -Size Thumb).Action | Sort-Object -Unique | Should -Be @('Unchanged')
        $after = Get-RequestCount
        @($ids | Sync-AstroBinImage -Path $folder -Size Thumb).ImageId | Sort-Object | Should -Be @($ids | Sort-Object)

        ($middle | ConvertTo-Json) | Should -Be ($before | ConvertTo-Json)
        $after.detail - $middle.detail | Should -Be 3
        $after.file - $middle.file | Should -Be 0
    }

    It 'keeps every folder when the set comes back empty, even with -Prune -Force, and refuses another user''s set' {
        $ids = Add-EmulatorImage -User pester_empty -Count 2 -Revisions 0
        $null = Add-EmulatorImage -User pester_other -Count 1 -Revisions 0
        $folder = New-Folder
        $null = Sync-AstroBinImage -User pester_empty -Path $folder -Size Thumb
        # The user is still there, with no image left.
        foreach ($id in $ids) { Invoke-RestMethod -Method Delete "$Root/_emulator/images/$id" }
        $results = @(Sync-AstroBinImage -User pester_empty -Path $folder -Size Thumb -Prune -Force -Confirm:$false -WarningVariable warnings -WarningAction SilentlyContinue)

        $results | Should -BeNullOrEmpty
        $warnings | Should -Match 'The set is empty'
        @(Get-ChildItem -LiteralPath $folder -Directory | Where-Object Name -ne 'gallery') | Should -HaveCount 2
        $caught = $null
        try { Sync-AstroBinImage -User pester_other -Path $folder -Size Thumb -Prune -Confirm:$false } catch { $caught = $_ }
        $caught.FullyQualifiedErrorId | Should -BeLike 'AstroBinSyncSetMismatch,*'
        $caught.ToString() | Should -Match "holds the set 'user:pester_empty' \(2 image\(s\)\).*-AllowSetChange"
    }

    It 'ends a run with one summary line that *> captures, after every result' {
        $null = Add-EmulatorImage -User pester_summary -Count 3 -Revisions 0
        $folder = New-Folder
        $log = Join-Path $Scratch 'summary.log'
        $before = (Invoke-RestMethod "$Root/_emulator/stats").requests
        Sync-AstroBinImage -User pester_summary -Path $folder -Size Thumb -InformationVariable information *> $log
        $sent = (Invoke-RestMethod "$Root/_emulator/stats").requests - $before
        $lines = @(Get-Content -LiteralPath $log | Where-Object { $_.Trim() })

        $lines[-1] | Should -Match "^Sync of '.+': 3 added, 0 updated, 0 repaired, 0 unchanged, 0 gone, 0 pruned, 0 failed; $sent requests, [\d.]+ MB downloaded in [\d.]+ s$"
        $summary = @($information | Where-Object Tags -Contains 'AstroBinSyncSummary')[-1].MessageData
        $summary.Requests | Should -Be $sent
        $summary.Added | Should -Be 3
        @($lines | Where-Object { $_ -match '^Sync of' }) | Should -HaveCount 1
    }

    It 'a user name nobody has stops with AstroBinUserNotFound before the folder is touched' {
        $null = Add-EmulatorImage -User pester_kept -Count 2 -Revisions 0
        $folder = New-Folder
        $null = Sync-AstroBinImage -User pester_kept -Path $folder -Size Thumb
        $before = Get-FolderSnapshot $folder
        $caught = try { Sync-AstroBinImage -User no_such_user_here -Path $folder -Size Thumb -Prune -Confirm:$false -ErrorAction Stop } catch { $_ }

        $caught.FullyQualifiedErrorId | Should -BeLike 'AstroBinUserNotFound,*'
        (Get-FolderSnapshot $folder | ConvertTo-Json -Depth 5) | Should -Be ($before | ConvertTo-Json -Depth 5)
    }

    It 'takes a user page address for -User, as Search-AstroBinImage -User does' {
        $null = Add-EmulatorImage -User pester_by_page -Count 2 -Revisions 0
        $folder = New-Folder
        $results = @(Sync-AstroBinImage -User 'https://www.astrobin.com/users/pester_by_page/' -Path $folder -Size Thumb)
        @($results | Where-Object Action -EQ 'Added') | Should -HaveCount 2
        (Get-Content -Raw -LiteralPath (Join-Path $folder 'astrobin-sync.json') | ConvertFrom-Json).set | Should -Be 'user:pester_by_page'
    }

    It 'stops with <Id> when <Case>' -ForEach @(
        @{ Case = 'the folder''s parent does not exist'; Id = 'AstroBinPathNotFound'; Manifest = $null; Path = '/no/such/parent/backup' }
        @{ Case = '-Path is a file'; Id = 'AstroBinPathNotFound'; Manifest = $null; Path = 'file' }
        @{ Case = 'the manifest is damaged'; Id = 'AstroBinSyncManifestUnreadable'; Manifest = '{"format": 1, "images": [{"id": 5'; Path = $null }
    ) {
        $target = if ($Path -eq 'file') { $file = Join-Path (New-Folder) 'notes.txt'; Set-Content -LiteralPath $file -Value 'mine'; $file } elseif ($Path) { $Path } else { New-Folder }
        if ($Manifest) { Set-Content -LiteralPath (Join-Path $target 'astrobin-sync.json') -Value $Manifest }
        $caught = $null
        try { Sync-AstroBinImage -User pester_sync -Path $target } catch { $caught = $_ }
        $caught.FullyQualifiedErrorId | Should -BeLike "$Id,*"
        $caught.ToString() | Should -Match 'delete it|Give -Path'
    }
}
