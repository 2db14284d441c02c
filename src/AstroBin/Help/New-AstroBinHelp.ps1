<#
.SYNOPSIS
    Writes the module's MAML help (en-US/AstroBin.dll-Help.xml) from the help sources and the cmdlets themselves.
.DESCRIPTION
    AstroBinHelpSource.psm1 reads the help: the words from src/AstroBin/Help/<Cmdlet-Name>.psd1 and
    _Common.psd1, the syntax and defaults from the built cmdlets (so they cannot drift from the code), the online
    link from each cmdlet's HelpUri. New-AstroBinDocs.ps1 writes the same help as docs/cmdlets/*.md.
    A help source for a cmdlet or parameter that does not exist stops the build (stale help); a
    cmdlet or parameter without help is written empty, and tests/pester/Help.Tests.ps1 fails on it.
    Runs in a child pwsh (build.ps1): a loaded module DLL cannot be unloaded.
.EXAMPLE
    dotnet pwsh -NoProfile -File src/AstroBin/Help/New-AstroBinHelp.ps1 -ModulePath out/AstroBin -SourcePath src/AstroBin/Help
#>
[CmdletBinding()]
param(
    [Parameter(Mandatory)] [string] $ModulePath,
    [Parameter(Mandatory)] [string] $SourcePath
)

Set-StrictMode -Version Latest
$ErrorActionPreference = 'Stop'

Import-Module (Join-Path $PSScriptRoot 'AstroBinHelpSource.psm1') -Force
$help = Read-AstroBinHelp -ModulePath $ModulePath -SourcePath $SourcePath

$maml = 'http://schemas.microsoft.com/maml/2004/10'
$command = 'http://schemas.microsoft.com/maml/dev/command/2004/10'
$dev = 'http://schemas.microsoft.com/maml/dev/2004/10'

function Write-Paragraphs([System.Xml.XmlWriter] $Writer, [string] $Text) {
    foreach ($paragraph in (Split-HelpParagraph $Text)) {
        $Writer.WriteElementString('maml', 'para', $maml, $paragraph)
    }
}

function Write-Description([System.Xml.XmlWriter] $Writer, [string] $Text) {
    $Writer.WriteStartElement('maml', 'description', $maml)
    Write-Paragraphs $Writer $Text
    $Writer.WriteEndElement()
}

function Write-Parameter([System.Xml.XmlWriter] $Writer, $Parameter) {
    $Writer.WriteStartElement('command', 'parameter', $command)
    $Writer.WriteAttributeString('required', $Parameter.Required.ToString().ToLowerInvariant())
    $Writer.WriteAttributeString('variableLength', $Parameter.IsArray.ToString().ToLowerInvariant())
    $Writer.WriteAttributeString('globbing', 'false')
    $Writer.WriteAttributeString('pipelineInput', $Parameter.PipelineInput)
    $Writer.WriteAttributeString('position', $Parameter.Position)
    $Writer.WriteAttributeString('aliases', $(if ($Parameter.Aliases.Count) { $Parameter.Aliases -join ', ' } else { 'none' }))
    $Writer.WriteElementString('maml', 'name', $maml, $Parameter.Name)
    Write-Description $Writer $Parameter.Description
    if (-not $Parameter.IsSwitch) {
        $Writer.WriteStartElement('command', 'parameterValue', $command)
        $Writer.WriteAttributeString('required', 'true')
        $Writer.WriteAttributeString('variableLength', $Parameter.IsArray.ToString().ToLowerInvariant())
        $Writer.WriteString($Parameter.TypeName)
        $Writer.WriteEndElement()
    }
    $Writer.WriteStartElement('dev', 'type', $dev)
    $Writer.WriteElementString('maml', 'name', $maml, $Parameter.TypeName)
    $Writer.WriteEndElement()
    $Writer.WriteElementString('dev', 'defaultValue', $dev, $Parameter.DefaultValue)
    $Writer.WriteEndElement()
}

function Write-TypeList([System.Xml.XmlWriter] $Writer, [string] $ListName, [string] $ItemName, $Items) {
    $Writer.WriteStartElement('command', $ListName, $command)
    foreach ($item in @($Items)) {
        $Writer.WriteStartElement('command', $ItemName, $command)
        $Writer.WriteStartElement('dev', 'type', $dev)
        $Writer.WriteElementString('maml', 'name', $maml, $item.Type)
        $Writer.WriteEndElement()
        Write-Description $Writer ([string]$item.Description)
        $Writer.WriteEndElement()
    }
    $Writer.WriteEndElement()
}

$moduleName = $help.Module.Name
$helpFolder = Join-Path $ModulePath 'en-US'
New-Item -ItemType Directory -Force -Path $helpFolder | Out-Null
$settings = [System.Xml.XmlWriterSettings]::new()
$settings.Indent = $true
$settings.Encoding = [System.Text.UTF8Encoding]::new($false)
$writer = [System.Xml.XmlWriter]::Create((Join-Path $helpFolder "$moduleName.dll-Help.xml"), $settings)
try {
    $writer.WriteStartDocument()
    $writer.WriteStartElement('helpItems', 'http://msh')
    $writer.WriteAttributeString('schema', 'maml')
    foreach ($cmdlet in $help.Cmdlets) {
        $writer.WriteStartElement('command', 'command', $command)
        $writer.WriteAttributeString('xmlns', 'maml', $null, $maml)
        $writer.WriteAttributeString('xmlns', 'dev', $null, $dev)
        $writer.WriteStartElement('command', 'details', $command)
        $writer.WriteElementString('command', 'name', $command, $cmdlet.Name)
        $writer.WriteElementString('command', 'verb', $command, $cmdlet.Verb)
        $writer.WriteElementString('command', 'noun', $command, $cmdlet.Noun)
        Write-Description $writer $cmdlet.Synopsis
        $writer.WriteEndElement()
        Write-Description $writer $cmdlet.Description

        $writer.WriteStartElement('command', 'syntax', $command)
        foreach ($set in $cmdlet.Syntax) {
            $writer.WriteStartElement('command', 'syntaxItem', $command)
            $writer.WriteElementString('maml', 'name', $maml, $cmdlet.Name)
            foreach ($parameter in $set.Parameters) { Write-Parameter $writer $parameter }
            $writer.WriteEndElement()
        }
        $writer.WriteEndElement()

        $writer.WriteStartElement('command', 'parameters', $command)
        # The metadata of its first set: sets differ only in rare cases, which the syntax shows.
        foreach ($parameter in $cmdlet.Parameters) { Write-Parameter $writer $parameter.InSets[0] }
        $writer.WriteEndElement()

        Write-TypeList $writer 'inputTypes' 'inputType' $cmdlet.Inputs
        Write-TypeList $writer 'returnValues' 'returnValue' $cmdlet.Outputs

        $writer.WriteStartElement('maml', 'alertSet', $maml)
        $writer.WriteStartElement('maml', 'alert', $maml)
        Write-Paragraphs $writer $cmdlet.Notes
        $writer.WriteEndElement()
        $writer.WriteEndElement()

        $writer.WriteStartElement('command', 'examples', $command)
        $number = 0
        foreach ($example in $cmdlet.Examples) {
            $number++
            $writer.WriteStartElement('command', 'example', $command)
            $writer.WriteElementString('maml', 'title', $maml, "-------------------------- Example $number`: $($example.Title) --------------------------")
            $writer.WriteElementString('dev', 'code', $dev, $example.Code.Trim())
            $writer.WriteStartElement('dev', 'remarks', $dev)
            Write-Paragraphs $writer ([string]$example.Remarks)
            $writer.WriteEndElement()
            $writer.WriteEndElement()
        }
        $writer.WriteEndElement()

        $writer.WriteStartElement('command', 'relatedLinks', $command)
        if ($cmdlet.HelpUri) {
            # Get-Help shows the first link with a URI as the online version.
            $writer.WriteStartElement('maml', 'navigationLink', $maml)
            $writer.WriteElementString('maml', 'linkText', $maml, 'Online Version:')
            $writer.WriteElementString('maml', 'uri', $maml, $cmdlet.HelpUri)
            $writer.WriteEndElement()
        }
        foreach ($link in $cmdlet.Links) {
            $writer.WriteStartElement('maml', 'navigationLink', $maml)
            $writer.WriteElementString('maml', 'linkText', $maml, $link)
            $writer.WriteElementString('maml', 'uri', $maml, $(if ($link -match '^https?://') { $link } else { '' }))
            $writer.WriteEndElement()
        }
        $writer.WriteEndElement()
        $writer.WriteEndElement()
    }
    $writer.WriteEndElement()
    $writer.WriteEndDocument()
}
finally {
    $writer.Dispose()
}

# The about topics, with the error catalogue where a topic asks for it ({{ErrorCatalogue}} on a line of its own):
# one id a paragraph, what to do wrapped to the topic's 80 columns.
function Format-ErrorCatalogue {
    $catalogue = Read-AstroBinErrorCatalogue $help
    $lines = foreach ($entry in $catalogue.Entries) {
        "    $($entry.Id) ($($entry.Categories -join ', '))"
        $line = '       '
        foreach ($word in ($entry.WhatToDo -split ' ')) {
            if ($line.Length + 1 + $word.Length -gt 78) { $line; $line = '       ' }
            $line += " $word"
        }
        $line
    }
    return $lines -join "`n"
}

foreach ($topic in Get-ChildItem -LiteralPath $SourcePath -Filter 'about_*.help.txt') {
    $text = [System.IO.File]::ReadAllText($topic.FullName)
    if ($text.Contains('{{ErrorCatalogue}}')) { $text = $text.Replace('{{ErrorCatalogue}}', (Format-ErrorCatalogue)) }
    [System.IO.File]::WriteAllText((Join-Path $helpFolder $topic.Name), $text, [System.Text.UTF8Encoding]::new($false))
}
if ($help.Problems.Count) { throw "Stale help sources in ${SourcePath}:`n  " + ($help.Problems -join "`n  ") }
Write-Host "Help: $(Join-Path $helpFolder "$moduleName.dll-Help.xml") ($($help.Cmdlets.Count) cmdlets)"
