# Help completeness: every exported cmdlet and parameter has help text and examples (generated MAML), plus about_AstroBin.
param(
    [Parameter(Mandatory)] [string] $ModulePath,
    [Parameter(Mandatory)] [string] $BaseUri,
    [Parameter(Mandatory)] [string] $ApiKey,
    [Parameter(Mandatory)] [string] $ApiSecret,
    [string] $EmulatorDll
)

BeforeDiscovery {
    # Discovery runs in the same process as the other files; the module's cmdlet names come from its manifest.
    $script:CmdletNames = (Import-PowerShellDataFile (Join-Path $ModulePath 'AstroBin.psd1')).CmdletsToExport
}

BeforeAll {
    Import-Module $ModulePath -Force
    $script:Automatic = [System.Management.Automation.Cmdlet]::CommonParameters
    $script:Pages = Join-Path $PSScriptRoot '../../docs/cmdlets'
}

Describe 'Help for <_>' -ForEach $CmdletNames {
    BeforeAll {
        $script:Name = $_
        $script:Help = Get-Help $_ -Full
        $script:Command = Get-Command $_
    }

    It 'has a synopsis and a description' {
        $Help.Synopsis | Should -Not -BeNullOrEmpty
        # Without MAML, PowerShell shows the syntax as the synopsis.
        $Help.Synopsis | Should -Not -BeLike "$Name *"
        ($Help.Description.Text -join ' ').Length | Should -BeGreaterThan 40
    }

    It 'describes every parameter' {
        $parameters = @($Command.Parameters.Keys | Where-Object { $_ -notin $Automatic })
        foreach ($parameter in $parameters) {
            $entry = $Help.Parameters.Parameter | Where-Object Name -EQ $parameter
            $entry | Should -Not -BeNullOrEmpty -Because "-$parameter of $Name is in the help"
            ($entry.Description.Text -join ' ').Trim() | Should -Not -BeNullOrEmpty -Because "-$parameter of $Name has a description"
        }
    }

    It 'has a syntax taken from the cmdlet itself' {
        @($Help.Syntax.SyntaxItem).Count | Should -Be $Command.ParameterSets.Count
        $documented = @($Help.Parameters.Parameter.Name | Sort-Object)
        $documented | Should -Be @($Command.Parameters.Keys | Where-Object { $_ -notin $Automatic } | Sort-Object)
    }

    It 'names its inputs and outputs' {
        @($Help.InputTypes.InputType).Count | Should -BeGreaterThan 0
        @($Help.ReturnValues.ReturnValue).Count | Should -BeGreaterThan 0
        ($Help.ReturnValues.ReturnValue.Type.Name -join ' ') | Should -Not -BeNullOrEmpty
    }

    It 'has an online page: its page in docs/cmdlets on the project page, which exists' {
        $project = (Import-PowerShellDataFile (Join-Path $ModulePath 'AstroBin.psd1')).PrivateData.PSData.ProjectUri
        $Command.HelpUri | Should -BeExactly "$project/blob/main/docs/cmdlets/$Name.md"
        Test-Path -LiteralPath (Join-Path $Pages "$Name.md") -PathType Leaf | Should -BeTrue -Because "docs/cmdlets/$Name.md is committed (build.ps1 -Task Docs)"
        # Get-Help -Online opens the first related link with a URI.
        @($Help.RelatedLinks.NavigationLink | Where-Object Uri)[0].Uri | Should -Be $Command.HelpUri
    }

    It 'shows each parameter''s real default' {
        $instance = [Activator]::CreateInstance($Command.ImplementingType)
        foreach ($parameter in @($Help.Parameters.Parameter)) {
            $property = $instance.GetType().GetProperty($parameter.Name)
            if (-not $property -or $parameter.Required -eq 'true') { continue }
            $value = $property.GetValue($instance)
            if ($value -is [System.Management.Automation.SwitchParameter]) { $parameter.DefaultValue | Should -Be 'False'; continue }
            if ($null -eq $value -or "$value" -eq '' -or ($value -is [array] -and $value.Count -eq 0)) { continue }
            $parameter.DefaultValue | Should -Not -Be 'None' -Because "-$($parameter.Name) of $Name defaults to '$value'"
        }
    }

    It 'has at least two examples, each using the cmdlet with remarks' {
        $examples = @($Help.Examples.Example)
        $examples.Count | Should -BeGreaterOrEqual 2
        foreach ($example in $examples) {
            $example.Code | Should -Match ([regex]::Escape($Name))
            ($example.Remarks.Text -join ' ').Trim() | Should -Not -BeNullOrEmpty
        }
    }
}

Describe 'Defaults in the help' {
    It 'shows the values a parameter takes when it is not given' {
        $default = { param($Cmdlet, $Parameter) (Get-Help $Cmdlet -Parameter $Parameter).DefaultValue }
        & $default Save-AstroBinImage Size | Should -Be 'Hd'
        & $default Save-AstroBinImage ThrottleLimit | Should -Be '4'
        & $default Save-AstroBinImage Path | Should -Be 'The current location (.)'
        & $default Save-AstroBinImage Force | Should -Be 'False'
        & $default Invoke-AstroBinApi Format | Should -Be 'Json'
        & $default Search-AstroBinImage SubjectMatch | Should -Be 'Server'
        & $default Search-AstroBinImage First | Should -Be 'All'
        & $default Search-AstroBinImage Skip | Should -Be '0'
        & $default Search-AstroBinImage TitleContains | Should -Be 'None'
        & $default Get-AstroBinImageOfTheDay Offset | Should -Be '0'
    }
}

Describe 'about_AstroBin' {
    It 'lists every error id of the error catalogue, with its category and what to do' {
        $text = Get-Help about_AstroBin | Out-String
        $assembly = (Get-Command Get-AstroBinImage).ImplementingType.Assembly
        $entries = @($assembly.GetType('AstroBin.Errors.ErrorCatalogue', $true).GetProperty('Entries').GetValue($null))
        $entries.Count | Should -BeGreaterThan 40
        foreach ($entry in $entries) {
            $text | Should -Match ([regex]::Escape("$($entry.Id) ($($entry.Categories -join ', '))"))
            $text | Should -Match ([regex]::Escape(($entry.WhatToDo -split ' ')[0..2] -join ' '))
        }
        $text | Should -Not -Match '\{\{ErrorCatalogue\}\}'
    }

    It 'covers key set-up, configuration, fair use, paging and errors' {
        $text = Get-Help about_AstroBin | Out-String
        foreach ($section in 'SETTING UP A KEY', 'CONFIGURATION', 'FAIR USE', 'PAGING', 'ERRORS', 'ASTROBIN_CONFIG_DIR', 'looks for a key in this order') {
            $text | Should -Match ([regex]::Escape($section))
        }
    }
}
