# Ready for the PowerShell Gallery: the manifest against the assembly, the module folder's layout, the
# package build.ps1 makes (out/packages), its install round trip in a clean session, and the isolation of
# the dependency DLLs from another module's versions (tests/ConflictFixture, built to out/fixtures).
param(
    [Parameter(Mandatory)] [string] $ModulePath,
    [Parameter(Mandatory)] [string] $BaseUri,
    [Parameter(Mandatory)] [string] $ApiKey,
    [Parameter(Mandatory)] [string] $ApiSecret,
    [string] $EmulatorDll
)

BeforeAll {
    $script:Root = (Resolve-Path (Join-Path $PSScriptRoot '../..')).Path
    $script:BuildOut = Split-Path $ModulePath
    $script:PackageFolder = Join-Path $script:BuildOut 'packages'
    $script:FixtureDll = Join-Path $script:BuildOut 'fixtures/ConflictFixture/ConflictFixture.dll'
    $script:Version = ([xml](Get-Content -Raw (Join-Path $script:Root 'Directory.Build.props'))).Project.PropertyGroup.Version
    $script:Manifest = Import-PowerShellDataFile (Join-Path $ModulePath 'AstroBin.psd1')
    Import-Module $ModulePath -Force
    $script:Assembly = (Get-Module AstroBin).ImplementingAssembly

    # A new pwsh with no profile, a throw-away HOME (so the user module path, PSResourceGet's repository
    # list and the AstroBin settings are empty and nothing outside TestDrive changes), no inherited module
    # path and the emulator's address and key. Runs $Command; its last output line is JSON, returned parsed.
    function Invoke-CleanPwsh([string] $Command) {
        $homeFolder = Join-Path $TestDrive ([guid]::NewGuid().ToString('n'))
        New-Item -ItemType Directory -Path $homeFolder | Out-Null
        $environment = @{
            HOME = $homeFolder; XDG_DATA_HOME = $null; XDG_CONFIG_HOME = $null; XDG_CACHE_HOME = $null; PSModulePath = $null
            ASTROBIN_BASE_URI = $BaseUri; ASTROBIN_API_KEY = $ApiKey; ASTROBIN_API_SECRET = $ApiSecret
        }
        $saved = @{}
        foreach ($name in $environment.Keys) { $saved[$name] = [Environment]::GetEnvironmentVariable($name); [Environment]::SetEnvironmentVariable($name, $environment[$name]) }
        try {
            $lines = @(& dotnet (Join-Path $PSHOME 'pwsh.dll') -NoProfile -NonInteractive -Command "`$ErrorActionPreference = 'Stop'; $Command" 2>&1 | ForEach-Object { "$_" })
        }
        finally { foreach ($name in $saved.Keys) { [Environment]::SetEnvironmentVariable($name, $saved[$name]) } }
        if ($LASTEXITCODE -ne 0) { throw "The clean pwsh failed (exit code $LASTEXITCODE): $($lines -join [Environment]::NewLine)" }
        return $lines[-1] | ConvertFrom-Json
    }
}

Describe 'The manifest' {
    It 'exports exactly the cmdlets the assembly defines' {
        $defined = $script:Assembly.GetExportedTypes() |
            ForEach-Object { $_.GetCustomAttributes([System.Management.Automation.CmdletAttribute], $false) } |
            ForEach-Object { "$($_.VerbName)-$($_.NounName)" } | Sort-Object
        $defined.Count | Should -BeGreaterThan 0
        @($script:Manifest.CmdletsToExport | Sort-Object) | Should -Be $defined
    }

    It 'exports no functions, variables or aliases' {
        @($script:Manifest.FunctionsToExport).Count | Should -Be 0
        @($script:Manifest.VariablesToExport).Count | Should -Be 0
        @($script:Manifest.AliasesToExport).Count | Should -Be 0
    }

    It 'passes Test-ModuleManifest with the one version that the assembly also carries' {
        $info = Test-ModuleManifest (Join-Path $ModulePath 'AstroBin.psd1')
        $info.Version | Should -Be ([version]$script:Version)
        $script:Assembly.GetName().Version | Should -Be ([version]"$($script:Version).0")
        $info.CompatiblePSEditions | Should -Be @('Core', 'Desktop')
        $info.PowerShellVersion | Should -Be ([version]'5.1')
    }

    It 'carries the Gallery metadata' {
        $data = $script:Manifest.PrivateData.PSData
        foreach ($tag in 'AstroBin', 'astrophotography', 'astronomy', 'API', 'PSEdition_Core', 'PSEdition_Desktop', 'Windows', 'Linux', 'MacOS') {
            $data.Tags | Should -Contain $tag
        }
        $data.ProjectUri | Should -Match '^https://'
        $data.LicenseUri | Should -Match '^https://.+/LICENSE$'
        $data.ReleaseNotes | Should -Not -BeNullOrEmpty
        Get-Content -Raw (Join-Path $script:Root 'LICENSE') | Should -Match 'MIT License'
        Get-Content -Raw (Join-Path $script:Root 'CHANGELOG.md') | Should -Match "## $([regex]::Escape($script:Version))"
    }
}

Describe 'The module folder' {
    It 'holds the module assembly alone at the top and every dependency DLL under Dependencies' {
        @(Get-ChildItem $ModulePath -Filter '*.dll').Name | Should -Be @('AstroBin.dll')
        $dependencies = @(Get-ChildItem (Join-Path $ModulePath 'Dependencies') -Filter '*.dll').BaseName
        $dependencies | Should -Contain 'Microsoft.Extensions.Http'
        $dependencies | Should -Not -Contain 'System.Management.Automation'
    }

    It 'ships every assembly the module references that PowerShell does not provide' {
        $provided = @(([AppContext]::GetData('TRUSTED_PLATFORM_ASSEMBLIES') -split [IO.Path]::PathSeparator) | ForEach-Object { [IO.Path]::GetFileNameWithoutExtension($_) })
        $shipped = @(Get-ChildItem (Join-Path $ModulePath 'Dependencies') -Filter '*.dll').BaseName
        $missing = $script:Assembly.GetReferencedAssemblies().Name | Where-Object { $_ -notin $provided -and $_ -notin $shipped -and $_ -ne 'netstandard' }
        $missing | Should -BeNullOrEmpty
    }
}

Describe 'The package' {
    It 'is the module folder as a nupkg named with the one version' {
        $package = Join-Path $script:PackageFolder "AstroBin.$($script:Version).nupkg"
        Test-Path -LiteralPath $package | Should -BeTrue
        Add-Type -AssemblyName System.IO.Compression.FileSystem
        $zip = [System.IO.Compression.ZipFile]::OpenRead($package)
        try { $entries = $zip.Entries.FullName } finally { $zip.Dispose() }
        $entries | Should -Contain 'AstroBin.psd1'
        $entries | Should -Contain 'AstroBin.dll'
        $entries | Should -Contain 'Dependencies/Microsoft.Extensions.Http.dll'
        $expected = (Get-ChildItem -Recurse -File $ModulePath).FullName | ForEach-Object { [IO.Path]::GetRelativePath($ModulePath, $_).Replace('\', '/') }
        $expected | Where-Object { $_ -notin $entries } | Should -BeNullOrEmpty
    }

    It 'installs by name from a local repository with <Install> in a clean session, imports by name and works' -ForEach @(
        @{ Install = 'Install-PSResource'; Register = 'Register-PSResourceRepository -Name AstroBinLocal -Uri {0} -Trusted'; Command = 'Install-PSResource AstroBin -Repository AstroBinLocal -Scope CurrentUser' }
        @{ Install = 'Install-Module'; Register = 'Register-PSRepository -Name AstroBinLocal -SourceLocation {0} -InstallationPolicy Trusted'; Command = 'Install-Module AstroBin -Repository AstroBinLocal -Scope CurrentUser' }
    ) {
        $result = Invoke-CleanPwsh @"
if (Get-Module -ListAvailable AstroBin) { throw 'AstroBin is already on the module path' }
$($Register -f "'$($script:PackageFolder)'")
$Command
Import-Module AstroBin
`$module = Get-Module AstroBin
[pscustomobject]@{ Version = `$module.Version.ToString(); Base = `$module.ModuleBase; Home = `$HOME; Title = (Get-AstroBinImage -Id yx76x9).Title } | ConvertTo-Json -Compress
"@
        $result.Version | Should -Be $script:Version
        $result.Base | Should -BeLike "$($result.Home)*"
        $result.Title | Should -Be 'NGC 1316'
    }
}

Describe 'Dependency isolation' {
    BeforeAll {
        # What a session reports: the fixture's own result, an AstroBin call, and where each copy of the
        # shared dependency was loaded (its version and load context).
        $script:Report = @"
`$copies = [AppDomain]::CurrentDomain.GetAssemblies() | Where-Object { `$_.GetName().Name -eq 'Microsoft.Extensions.DependencyInjection.Abstractions' } |
    ForEach-Object { [pscustomobject]@{ Version = `$_.GetName().Version.ToString(); Context = [System.Runtime.Loader.AssemblyLoadContext]::GetLoadContext(`$_).GetType().Name } }
[pscustomobject]@{ Before = `$before; After = (Get-ConflictFixtureDependency); Title = `$title; Copies = @(`$copies) } | ConvertTo-Json -Compress -Depth 3
"@
    }

    It 'works when another module loaded an older version of its dependency first, and that module keeps working' {
        $result = Invoke-CleanPwsh @"
Import-Module '$($script:FixtureDll)'
`$before = Get-ConflictFixtureDependency
Import-Module '$ModulePath'
`$title = (Get-AstroBinImage -Id yx76x9).Title
$($script:Report)
"@
        $result.Before.Version | Should -Be '6.0.0.0'
        $result.Title | Should -Be 'NGC 1316'
        $result.After.Version | Should -Be '6.0.0.0'
        $result.After.Value | Should -Be 'served by the fixture'
        ($result.Copies | Where-Object Version -EQ '6.0.0.0').Context | Should -Be 'DefaultAssemblyLoadContext'
        ($result.Copies | Where-Object Version -EQ '8.0.0.0').Context | Should -Be 'DependencyLoadContext'
    }

    It 'leaves another module that loads later its own version' {
        $result = Invoke-CleanPwsh @"
Import-Module '$ModulePath'
`$title = (Get-AstroBinImage -Id yx76x9).Title
Import-Module '$($script:FixtureDll)'
`$before = Get-ConflictFixtureDependency
$($script:Report)
"@
        $result.Title | Should -Be 'NGC 1316'
        $result.Before.Version | Should -Be '6.0.0.0'
        $result.After.Version | Should -Be '6.0.0.0'
        @($result.Copies).Count | Should -Be 2
        ($result.Copies | Where-Object Version -EQ '8.0.0.0').Context | Should -Be 'DependencyLoadContext'
    }

    It 'shares with PowerShell what PowerShell provides' {
        $result = Invoke-CleanPwsh @"
Import-Module '$ModulePath'
`$null = Get-AstroBinImage -Id yx76x9
`$json = [AppDomain]::CurrentDomain.GetAssemblies() | Where-Object { `$_.GetName().Name -eq 'System.Text.Json' }
[pscustomobject]@{ Count = @(`$json).Count; Context = [System.Runtime.Loader.AssemblyLoadContext]::GetLoadContext(@(`$json)[0]).GetType().Name } | ConvertTo-Json -Compress
"@
        $result.Count | Should -Be 1
        $result.Context | Should -Be 'DefaultAssemblyLoadContext'
    }
}
