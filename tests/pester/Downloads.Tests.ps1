# Save-AstroBinImage against the emulator's rawthumb redirect and files, plus its failure modes.
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
    $script:Root = ([uri]$BaseUri).GetLeftPart('Authority')
    $script:Images = @(Search-AstroBinImage -First 6 | Where-Object { $_.UrlThumb -like "$Root/*" })
    function New-Folder { (New-Item -ItemType Directory -Path (Join-Path ([IO.Path]::GetTempPath()) "astrobin-$([guid]::NewGuid())")).FullName }
    function Get-ErrorRecord([scriptblock] $Script) {
        $errors = @()
        try { & $Script -ErrorAction SilentlyContinue -ErrorVariable +errors | Out-Null } catch { $errors += $_ }
        return $errors
    }
    function Copy-ImageWith([AstroBin.Image] $Image, [string] $UrlHd) {
        $copy = [AstroBin.Image]@{ Id = $Image.Id; Hash = $Image.Hash; Title = $Image.Title }
        $copy.UrlHd = $UrlHd
        return $copy
    }
}

AfterAll { Get-ChildItem ([IO.Path]::GetTempPath()) -Filter 'astrobin-*' -Directory | Remove-Item -Recurse -Force }

Describe 'Save-AstroBinImage' {
    It 'follows the redirect and names the file hash_size.extension, the extension from the content type' {
        $folder = New-Folder
        $file = Save-AstroBinImage -Id $Images[0].ImageId -Size Thumb -Path $folder -PassThru
        $file | Should -BeOfType [System.IO.FileInfo]
        $file.Name | Should -Be "$($Images[0].ImageId)_thumb.png"
        $bytes = [IO.File]::ReadAllBytes($file.FullName)
        $bytes[0..3] | Should -Be @(0x89, 0x50, 0x4E, 0x47)
        [Buffers.Binary.BinaryPrimitives]::ReadInt32BigEndian([byte[]]$bytes[16..19]) | Should -Be 80
    }

    It 'downloads piped image objects concurrently without another API request, with progress' {
        $folder = New-Folder
        $files = $Images | Save-AstroBinImage -Size Gallery -Path $folder -PassThru -ThrottleLimit 3
        @($files.Name | Sort-Object) | Should -Be @($Images | ForEach-Object { "$($_.ImageId)_gallery.png" } | Sort-Object)
        @(Get-ChildItem $folder -Force).Count | Should -Be $Images.Count
    }

    It 'skips an existing file with a warning, and overwrites it with -Force' {
        $folder = New-Folder
        $target = Join-Path $folder "$($Images[0].ImageId)_thumb.png"
        Set-Content -LiteralPath $target -Value 'mine'
        $warnings = @()
        $Images[0] | Save-AstroBinImage -Size Thumb -Path $folder -PassThru -WarningVariable warnings -WarningAction SilentlyContinue | Should -BeNullOrEmpty
        $warnings[0] | Should -Match 'exists; skipped\. Use -Force'
        (Get-Content -LiteralPath $target) | Should -Be 'mine'
        $Images[0] | Save-AstroBinImage -Size Thumb -Path $folder -Force
        (Get-Item -LiteralPath $target).Length | Should -BeGreaterThan 100
    }

    It '-WhatIf writes nothing and requests no file' {
        $folder = New-Folder
        $Images | Save-AstroBinImage -Size Hd -Path $folder -WhatIf
        @(Get-ChildItem $folder -Force) | Should -BeNullOrEmpty
    }

    It 'retries a download that breaks off, then leaves no file' {
        $folder = New-Folder
        $before = Get-AstroBinConfiguration
        Set-AstroBinConfiguration -MaxRetry 1 -RetryDelaySec 0
        try {
            $broken = Copy-ImageWith $Images[0] "$Root/faults/truncated.png"
            $verbose = [System.Collections.Generic.List[string]]::new()
            $errors = Get-ErrorRecord { $broken | Save-AstroBinImage -Path $folder -Verbose 4>&1 | ForEach-Object { $verbose.Add("$_") } }
            $errors[0].FullyQualifiedErrorId | Should -BeLike 'AstroBinDownloadIncomplete,*'
            $errors[0].CategoryInfo.Category | Should -Be 'ReadError'
            @($verbose -match '^GET .*/faults/truncated\.png -> 200 ').Count | Should -Be 2
            $verbose -match '^retry 1 of 1 ' | Should -Not -BeNullOrEmpty
            @(Get-ChildItem $folder -Force) | Should -BeNullOrEmpty
        }
        finally {
            Set-AstroBinConfiguration -MaxRetry $before.MaxRetry -RetryDelaySec $before.RetryDelaySec
        }
    }

    It 'leaves no file when the download is cancelled' {
        $folder = New-Folder
        $slow = Copy-ImageWith $Images[0] "$Root/faults/slow.png"
        $ps = [powershell]::Create()
        $null = $ps.AddScript("Import-Module '$ModulePath'; `$args[0] | Save-AstroBinImage -Path '$folder'").AddArgument($slow)
        $async = $ps.BeginInvoke()
        $deadline = [datetime]::UtcNow.AddSeconds(10)
        while (-not (Get-ChildItem $folder -Force) -and [datetime]::UtcNow -lt $deadline) { Start-Sleep -Milliseconds 50 }
        @(Get-ChildItem $folder -Force).Name | Should -BeLike '*.part' -Because 'the download was running'
        $ps.Stop()
        $ps.Dispose()
        @(Get-ChildItem $folder -Force) | Should -BeNullOrEmpty
    }

    It 'refuses a page that is not an image, and a redirect to plain http off the loopback' {
        $folder = New-Folder
        $html = Copy-ImageWith $Images[0] "$Root/faults/html/"
        (Get-ErrorRecord { $html | Save-AstroBinImage -Path $folder })[0].FullyQualifiedErrorId | Should -BeLike 'AstroBinNotAnImage,*'
        $insecure = Copy-ImageWith $Images[0] "$Root/faults/insecure-redirect/"
        $record = (Get-ErrorRecord { $insecure | Save-AstroBinImage -Path $folder })[0]
        $record.FullyQualifiedErrorId | Should -BeLike 'AstroBinInsecureDownload,*'
        $record.CategoryInfo.Category | Should -Be 'SecurityError'
        $plain = Copy-ImageWith $Images[0] 'http://example.invalid/x.png'
        (Get-ErrorRecord { $plain | Save-AstroBinImage -Path $folder })[0].FullyQualifiedErrorId | Should -BeLike 'AstroBinInsecureDownload,*'
        @(Get-ChildItem $folder -Force) | Should -BeNullOrEmpty
    }

    It 'never lets a server-made name escape -Path' {
        $folder = New-Folder
        $evil = [AstroBin.Image]@{ Id = 1; Hash = '../../evil' }
        $evil.UrlHd = "$Root/$($Images[0].ImageId)/0/rawthumb/hd/"
        $errors = Get-ErrorRecord { $evil | Save-AstroBinImage -Path $folder }
        $errors[0].FullyQualifiedErrorId | Should -BeLike 'AstroBinSaveFailed,*'
        Test-Path (Join-Path $folder '../../evil_hd.png') | Should -BeFalse
        @(Get-ChildItem $folder -Force) | Should -BeNullOrEmpty
    }

    It 'creates a missing folder, but not with -WhatIf' {
        $missing = Join-Path $TestDrive "missing-$([guid]::NewGuid())/deeper"
        $Images[0] | Save-AstroBinImage -Size Thumb -Path $missing -WhatIf | Should -BeNullOrEmpty
        Test-Path (Split-Path $missing) | Should -BeFalse
        $file = $Images[0] | Save-AstroBinImage -Size Thumb -Path $missing -PassThru
        $file.DirectoryName | Should -Be $missing
        Test-Path -LiteralPath $file.FullName | Should -BeTrue
    }

    It 'reports a -Path that is not a folder, an unknown id and a size without address' {
        $notFolder = Join-Path $TestDrive 'a-file.txt'
        Set-Content -LiteralPath $notFolder -Value 'x'
        (Get-ErrorRecord { Save-AstroBinImage -Id $Images[0].ImageId -Path $notFolder })[0].FullyQualifiedErrorId | Should -BeLike 'AstroBinPathNotFound,*'
        (Get-ErrorRecord { Save-AstroBinImage -Id $Images[0].ImageId -Path 'Env:\' })[0].FullyQualifiedErrorId | Should -BeLike 'AstroBinPathNotFound,*'
        $folder = New-Folder
        (Get-ErrorRecord { Save-AstroBinImage -Id zzzzzz -Path $folder })[0].FullyQualifiedErrorId | Should -BeLike 'AstroBinImageNotFound,*'
        $bare = [AstroBin.Image]@{ Id = 5; Hash = 'abc123' }
        (Get-ErrorRecord { $bare | Save-AstroBinImage -Path $folder })[0].FullyQualifiedErrorId | Should -BeLike 'AstroBinImageSizeNotAvailable,*'
    }

    It 'traces each hop with -Verbose' {
        $folder = New-Folder
        $lines = $Images[0] | Save-AstroBinImage -Size Thumb -Path $folder -Verbose 4>&1 | ForEach-Object { "$_" }
        $lines | Should -Contain ($lines | Where-Object { $_ -match "^GET $([regex]::Escape($Root))/$($Images[0].ImageId)/0/rawthumb/thumb/ -> 302 " })
        ($lines | Where-Object { $_ -match '/media/thumbs/.* -> 200 ' }) | Should -Not -BeNullOrEmpty
    }
}

Describe 'Search progress' {
    It 'writes progress when many results are expected, and none for a small search' {
        $ps = [powershell]::Create()
        $null = $ps.AddScript("Import-Module '$ModulePath'; Set-AstroBinConfiguration -BaseUri '$BaseUri'; Set-AstroBinApiKey -ApiKey '$ApiKey' -ApiSecret (ConvertTo-SecureString '$ApiSecret' -AsPlainText -Force); Search-AstroBinImage -First 150 | Out-Null; `$ProgressPreference = 'Continue'")
        $null = $ps.Invoke()
        $records = @($ps.Streams.Progress | Where-Object Activity -EQ 'Searching AstroBin images')
        $ps.Dispose()
        $records.Count | Should -BeGreaterThan 3
        ($records | Where-Object StatusDescription -Match '^150 of 150 images$') | Should -Not -BeNullOrEmpty
        $records[-1].RecordType | Should -Be 'Completed'

        $ps = [powershell]::Create()
        $null = $ps.AddScript("Import-Module '$ModulePath'; Set-AstroBinConfiguration -BaseUri '$BaseUri'; Set-AstroBinApiKey -ApiKey '$ApiKey' -ApiSecret (ConvertTo-SecureString '$ApiSecret' -AsPlainText -Force); Search-AstroBinImage -First 20 | Out-Null")
        $null = $ps.Invoke()
        @($ps.Streams.Progress | Where-Object Activity -EQ 'Searching AstroBin images').Count | Should -Be 0
        $ps.Dispose()
    }
}
