<#
.SYNOPSIS
    Writes the module's MAML help (en-US/AstroBin.dll-Help.xml) from the help sources and the cmdlets themselves.
.DESCRIPTION
    The words come from src/AstroBin/Help/<Cmdlet-Name>.psd1 (one small file a cmdlet: synopsis,
    description, a description per parameter, defaults the code cannot show, inputs, outputs, notes,
    examples, links) and _Common.psd1 (parameters many cmdlets share: -WhatIf, -Confirm, -First, -Skip,
    -IncludeTotalCount, and their defaults). A parameter's default value is otherwise its property's value
    on a new cmdlet object, so it cannot drift from the code either; the online link is the cmdlet's HelpUri.
    The syntax (parameter sets, types, mandatory, positions, pipeline binding, aliases) comes from
    the built cmdlets through Get-Command, so it cannot drift from the code.
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

$module = Import-Module (Resolve-Path -LiteralPath $ModulePath).Path -PassThru -Force
$commands = @(Get-Command -Module $module.Name -CommandType Cmdlet | Sort-Object Name)
$common = Import-PowerShellDataFile (Join-Path $SourcePath '_Common.psd1')
$commonDefaults = if ($common.ContainsKey('Defaults')) { $common.Defaults } else { @{} }
$common.Remove('Defaults')
# Every cmdlet gets these from PowerShell; Get-Help describes them under <CommonParameters>.
$automatic = [System.Management.Automation.Cmdlet]::CommonParameters + 'UseTransaction'

$maml = 'http://schemas.microsoft.com/maml/2004/10'
$command = 'http://schemas.microsoft.com/maml/dev/command/2004/10'
$dev = 'http://schemas.microsoft.com/maml/dev/2004/10'

function Read-HelpSource([string] $Name) {
    $path = Join-Path $SourcePath "$Name.psd1"
    if (-not (Test-Path -LiteralPath $path)) {
        Write-Warning "No help source for $Name ($path); its help will be empty."
        return @{}
    }
    return Import-PowerShellDataFile -LiteralPath $path
}

function Get-Text([hashtable] $Source, [string] $Key) {
    if ($Source.ContainsKey($Key) -and $Source[$Key]) { return [string]$Source[$Key] }
    return ''
}

function Write-Paragraphs([System.Xml.XmlWriter] $Writer, [string] $Text) {
    # Blank lines separate paragraphs; single line breaks inside a paragraph are kept as spaces.
    $paragraphs = @(($Text.Trim() -split '\r?\n\s*\r?\n') | Where-Object { $_.Trim() })
    if ($paragraphs.Count -eq 0) { $paragraphs = @('') }
    foreach ($paragraph in $paragraphs) {
        $Writer.WriteElementString('maml', 'para', $maml, (($paragraph -split '\r?\n' | ForEach-Object { $_.Trim() }) -join ' '))
    }
}

function Write-Description([System.Xml.XmlWriter] $Writer, [string] $Text) {
    $Writer.WriteStartElement('maml', 'description', $maml)
    Write-Paragraphs $Writer $Text
    $Writer.WriteEndElement()
}

function Get-TypeName([type] $Type) {
    if ($Type -eq [System.Management.Automation.SwitchParameter]) { return 'SwitchParameter' }
    $nullable = [Nullable]::GetUnderlyingType($Type)
    if ($nullable) { return $nullable.Name }
    return $Type.Name
}

function Get-PipelineInput($Metadata) {
    $ways = @()
    if ($Metadata.ValueFromPipelineByPropertyName) { $ways += 'ByPropertyName' }
    if ($Metadata.ValueFromPipeline) { $ways += 'ByValue' }
    if ($ways.Count -eq 0) { return 'False' }
    return "True ($($ways -join ', '))"
}

# What a parameter is when it is not given: the help source's Defaults (for a value the cmdlet resolves
# later, such as "the current folder"), else the property's initial value on a new cmdlet object.
function Get-DefaultValue($Parameter, $SetMetadata, [hashtable] $Defaults, $Instance) {
    if ($Defaults.ContainsKey($Parameter.Name)) { return [string]$Defaults[$Parameter.Name] }
    if ($SetMetadata.IsMandatory) { return 'None' }
    $property = if ($Instance) { $Instance.GetType().GetProperty($Parameter.Name) }
    $value = if ($property) { $property.GetValue($Instance) }
    if ($value -is [System.Management.Automation.SwitchParameter]) { return [string]$value.IsPresent }
    if ($null -eq $value -or ($value -is [string] -and $value -eq '')) { return 'None' }
    if ($value -is [System.Collections.IEnumerable] -and $value -isnot [string]) {
        $items = @($value)
        if ($items.Count -eq 0) { return 'None' }
        return ($items | ForEach-Object { [System.Convert]::ToString($_, [cultureinfo]::InvariantCulture) }) -join ', '
    }
    return [System.Convert]::ToString($value, [cultureinfo]::InvariantCulture)
}

function Write-Parameter([System.Xml.XmlWriter] $Writer, $Parameter, $SetMetadata, [string] $Description, [string] $DefaultValue) {
    $isSwitch = $Parameter.ParameterType -eq [System.Management.Automation.SwitchParameter]
    $typeName = Get-TypeName $Parameter.ParameterType
    $Writer.WriteStartElement('command', 'parameter', $command)
    $Writer.WriteAttributeString('required', $SetMetadata.IsMandatory.ToString().ToLowerInvariant())
    $Writer.WriteAttributeString('variableLength', $Parameter.ParameterType.IsArray.ToString().ToLowerInvariant())
    $Writer.WriteAttributeString('globbing', 'false')
    $Writer.WriteAttributeString('pipelineInput', (Get-PipelineInput $SetMetadata))
    $Writer.WriteAttributeString('position', $(if ($SetMetadata.Position -ge 0) { [string]$SetMetadata.Position } else { 'named' }))
    $Writer.WriteAttributeString('aliases', $(if ($Parameter.Aliases.Count) { $Parameter.Aliases -join ', ' } else { 'none' }))
    $Writer.WriteElementString('maml', 'name', $maml, $Parameter.Name)
    Write-Description $Writer $Description
    if (-not $isSwitch) {
        $Writer.WriteStartElement('command', 'parameterValue', $command)
        $Writer.WriteAttributeString('required', 'true')
        $Writer.WriteAttributeString('variableLength', $Parameter.ParameterType.IsArray.ToString().ToLowerInvariant())
        $Writer.WriteString($typeName)
        $Writer.WriteEndElement()
    }
    $Writer.WriteStartElement('dev', 'type', $dev)
    $Writer.WriteElementString('maml', 'name', $maml, $typeName)
    $Writer.WriteEndElement()
    $Writer.WriteElementString('dev', 'defaultValue', $dev, $DefaultValue)
    $Writer.WriteEndElement()
}

function Write-TypeList([System.Xml.XmlWriter] $Writer, [string] $ListName, [string] $ItemName, $Items) {
    $Writer.WriteStartElement('command', $ListName, $command)
    foreach ($item in @($Items)) {
        if (-not $item) { continue }
        $Writer.WriteStartElement('command', $ItemName, $command)
        $Writer.WriteStartElement('dev', 'type', $dev)
        $Writer.WriteElementString('maml', 'name', $maml, $item.Type)
        $Writer.WriteEndElement()
        Write-Description $Writer ([string]$item.Description)
        $Writer.WriteEndElement()
    }
    $Writer.WriteEndElement()
}

$problems = [System.Collections.Generic.List[string]]::new()
$known = @($commands.Name) + '_Common'
foreach ($file in Get-ChildItem -LiteralPath $SourcePath -Filter '*.psd1') {
    if ($file.BaseName -notin $known) { $problems.Add("$($file.Name) describes '$($file.BaseName)', which the module does not export.") }
}

$helpFolder = Join-Path $ModulePath 'en-US'
New-Item -ItemType Directory -Force -Path $helpFolder | Out-Null
$settings = [System.Xml.XmlWriterSettings]::new()
$settings.Indent = $true
$settings.Encoding = [System.Text.UTF8Encoding]::new($false)
$writer = [System.Xml.XmlWriter]::Create((Join-Path $helpFolder "$($module.Name).dll-Help.xml"), $settings)
try {
    $writer.WriteStartDocument()
    $writer.WriteStartElement('helpItems', 'http://msh')
    $writer.WriteAttributeString('schema', 'maml')
    foreach ($cmdlet in $commands) {
        $source = Read-HelpSource $cmdlet.Name
        $parameterHelp = if ($source.ContainsKey('Parameters')) { $source.Parameters } else { @{} }
        $parameters = @($cmdlet.Parameters.Values | Where-Object Name -NotIn $automatic)
        foreach ($name in $parameterHelp.Keys) {
            if ($name -notin $parameters.Name) { $problems.Add("$($cmdlet.Name).psd1 describes parameter -$name, which the cmdlet does not have.") }
        }
        $defaults = $commonDefaults.Clone()
        if ($source.ContainsKey('Defaults')) {
            foreach ($name in $source.Defaults.Keys) {
                if ($name -notin $parameters.Name) { $problems.Add("$($cmdlet.Name).psd1 gives a default for -$name, which the cmdlet does not have.") }
                $defaults[$name] = $source.Defaults[$name]
            }
        }
        # A cmdlet object as PowerShell makes it, before binding: its properties hold the defaults.
        $instance = [Activator]::CreateInstance($cmdlet.ImplementingType)
        $describe = {
            param($Name)
            if ($parameterHelp.ContainsKey($Name)) { return [string]$parameterHelp[$Name] }
            if ($common.ContainsKey($Name)) { return [string]$common[$Name] }
            return ''
        }

        $writer.WriteStartElement('command', 'command', $command)
        $writer.WriteAttributeString('xmlns', 'maml', $null, $maml)
        $writer.WriteAttributeString('xmlns', 'dev', $null, $dev)
        $writer.WriteStartElement('command', 'details', $command)
        $writer.WriteElementString('command', 'name', $command, $cmdlet.Name)
        $writer.WriteElementString('command', 'verb', $command, $cmdlet.Verb)
        $writer.WriteElementString('command', 'noun', $command, $cmdlet.Noun)
        Write-Description $writer (Get-Text $source 'Synopsis')
        $writer.WriteEndElement()
        Write-Description $writer (Get-Text $source 'Description')

        $writer.WriteStartElement('command', 'syntax', $command)
        foreach ($set in $cmdlet.ParameterSets) {
            $writer.WriteStartElement('command', 'syntaxItem', $command)
            $writer.WriteElementString('maml', 'name', $maml, $cmdlet.Name)
            $inSet = @($set.Parameters | Where-Object Name -NotIn $automatic | Sort-Object { if ($_.Position -ge 0) { $_.Position } else { [int]::MaxValue } }, { -not $_.IsMandatory })
            foreach ($member in $inSet) {
                Write-Parameter $writer $cmdlet.Parameters[$member.Name] $member (& $describe $member.Name) (Get-DefaultValue $cmdlet.Parameters[$member.Name] $member $defaults $instance)
            }
            $writer.WriteEndElement()
        }
        $writer.WriteEndElement()

        $writer.WriteStartElement('command', 'parameters', $command)
        foreach ($parameter in ($parameters | Sort-Object Name)) {
            # The metadata of its first set: sets differ only in rare cases, which the syntax shows.
            $first = @($cmdlet.ParameterSets | ForEach-Object { $_.Parameters } | Where-Object Name -EQ $parameter.Name)[0]
            Write-Parameter $writer $parameter $first (& $describe $parameter.Name) (Get-DefaultValue $parameter $first $defaults $instance)
        }
        $writer.WriteEndElement()

        Write-TypeList $writer 'inputTypes' 'inputType' $(if ($source.ContainsKey('Inputs')) { $source.Inputs })
        Write-TypeList $writer 'returnValues' 'returnValue' $(if ($source.ContainsKey('Outputs')) { $source.Outputs })

        $writer.WriteStartElement('maml', 'alertSet', $maml)
        $writer.WriteStartElement('maml', 'alert', $maml)
        Write-Paragraphs $writer (Get-Text $source 'Notes')
        $writer.WriteEndElement()
        $writer.WriteEndElement()

        $writer.WriteStartElement('command', 'examples', $command)
        $number = 0
        foreach ($example in @(if ($source.ContainsKey('Examples')) { $source.Examples })) {
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
        foreach ($link in @(if ($source.ContainsKey('Links')) { $source.Links })) {
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

foreach ($topic in Get-ChildItem -LiteralPath $SourcePath -Filter 'about_*.help.txt') {
    Copy-Item -LiteralPath $topic.FullName -Destination $helpFolder
}
if ($problems.Count) { throw "Stale help sources in ${SourcePath}:`n  " + ($problems -join "`n  ") }
Write-Host "Help: $(Join-Path $helpFolder "$($module.Name).dll-Help.xml") ($($commands.Count) cmdlets)"
