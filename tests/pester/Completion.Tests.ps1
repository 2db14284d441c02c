# Tab completion through TabExpansion2: -Size, -OrderBy, -Filter keys, -Subject and Invoke-AstroBinApi's paths.
param(
    [Parameter(Mandatory)] [string] $ModulePath,
    [Parameter(Mandatory)] [string] $BaseUri,
    [Parameter(Mandatory)] [string] $ApiKey,
    [Parameter(Mandatory)] [string] $ApiSecret,
    [string] $EmulatorDll
)

BeforeAll {
    Import-Module $ModulePath -Force
    function Complete([string] $Line) { (TabExpansion2 -inputScript $Line -cursorColumn $Line.Length).CompletionMatches }
}

Describe 'Tab completion' {
    It 'completes -Size with every rendering' {
        (Complete 'Save-AstroBinImage x -Size ').CompletionText | Should -Be @('DuckDuckGo', 'DuckDuckGoSmall', 'Gallery', 'Hd', 'Histogram', 'Real', 'Regular', 'Thumb')
        (Complete 'Save-AstroBinImage x -Size Du').CompletionText | Should -Be @('DuckDuckGo', 'DuckDuckGoSmall')
    }

    It 'completes -OrderBy' {
        (Complete 'Search-AstroBinImage -OrderBy ').CompletionText | Should -Be @('Published', 'Title', 'Uploaded')
        (Complete 'Search-AstroBinImage -OrderBy t').CompletionText | Should -Be @('Title')
    }

    It 'completes -Filter with the keys the server applies, as a hashtable' {
        $found = Complete 'Search-AstroBinImage -Filter w__g'
        $found.ListItemText | Should -Be @('w__gt', 'w__gte')
        $found[1].CompletionText | Should -Be "@{ w__gte = '' }"
        (Complete 'Search-AstroBinImage -Filter data_s').ListItemText | Should -Contain 'data_source__iexact'
        (Complete 'Search-AstroBinImage -Filter titel') | Should -BeNullOrEmpty
    }

    It 'completes Invoke-AstroBinApi paths with the API''s resources, never local files' {
        $folder = Join-Path ([IO.Path]::GetTempPath()) "astrobin-completion-$([guid]::NewGuid())"
        New-Item -ItemType Directory -Path (Join-Path $folder 'images') | Out-Null
        New-Item -ItemType File -Path (Join-Path $folder 'image.txt') | Out-Null
        Push-Location $folder
        try {
            (Complete 'Invoke-AstroBinApi ').CompletionText | Should -Be @('image/', 'imagerevision/', 'imageoftheday/', 'toppick/', 'toppicknomination/', 'collection/', 'userprofile/', 'location/')
            (Complete 'Invoke-AstroBinApi ima').CompletionText | Should -Be @('image/', 'imagerevision/', 'imageoftheday/')
            (Complete 'Invoke-AstroBinApi -Path top').CompletionText | Should -Be @('toppick/', 'toppicknomination/')
            (Complete 'Invoke-AstroBinApi toppick/').CompletionText | Should -Be @('toppick/', 'toppick/schema/')
            (Complete 'Invoke-AstroBinApi ima')[0].ToolTip | Should -Match 'Images'
            # Nothing known: the path comes back as typed, and no file of the current folder is offered.
            (Complete 'Invoke-AstroBinApi image/yx7').CompletionText | Should -Be @('image/yx7')
            (Complete 'Invoke-AstroBinApi imag').CompletionText | Should -Not -Contain './image.txt'
        }
        finally {
            Pop-Location
            Remove-Item -Recurse -Force $folder
        }
    }

    It 'completes -Subject from the Messier catalogue by designation' {
        $found = Complete 'Search-AstroBinImage -Subject m3'
        $found.CompletionText | Should -Contain "'M 3'"
        $found.CompletionText | Should -Contain "'M 31'"
        $found.CompletionText | Should -Not -Contain "'M 4'"
        ($found | Where-Object CompletionText -EQ "'M 31'").ListItemText | Should -Be 'M 31 (Andromeda Galaxy)'
        (Complete 'Search-AstroBinImage -Subject M').Count | Should -BeGreaterOrEqual 110
    }

    It 'completes -Subject by common name, NGC and IC' {
        (Complete 'Search-AstroBinImage -Subject androm').CompletionText | Should -Be @("'M 31'", "'M 32'", "'M 110'", "'NGC 224'", "'NGC 891'")
        (Complete 'Search-AstroBinImage -Subject ngc70').CompletionText | Should -Be @("'NGC 7000'")
        (Complete "Search-AstroBinImage -Subject 'horse").CompletionText | Should -Be @("'IC 434'")
    }
}
