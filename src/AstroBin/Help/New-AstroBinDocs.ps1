<#
.SYNOPSIS
    Writes docs/cmdlets/<Cmdlet-Name>.md (one page a cmdlet, in platyPS's layout) and docs/errors.md (the error
    catalogue) from the same sources as the MAML help.
.DESCRIPTION
    The cmdlet pages come from AstroBinHelpSource.psm1, which New-AstroBinHelp.ps1 also reads: the words from
    src/AstroBin/Help/*.psd1, the syntax, types, pipeline input and defaults from the built cmdlets. docs/errors.md
    comes from AstroBin.Errors.ErrorCatalogue in the built assembly. The pages are byte-deterministic: UTF-8
    without BOM, "\n" line endings, nothing that depends on the machine, the platform or the time.
    build.ps1 -Task Docs runs it into docs/; tests/pester/Docs.Tests.ps1 runs it into a scratch folder and fails
    when a committed page differs. Runs in a child pwsh (build.ps1): a loaded module DLL cannot be unloaded.
.EXAMPLE
    dotnet pwsh -NoProfile -File src/AstroBin/Help/New-AstroBinDocs.ps1 -ModulePath out/AstroBin -SourcePath src/AstroBin/Help -OutputPath docs
#>
[CmdletBinding()]
param(
    [Parameter(Mandatory)] [string] $ModulePath,
    [Parameter(Mandatory)] [string] $SourcePath,
    # The docs folder: cmdlets/ and errors.md are written below it.
    [Parameter(Mandatory)] [string] $OutputPath
)

Set-StrictMode -Version Latest
$ErrorActionPreference = 'Stop'

Import-Module (Join-Path $PSScriptRoot 'AstroBinHelpSource.psm1') -Force
$help = Read-AstroBinHelp -ModulePath $ModulePath -SourcePath $SourcePath
if ($help.Problems.Count) { throw "Stale help sources in ${SourcePath}:`n  " + ($help.Problems -join "`n  ") }

# PowerShell's own pages list these; fixed text, so that a page does not change with the PowerShell that built it.
$commonParameters = 'This cmdlet supports the common parameters: -Debug, -ErrorAction, -ErrorVariable, -InformationAction, ' +
'-InformationVariable, -OutBuffer, -OutVariable, -PipelineVariable, -ProgressAction, -Verbose, -WarningAction, and ' +
'-WarningVariable. For more information, see [about_CommonParameters](https://go.microsoft.com/fwlink/?LinkID=113216).'

# Prose from the help sources as Markdown text: '<name>' would be read as an HTML tag and '*' as emphasis.
function ConvertTo-MarkdownText([string] $Text) {
    return $Text.Replace('\', '\\').Replace('<', '\<').Replace('*', '\*').Replace('|', '\|')
}

function Add-Paragraphs([System.Collections.Generic.List[string]] $Lines, [string] $Text) {
    foreach ($paragraph in (Split-HelpParagraph $Text)) {
        if (-not $paragraph) { continue }
        $Lines.Add((ConvertTo-MarkdownText $paragraph))
        $Lines.Add('')
    }
}

# INPUTS or OUTPUTS: a heading a type, then what it is.
function Add-TypeSection([System.Collections.Generic.List[string]] $Lines, [string] $Heading, $Items) {
    $Lines.Add("## $Heading")
    $Lines.Add('')
    foreach ($item in $Items) {
        $Lines.Add("### $($item.Type)")
        $Lines.Add('')
        Add-Paragraphs $Lines ([string]$item.Description)
    }
}

# One parameter in a syntax line, as Get-Command -Syntax and platyPS write it.
function Format-SyntaxParameter($Parameter) {
    $name = if ($Parameter.Position -ne 'named') { "[-$($Parameter.Name)]" } else { "-$($Parameter.Name)" }
    $text = if ($Parameter.IsSwitch) { $name } else { "$name <$($Parameter.TypeName)>" }
    if ($Parameter.Required) { return $text }
    return "[$text]"
}

function Write-Page([string] $Path, [System.Collections.Generic.List[string]] $Lines) {
    while ($Lines.Count -and $Lines[$Lines.Count - 1] -eq '') { $Lines.RemoveAt($Lines.Count - 1) }
    [System.IO.File]::WriteAllText($Path, (($Lines -join "`n") + "`n"), [System.Text.UTF8Encoding]::new($false))
}

function Get-CmdletPage($Cmdlet, [string[]] $CmdletNames) {
    $lines = [System.Collections.Generic.List[string]]::new()
    $lines.AddRange([string[]]@(
            '---'
            "external help file: $($help.Module.Name).dll-Help.xml"
            "Module Name: $($help.Module.Name)"
            "online version: $($Cmdlet.HelpUri)"
            'schema: 2.0.0'
            '---'
            ''
            "# $($Cmdlet.Name)"
            ''
            '## SYNOPSIS'
            ''))
    Add-Paragraphs $lines $Cmdlet.Synopsis
    $lines.Add('## SYNTAX')
    $lines.Add('')
    foreach ($set in $Cmdlet.Syntax) {
        if ($Cmdlet.Syntax.Count -gt 1) {
            $lines.Add("### $($set.SetName)$(if ($set.IsDefault) { ' (Default)' })")
            $lines.Add('')
        }
        $lines.Add('```')
        $lines.Add((@($Cmdlet.Name) + @($set.Parameters | ForEach-Object { Format-SyntaxParameter $_ }) + '[<CommonParameters>]') -join ' ')
        $lines.Add('```')
        $lines.Add('')
    }
    $lines.Add('## DESCRIPTION')
    $lines.Add('')
    Add-Paragraphs $lines $Cmdlet.Description
    $lines.Add('## EXAMPLES')
    $lines.Add('')
    $number = 0
    foreach ($example in $Cmdlet.Examples) {
        $number++
        $lines.Add("### Example $number`: $($example.Title)")
        $lines.Add('')
        $lines.Add('```powershell')
        $lines.AddRange([string[]]@($example.Code.Trim() -split '\r?\n'))
        $lines.Add('```')
        $lines.Add('')
        Add-Paragraphs $lines ([string]$example.Remarks)
    }
    $lines.Add('## PARAMETERS')
    $lines.Add('')
    foreach ($parameter in $Cmdlet.Parameters) {
        $lines.Add("### -$($parameter.Name)")
        $lines.Add('')
        Add-Paragraphs $lines $parameter.InSets[0].Description
        # One block for each way the parameter is bound; the sets that bind it so, or (All).
        $groups = $parameter.InSets | Group-Object { "$($_.Required)|$($_.Position)|$($_.PipelineInput)" }
        foreach ($group in $groups) {
            $first = $group.Group[0]
            $sets = if ($parameter.AllSets -and @($groups).Count -eq 1) { '(All)' } else { ($group.Group.SetName) -join ', ' }
            $lines.AddRange([string[]]@(
                    '```yaml'
                    "Type: $($first.TypeName)"
                    "Parameter Sets: $sets"
                    "Aliases: $($first.Aliases -join ', ')".TrimEnd()
                    ''
                    "Required: $($first.Required)"
                    "Position: $(if ($first.Position -eq 'named') { 'Named' } else { $first.Position })"
                    "Default value: $($first.DefaultValue)"
                    "Accept pipeline input: $($first.PipelineInput)"
                    'Accept wildcard characters: False'
                    '```'
                    ''))
        }
    }
    $lines.AddRange([string[]]@('### CommonParameters', '', $commonParameters, ''))
    Add-TypeSection $lines 'INPUTS' $Cmdlet.Inputs
    Add-TypeSection $lines 'OUTPUTS' $Cmdlet.Outputs
    $lines.Add('## NOTES')
    $lines.Add('')
    Add-Paragraphs $lines $Cmdlet.Notes
    $lines.Add('## RELATED LINKS')
    $lines.Add('')
    if ($Cmdlet.HelpUri) {
        $lines.Add("[Online Version:]($($Cmdlet.HelpUri))")
        $lines.Add('')
    }
    foreach ($link in $Cmdlet.Links) {
        $target = if ($link -match '^https?://') { $link }
        elseif ($link -in $CmdletNames) { "$link.md" }
        elseif ($link -eq 'about_AstroBin') { '../../src/AstroBin/Help/about_AstroBin.help.txt' }
        else { throw "$($Cmdlet.Name).psd1 links to '$link', which is no cmdlet, about topic or URL." }
        $lines.Add("[$link]($target)")
        $lines.Add('')
    }
    return , $lines
}

# The catalogue, sorted by id; an id's section has GitHub's anchor of a one-word heading: its lower case.
function Get-ErrorsPage($Entries, [string] $AnyApiCmdlet) {
    $lines = [System.Collections.Generic.List[string]]::new()
    $lines.AddRange([string[]]@(
            '# Errors'
            ''
            '<!-- Generated from src/AstroBin/Errors/ErrorCatalogue.cs by build.ps1 -Task Docs: edit the catalogue, not this page. -->'
            ''
            'Every error the module writes is a PowerShell `ErrorRecord` whose `FullyQualifiedErrorId` starts with one of the ids'
            'below (PowerShell adds `,<cmdlet class>`), with a real category and a message that says what to do. Failures of'
            'one item (an unknown image or user, a file that cannot be written) are non-terminating: the pipeline goes on'
            'with the next item. A missing or rejected key and unusable configuration stop the command. To act on one:'
            ''
            '```powershell'
            'try { Get-AstroBinImage nosuch -ErrorAction Stop }'
            'catch { $_.FullyQualifiedErrorId -like ''AstroBinImageNotFound*'' }   # True'
            '```'
            ''
            'An object that a parameter cannot use (a top pick piped to `Get-AstroBinUser`, a user to `Show-AstroBinImage`) is'
            'refused while PowerShell binds it, before any request, with PowerShell''s own `ParameterArgumentTransformationError`'
            '(InvalidArgument), whose message names the type and says what to pipe instead; an object with no property any'
            'parameter takes gives PowerShell''s `InputObjectNotBound` (see [Pipelines](pipelines.md)).'
            ''
            "`"$AnyApiCmdlet`" is every cmdlet that sends a request: all but the settings cmdlets (``Get-``/``Set-``/``Reset-AstroBinConfiguration``,"
            '`Get-`/`Set-`/`Remove-AstroBinApiKey`) and `Show-AstroBinImage`, which only opens a page.'
            ''
            '| Error id | Category | Written by |'
            '| --- | --- | --- |'))
    foreach ($entry in $Entries) {
        $lines.Add("| [$($entry.Id)](#$($entry.Id.ToLowerInvariant())) | $($entry.Categories -join ', ') | $(ConvertTo-MarkdownText $entry.Cmdlets) |")
    }
    $lines.Add('')
    foreach ($entry in $Entries) {
        $lines.AddRange([string[]]@(
                "## $($entry.Id)"
                ''
                "- **Category:** $($entry.Categories -join ', ')"
                "- **Written by:** $(ConvertTo-MarkdownText $entry.Cmdlets)"
                "- **When:** $(ConvertTo-MarkdownText $entry.When)"
                "- **What to do:** $(ConvertTo-MarkdownText $entry.WhatToDo)"
                ''))
    }
    return , $lines
}

$pages = Join-Path $OutputPath 'cmdlets'
New-Item -ItemType Directory -Force -Path $pages | Out-Null
$names = @($help.Cmdlets.Name)
foreach ($cmdlet in $help.Cmdlets) {
    Write-Page (Join-Path $pages "$($cmdlet.Name).md") (Get-CmdletPage $cmdlet $names)
}
# A page whose cmdlet is gone is removed, so that the folder holds exactly one page an exported cmdlet.
foreach ($stale in Get-ChildItem -LiteralPath $pages -Filter '*.md' | Where-Object BaseName -NotIn $names) {
    Remove-Item -LiteralPath $stale.FullName
}

$catalogue = Read-AstroBinErrorCatalogue $help
$entries = $catalogue.Entries
$anyApi = $catalogue.AnyApiCmdlet
Write-Page (Join-Path $OutputPath 'errors.md') (Get-ErrorsPage $entries $anyApi)
Write-Host "Docs: $($help.Cmdlets.Count) cmdlet pages in $pages, $($entries.Count) error ids in $(Join-Path $OutputPath 'errors.md')"
