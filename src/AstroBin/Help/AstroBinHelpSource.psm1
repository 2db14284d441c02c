<#
.SYNOPSIS
    Reads the module's help once, for every writer of it: the MAML (New-AstroBinHelp.ps1) and the pages of
    docs/cmdlets (New-AstroBinDocs.ps1) take the same words, syntax and defaults from here.
.DESCRIPTION
    The words come from src/AstroBin/Help/<Cmdlet-Name>.psd1 (synopsis, description, a description per
    parameter, defaults the code cannot show, inputs, outputs, notes, examples, links) and _Common.psd1
    (parameters many cmdlets share: -WhatIf, -Confirm, -First, -Skip, -IncludeTotalCount, and their
    defaults). The syntax (parameter sets, types, mandatory, positions, pipeline binding, aliases) comes from
    the built cmdlets through Get-Command, and a parameter's default is otherwise its property's value on a new
    cmdlet object, so neither can drift from the code; the online link is the cmdlet's HelpUri.
#>

Set-StrictMode -Version Latest

# Every cmdlet gets these from PowerShell; help describes them under CommonParameters.
$script:Automatic = [System.Management.Automation.Cmdlet]::CommonParameters + 'UseTransaction'

function Read-HelpSourceFile([string] $SourcePath, [string] $Name) {
    $path = Join-Path $SourcePath "$Name.psd1"
    if (-not (Test-Path -LiteralPath $path)) {
        Write-Warning "No help source for $Name ($path); its help will be empty."
        return @{}
    }
    return Import-PowerShellDataFile -LiteralPath $path
}

function Get-HelpText([hashtable] $Source, [string] $Key) {
    if ($Source.ContainsKey($Key) -and $Source[$Key]) { return [string]$Source[$Key] }
    return ''
}

<#
.SYNOPSIS
    A help text's paragraphs: blank lines separate them; single line breaks inside one are spaces.
#>
function Split-HelpParagraph([string] $Text) {
    $paragraphs = @(($Text.Trim() -split '\r?\n\s*\r?\n') | Where-Object { $_.Trim() } |
        ForEach-Object { ($_ -split '\r?\n' | ForEach-Object { $_.Trim() }) -join ' ' })
    if ($paragraphs.Count -eq 0) { return , @('') }
    return , $paragraphs
}

function Sort-ByName {
    $items = [System.Collections.Generic.List[object]]::new()
    foreach ($item in $input) { $items.Add($item) }
    $items.Sort([Comparison[object]] { param($a, $b) [StringComparer]::OrdinalIgnoreCase.Compare($a.Name, $b.Name) })
    $items.ToArray()
}

function Get-HelpTypeName([type] $Type) {
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

# One parameter as one parameter set has it: everything help shows about it.
function New-ParameterHelp($Parameter, $SetMetadata, [string] $SetName, [string] $Description, [string] $DefaultValue) {
    [pscustomobject]@{
        Name          = $Parameter.Name
        SetName       = $SetName
        TypeName      = Get-HelpTypeName $Parameter.ParameterType
        IsSwitch      = $Parameter.ParameterType -eq [System.Management.Automation.SwitchParameter]
        IsArray       = $Parameter.ParameterType.IsArray
        Required      = [bool]$SetMetadata.IsMandatory
        Position      = $(if ($SetMetadata.Position -ge 0) { [string]$SetMetadata.Position } else { 'named' })
        PipelineInput = Get-PipelineInput $SetMetadata
        Aliases       = @($Parameter.Aliases)
        Description   = $Description
        DefaultValue  = $DefaultValue
    }
}

<#
.SYNOPSIS
    Imports the built module and reads every exported cmdlet's help: one object a cmdlet (Name, Verb, Noun,
    Synopsis, Description, HelpUri, Syntax, Parameters, Inputs, Outputs, Notes, Examples, Links), and the
    problems found (a help source for a cmdlet or parameter that does not exist: stale help).
#>
function Read-AstroBinHelp {
    [CmdletBinding()]
    param(
        [Parameter(Mandatory)] [string] $ModulePath,
        [Parameter(Mandatory)] [string] $SourcePath
    )
    $module = Import-Module (Resolve-Path -LiteralPath $ModulePath).Path -PassThru -Force -Global
    # Ordinal order, not the culture's: the generated files must not depend on the machine that builds them.
    $commands = @(Get-Command -Module $module.Name -CommandType Cmdlet | Sort-ByName)
    $common = Import-PowerShellDataFile (Join-Path $SourcePath '_Common.psd1')
    $commonDefaults = if ($common.ContainsKey('Defaults')) { $common.Defaults } else { @{} }
    $common.Remove('Defaults')

    $problems = [System.Collections.Generic.List[string]]::new()
    $known = @($commands.Name) + '_Common'
    foreach ($file in Get-ChildItem -LiteralPath $SourcePath -Filter '*.psd1') {
        if ($file.BaseName -notin $known) { $problems.Add("$($file.Name) describes '$($file.BaseName)', which the module does not export.") }
    }

    $cmdlets = foreach ($cmdlet in $commands) {
        $source = Read-HelpSourceFile $SourcePath $cmdlet.Name
        $parameterHelp = if ($source.ContainsKey('Parameters')) { $source.Parameters } else { @{} }
        $parameters = @($cmdlet.Parameters.Values | Where-Object Name -NotIn $script:Automatic | Sort-ByName)
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
        $entry = {
            param($Member, $SetName)
            $parameter = $cmdlet.Parameters[$Member.Name]
            New-ParameterHelp $parameter $Member $SetName (& $describe $Member.Name) (Get-DefaultValue $parameter $Member $defaults $instance)
        }

        $syntax = foreach ($set in $cmdlet.ParameterSets) {
            $inSet = @($set.Parameters | Where-Object Name -NotIn $script:Automatic |
                Sort-Object { if ($_.Position -ge 0) { $_.Position } else { [int]::MaxValue } }, { -not $_.IsMandatory })
            [pscustomobject]@{
                SetName    = $set.Name
                IsDefault  = $set.IsDefault
                Parameters = @(foreach ($member in $inSet) { & $entry $member $set.Name })
            }
        }

        $parameterEntries = foreach ($parameter in $parameters) {
            # Each set that has it, in the cmdlet's order of sets; the first is what the MAML shows.
            $inSets = @(foreach ($set in $cmdlet.ParameterSets) {
                    $member = @($set.Parameters | Where-Object Name -EQ $parameter.Name)
                    if ($member.Count) { & $entry $member[0] $set.Name }
                })
            [pscustomobject]@{ Name = $parameter.Name; InSets = $inSets; AllSets = ($inSets.Count -eq $cmdlet.ParameterSets.Count) }
        }

        [pscustomobject]@{
            Name        = $cmdlet.Name
            Verb        = $cmdlet.Verb
            Noun        = $cmdlet.Noun
            Synopsis    = Get-HelpText $source 'Synopsis'
            Description = Get-HelpText $source 'Description'
            HelpUri     = [string]$cmdlet.HelpUri
            Syntax      = @($syntax)
            Parameters  = @($parameterEntries)
            Inputs      = @(if ($source.ContainsKey('Inputs')) { $source.Inputs | Where-Object { $_ } })
            Outputs     = @(if ($source.ContainsKey('Outputs')) { $source.Outputs | Where-Object { $_ } })
            Notes       = Get-HelpText $source 'Notes'
            Examples    = @(if ($source.ContainsKey('Examples')) { $source.Examples })
            Links       = @(if ($source.ContainsKey('Links')) { $source.Links })
        }
    }

    [pscustomobject]@{
        Module   = $module
        Cmdlets  = @($cmdlets)
        Problems = $problems
    }
}

<#
.SYNOPSIS
    The error catalogue of the built module (AstroBin.Errors.ErrorCatalogue), sorted by id (ordinal): Entries
    (Id, Cmdlets, When, WhatToDo, Categories) and AnyApiCmdlet, the words for "every cmdlet that calls the API".
#>
function Read-AstroBinErrorCatalogue {
    [CmdletBinding()]
    param([Parameter(Mandatory)] $Help)
    $assembly = (Get-Command $Help.Cmdlets[0].Name).ImplementingType.Assembly
    $catalogue = $assembly.GetType('AstroBin.Errors.ErrorCatalogue', $true)
    $entries = [System.Collections.Generic.List[object]]::new(@($catalogue.GetProperty('Entries').GetValue($null)))
    $entries.Sort([Comparison[object]] { param($a, $b) [string]::CompareOrdinal($a.Id, $b.Id) })
    [pscustomobject]@{
        Entries      = $entries.ToArray()
        AnyApiCmdlet = [string]$catalogue.GetField('AnyApiCmdlet').GetValue($null)
    }
}

Export-ModuleMember -Function Read-AstroBinHelp, Read-AstroBinErrorCatalogue, Split-HelpParagraph
