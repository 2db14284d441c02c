# The documentation in the repository: the generated pages (docs/cmdlets, docs/errors.md) are what the sources give,
# byte for byte, and every relative link of README.md and docs/ lands on a file and a heading that exist.
# (The code blocks of README.md and docs/ run in Examples.Tests.ps1, beside the help examples.)
param(
    [Parameter(Mandatory)] [string] $ModulePath,
    [Parameter(Mandatory)] [string] $BaseUri,
    [Parameter(Mandatory)] [string] $ApiKey,
    [Parameter(Mandatory)] [string] $ApiSecret,
    [string] $EmulatorDll
)

BeforeAll {
    $script:Root = (Resolve-Path (Join-Path $PSScriptRoot '../..')).Path
    $script:Docs = Join-Path $Root 'docs'
    $script:CmdletNames = (Import-PowerShellDataFile (Join-Path $ModulePath 'AstroBin.psd1')).CmdletsToExport

    # GitHub's anchor of each heading of a Markdown file: lower case, punctuation but '-' and '_' dropped, spaces
    # to '-', and '-1', '-2' ... after a heading that came before. Headings inside code blocks are not headings.
    function Get-Anchors([string] $Path) {
        $seen = @{}
        $inCode = $false
        foreach ($line in [IO.File]::ReadAllLines($Path)) {
            if ($line -match '^```') { $inCode = -not $inCode; continue }
            if ($inCode -or $line -notmatch '^#{1,6} (.+)$') { continue }
            $anchor = $Matches[1].Trim().ToLowerInvariant() -replace '[^\p{L}\p{N} _-]', '' -replace ' ', '-'
            if ($seen.ContainsKey($anchor)) { $seen[$anchor]++; "$anchor-$($seen[$anchor])" } else { $seen[$anchor] = 0; $anchor }
        }
    }

    # The Markdown files a reader browses: README.md, CONTRIBUTING.md, SECURITY.md, CHANGELOG.md and docs/
    # (but docs/changes/, each branch's notes for the lead to merge into the guides).
    function Get-DocumentationFiles {
        foreach ($name in 'README.md', 'CONTRIBUTING.md', 'SECURITY.md', 'CHANGELOG.md') {
            $path = Join-Path $Root $name
            if (Test-Path -LiteralPath $path) { Get-Item -LiteralPath $path }
        }
        Get-ChildItem -LiteralPath $Docs -Recurse -File -Filter '*.md' | Where-Object DirectoryName -NE (Join-Path $Docs 'changes')
    }
}

Describe 'Generated documentation' {
    BeforeAll {
        $script:Scratch = Join-Path ([IO.Path]::GetTempPath()) "astrobin-docs-$([guid]::NewGuid())"
        & (Join-Path $Root 'src/AstroBin/Help/New-AstroBinDocs.ps1') -ModulePath $ModulePath -SourcePath (Join-Path $Root 'src/AstroBin/Help') -OutputPath $Scratch 6>$null
        Import-Module $ModulePath -Force
    }
    AfterAll {
        Remove-Item -Recurse -Force $Scratch -ErrorAction Ignore
        # The generator's module lives in src/AstroBin/Help, beside the unbuilt about_AstroBin.help.txt, which
        # Get-Help would find (and show) in the later test files while that module is loaded.
        Remove-Module AstroBinHelpSource -ErrorAction Ignore
    }

    It 'docs/cmdlets holds one page an exported cmdlet, each what the help sources and the cmdlets give' {
        $committed = @(Get-ChildItem -LiteralPath (Join-Path $Docs 'cmdlets') -Filter '*.md' | ForEach-Object BaseName | Sort-Object)
        $committed | Should -Be @($CmdletNames | Sort-Object) -Because 'each exported cmdlet has exactly one page'
        foreach ($name in $CmdletNames) {
            $expected = [IO.File]::ReadAllText((Join-Path $Scratch "cmdlets/$name.md"))
            $actual = [IO.File]::ReadAllText((Join-Path $Docs "cmdlets/$name.md"))
            $actual | Should -BeExactly $expected -Because "docs/cmdlets/$name.md is generated: run 'dotnet pwsh ./build.ps1 -Task Docs' and commit it"
        }
    }

    It 'docs/errors.md is what the error catalogue gives' {
        $expected = [IO.File]::ReadAllText((Join-Path $Scratch 'errors.md'))
        [IO.File]::ReadAllText((Join-Path $Docs 'errors.md')) | Should -BeExactly $expected -Because "docs/errors.md is generated from src/AstroBin/Errors/ErrorCatalogue.cs: run 'dotnet pwsh ./build.ps1 -Task Docs' and commit it"
    }

    It 'the generated pages are UTF-8 without a BOM, with \n line endings' {
        foreach ($file in @(Get-ChildItem -LiteralPath (Join-Path $Docs 'cmdlets') -Filter '*.md') + (Get-Item (Join-Path $Docs 'errors.md'))) {
            $bytes = [IO.File]::ReadAllBytes($file.FullName)
            ($bytes.Count -ge 3 -and $bytes[0] -eq 0xEF -and $bytes[1] -eq 0xBB) | Should -BeFalse -Because "$($file.Name) has no BOM"
            $bytes | Should -Not -Contain ([byte]13) -Because "$($file.Name) has \n line endings only"
        }
    }

    It 'a page follows platyPS''s layout' {
        $page = [IO.File]::ReadAllText((Join-Path $Docs 'cmdlets/Save-AstroBinImage.md'))
        $page | Should -Match "^---\nexternal help file: AstroBin.dll-Help.xml\nModule Name: AstroBin\nonline version: https://github.com/astrobin-powershell/AstroBin/blob/main/docs/cmdlets/Save-AstroBinImage.md\nschema: 2.0.0\n---\n\n# Save-AstroBinImage\n"
        $headings = [regex]::Matches($page, '(?m)^## (.+)$') | ForEach-Object { $_.Groups[1].Value }
        $headings | Should -Be @('SYNOPSIS', 'SYNTAX', 'DESCRIPTION', 'EXAMPLES', 'PARAMETERS', 'INPUTS', 'OUTPUTS', 'NOTES', 'RELATED LINKS')
        $page | Should -Match '(?m)^### -ThrottleLimit\n\n.+\n\n```yaml\nType: Int32\nParameter Sets: \(All\)\nAliases:\n\nRequired: False\nPosition: Named\nDefault value: 4\nAccept pipeline input: False\nAccept wildcard characters: False\n```'
        $page | Should -Match '(?m)^### Example 1: .+\n\n```powershell\nGet-AstroBinImageOfTheDay \| Save-AstroBinImage'
        $page | Should -Match '(?m)^### CommonParameters$'
    }
}

Describe 'README.md' {
    It 'is a front page: at most 300 lines, the two set-up commands its first code block' {
        $lines = [IO.File]::ReadAllLines((Join-Path $Root 'README.md'))
        $lines.Count | Should -BeLessOrEqual 300
        $first = [array]::FindIndex($lines, [Predicate[string]] { param($line) $line -match '^```' })
        $lines[$first + 1] | Should -BeExactly 'dotnet tool restore; dotnet pwsh ./build.ps1 -Task Demo   # the module''s main job, against the bundled AstroBin API emulator'
        $lines[$first + 2] | Should -BeExactly 'dotnet tool restore; dotnet pwsh ./build.ps1 -Task Test   # every test (xunit + Pester); ends with "Tests: N passed, M failed"'
    }
}

Describe 'Links in README.md and docs/' {
    It 'every relative link names a file that exists, and a heading there' {
        $broken = foreach ($file in Get-DocumentationFiles) {
            $text = [IO.File]::ReadAllText($file.FullName) -replace '(?ms)^```.*?^```', ''
            foreach ($match in [regex]::Matches($text, '\]\(([^)\s]+)\)')) {
                $target = $match.Groups[1].Value
                if ($target -match '^(https?|mailto):') { continue }
                $path, $anchor = $target -split '#', 2
                $resolved = if ($path) { Join-Path $file.DirectoryName $path } else { $file.FullName }
                if (-not (Test-Path -LiteralPath $resolved)) { "$($file.Name): $target (no such file)"; continue }
                if ($anchor -and $resolved -like '*.md' -and $anchor -notin @(Get-Anchors $resolved)) { "$($file.Name): $target (no such heading)" }
            }
        }
        @($broken) | Should -BeNullOrEmpty
    }
}
