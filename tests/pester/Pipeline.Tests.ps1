# Every pipeline joint: each output type of every cmdlet piped into every cmdlet that takes pipeline input
# either works (the right values) or fails before any request (the emulator's request count does not move)
# with a binding error or a specific error id. Plus numbers, batched image numbers and the session cache.
param(
    [Parameter(Mandatory)] [string] $ModulePath,
    [Parameter(Mandatory)] [string] $BaseUri,
    [Parameter(Mandatory)] [string] $ApiKey,
    [Parameter(Mandatory)] [string] $ApiSecret,
    [string] $EmulatorDll
)

BeforeDiscovery {
    # A refusal by the module's strict binding (the message names the type), and PowerShell's own
    # "no parameter takes this object".
    $Refused = 'ParameterArgumentTransformationError'
    $NotBound = 'InputObjectNotBound'
    $Works = 'works'

    # consumer -> sample -> 'works' or the error id expected before any request.
    $Expected = [ordered]@{
        'Get-AstroBinImage'         = @{
            'AstroBin.Image' = $Works; 'AstroBin.ImageOfTheDay' = $Works; 'AstroBin.ImageOfTheDay#IncludeImage' = $Works
            'AstroBin.UserProfile' = $Refused; 'AstroBin.ImageRevision' = $Works; 'AstroBin.TopPick' = $Works
            'AstroBin.TopPickNomination' = $Works; 'AstroBin.Collection' = $Works; 'AstroBin.Location' = $Refused
            'System.Management.Automation.PSObject' = $Works; 'System.Xml.XmlDocument' = $Refused; 'System.String' = $Works
            'System.IO.FileInfo' = $Refused; 'AstroBin.ApiKeyInfo' = $Refused; 'AstroBin.Configuration' = $Refused; 'AstroBin.SyncResult' = $Works
        }
        'Get-AstroBinUser'          = @{
            'AstroBin.Image' = $Works; 'AstroBin.ImageOfTheDay' = $Refused; 'AstroBin.ImageOfTheDay#IncludeImage' = $Works
            'AstroBin.UserProfile' = $Works; 'AstroBin.ImageRevision' = $Refused; 'AstroBin.TopPick' = $Refused
            'AstroBin.TopPickNomination' = $Refused; 'AstroBin.Collection' = $Works; 'AstroBin.Location' = $Refused
            'System.Management.Automation.PSObject' = $Works; 'System.Xml.XmlDocument' = $Refused; 'System.String' = $Refused
            'System.IO.FileInfo' = $Refused; 'AstroBin.ApiKeyInfo' = $Refused; 'AstroBin.Configuration' = $Refused; 'AstroBin.SyncResult' = $Refused
        }
        'Get-AstroBinImageRevision' = @{
            'AstroBin.Image' = $Works; 'AstroBin.ImageOfTheDay' = $Refused; 'AstroBin.ImageOfTheDay#IncludeImage' = $Refused
            'AstroBin.UserProfile' = $Refused; 'AstroBin.ImageRevision' = $Works; 'AstroBin.TopPick' = $Refused
            'AstroBin.TopPickNomination' = $Refused; 'AstroBin.Collection' = $Refused; 'AstroBin.Location' = $Refused
            'System.Management.Automation.PSObject' = $Works; 'System.Xml.XmlDocument' = $Refused; 'System.String' = $Refused
            'System.IO.FileInfo' = $Refused; 'AstroBin.ApiKeyInfo' = $Refused; 'AstroBin.Configuration' = $Refused; 'AstroBin.SyncResult' = $Refused
        }
        'Get-AstroBinLocation'      = @{
            'AstroBin.Image' = $Works; 'AstroBin.ImageOfTheDay' = $Refused; 'AstroBin.ImageOfTheDay#IncludeImage' = $Refused
            'AstroBin.UserProfile' = $Refused; 'AstroBin.ImageRevision' = $Refused; 'AstroBin.TopPick' = $Refused
            'AstroBin.TopPickNomination' = $Refused; 'AstroBin.Collection' = $Refused; 'AstroBin.Location' = $Works
            'System.Management.Automation.PSObject' = $Works; 'System.Xml.XmlDocument' = $Refused; 'System.String' = $Refused
            'System.IO.FileInfo' = $Refused; 'AstroBin.ApiKeyInfo' = $Refused; 'AstroBin.Configuration' = $Refused; 'AstroBin.SyncResult' = $Refused
        }
        'Get-AstroBinCollection'    = @{
            'AstroBin.Image' = $Works; 'AstroBin.ImageOfTheDay' = $Refused; 'AstroBin.ImageOfTheDay#IncludeImage' = $Works
            'AstroBin.UserProfile' = $Works; 'AstroBin.ImageRevision' = $Refused; 'AstroBin.TopPick' = $Refused
            'AstroBin.TopPickNomination' = $Refused; 'AstroBin.Collection' = $Works; 'AstroBin.Location' = $Refused
            'System.Management.Automation.PSObject' = $Works; 'System.Xml.XmlDocument' = $Refused; 'System.String' = $Refused
            'System.IO.FileInfo' = $Refused; 'AstroBin.ApiKeyInfo' = $Refused; 'AstroBin.Configuration' = $Refused; 'AstroBin.SyncResult' = $Refused
        }
        'Search-AstroBinImage'      = @{
            'AstroBin.Image' = $Works; 'AstroBin.ImageOfTheDay' = $Refused; 'AstroBin.ImageOfTheDay#IncludeImage' = $Works
            'AstroBin.UserProfile' = $Works; 'AstroBin.ImageRevision' = $NotBound; 'AstroBin.TopPick' = $NotBound
            'AstroBin.TopPickNomination' = $NotBound; 'AstroBin.Collection' = $Works; 'AstroBin.Location' = $NotBound
            'System.Management.Automation.PSObject' = $Works; 'System.Xml.XmlDocument' = $NotBound; 'System.String' = $NotBound
            'System.IO.FileInfo' = $NotBound; 'AstroBin.ApiKeyInfo' = $NotBound; 'AstroBin.Configuration' = $NotBound; 'AstroBin.SyncResult' = $NotBound
        }
        'Save-AstroBinImage'        = @{
            'AstroBin.Image' = $Works; 'AstroBin.ImageOfTheDay' = $Works; 'AstroBin.ImageOfTheDay#IncludeImage' = $Works
            'AstroBin.UserProfile' = $Refused; 'AstroBin.ImageRevision' = $Works; 'AstroBin.TopPick' = $Works
            'AstroBin.TopPickNomination' = $Works; 'AstroBin.Collection' = $Works; 'AstroBin.Location' = $Refused
            'System.Management.Automation.PSObject' = $Works; 'System.Xml.XmlDocument' = $Refused; 'System.String' = $Works
            'System.IO.FileInfo' = $Refused; 'AstroBin.ApiKeyInfo' = $Refused; 'AstroBin.Configuration' = $Refused; 'AstroBin.SyncResult' = $Works
        }
        'Show-AstroBinImage'        = @{
            'AstroBin.Image' = $Works; 'AstroBin.ImageOfTheDay' = $Works; 'AstroBin.ImageOfTheDay#IncludeImage' = $Works
            'AstroBin.UserProfile' = $Refused; 'AstroBin.ImageRevision' = $Works; 'AstroBin.TopPick' = $Works
            'AstroBin.TopPickNomination' = $Works; 'AstroBin.Collection' = $Works; 'AstroBin.Location' = $Refused
            'System.Management.Automation.PSObject' = $Works; 'System.Xml.XmlDocument' = $Refused; 'System.String' = $Works
            'System.IO.FileInfo' = $Refused; 'AstroBin.ApiKeyInfo' = $Refused; 'AstroBin.Configuration' = $Refused; 'AstroBin.SyncResult' = $Works
        }
        'Invoke-AstroBinApi'        = @{
            'AstroBin.Image' = $Works; 'AstroBin.ImageOfTheDay' = $Works; 'AstroBin.ImageOfTheDay#IncludeImage' = $Works
            'AstroBin.UserProfile' = $Works; 'AstroBin.ImageRevision' = $Works; 'AstroBin.TopPick' = $Works
            'AstroBin.TopPickNomination' = $Works; 'AstroBin.Collection' = $Works; 'AstroBin.Location' = $Works
            'System.Management.Automation.PSObject' = $Works; 'System.Xml.XmlDocument' = $Refused; 'System.String' = $Works
            'System.IO.FileInfo' = $Refused; 'AstroBin.ApiKeyInfo' = $Refused; 'AstroBin.Configuration' = $Refused; 'AstroBin.SyncResult' = $Refused
        }
        'Sync-AstroBinImage'        = @{
            'AstroBin.Image' = $Works; 'AstroBin.ImageOfTheDay' = $Works; 'AstroBin.ImageOfTheDay#IncludeImage' = $Works
            'AstroBin.UserProfile' = $Refused; 'AstroBin.ImageRevision' = $Works; 'AstroBin.TopPick' = $Works
            'AstroBin.TopPickNomination' = $Works; 'AstroBin.Collection' = $Works; 'AstroBin.Location' = $Refused
            'System.Management.Automation.PSObject' = $Works; 'System.Xml.XmlDocument' = $Refused; 'System.String' = $Works
            'System.IO.FileInfo' = $Refused; 'AstroBin.ApiKeyInfo' = $Refused; 'AstroBin.Configuration' = $Refused; 'AstroBin.SyncResult' = $Works
        }
    }
    $Pairs = foreach ($consumer in $Expected.Keys) {
        foreach ($sample in ($Expected[$consumer].Keys | Sort-Object)) {
            @{ Consumer = $consumer; Sample = $sample; Outcome = $Expected[$consumer][$sample] }
        }
    }
    $Table = $Expected
    # Each sample exported (CSV with and without type information, JSON, Clixml), read back, piped into every consumer.
    $Types = 'AstroBin.Image', 'AstroBin.UserProfile', 'AstroBin.ImageRevision', 'AstroBin.Location', 'AstroBin.Collection',
        'AstroBin.ImageOfTheDay', 'AstroBin.ImageOfTheDay#IncludeImage', 'AstroBin.TopPick', 'AstroBin.TopPickNomination'
    $Forms = 'Csv', 'CsvWithType', 'Json', 'Clixml'
    $Exported = foreach ($consumer in $Expected.Keys) { foreach ($type in $Types) { foreach ($form in $Forms) { @{ Consumer = $consumer; Type = $type; Form = $form } } } }
    # Every address form: what it stands for, piped into every cmdlet that takes piped text.
    $AddressForms = [ordered]@{
        'image page' = 'Image'; 'image page without slash' = 'Image'; 'revision page' = 'Image'; 'full view' = 'Image'; 'full view of a revision' = 'Image'
        'file address' = 'Image'; 'short link' = 'Image'; 'image API address' = 'Image'; 'image API address without slash' = 'Image'; 'image resource_uri' = 'Image'
        'user page' = 'User'; 'user gallery' = 'User'; 'userprofile API address' = 'User'; 'userprofile resource_uri' = 'User'
        'imagerevision API address' = 'ImageRevision'; 'location resource_uri' = 'Location'; 'collection API address' = 'Collection'
    }
    $Takes = [ordered]@{
        'Get-AstroBinImage' = 'Image'; 'Save-AstroBinImage' = 'Image'; 'Show-AstroBinImage' = 'Image'; 'Sync-AstroBinImage' = 'Image'
        'Get-AstroBinUser' = 'User'; 'Get-AstroBinImageRevision' = 'ImageRevision'; 'Get-AstroBinLocation' = 'Location'; 'Get-AstroBinCollection' = 'Collection'
    }
    $Addressed = foreach ($consumer in $Takes.Keys) {
        foreach ($form in $AddressForms.Keys) { @{ Consumer = $consumer; Form = $form; Works = $Takes[$consumer] -eq $AddressForms[$form] } }
    }
}

BeforeAll {
    Import-Module $ModulePath -Force
    Set-AstroBinConfiguration -BaseUri $BaseUri -MaxRequestsPerSecond 1000
    Set-AstroBinApiKey -ApiKey $ApiKey -ApiSecret (ConvertTo-SecureString $ApiSecret -AsPlainText -Force)
    # No browser: Show-AstroBinImage prints the pages instead of opening them.
    $env:DISPLAY = $null
    $env:WAYLAND_DISPLAY = $null

    function Get-RequestCount { (Invoke-RestMethod -Uri ([Uri]::new([Uri]$BaseUri, '/_emulator/stats'))).requests }

    $script:Folder = Join-Path $TestDrive 'saved'
    $null = New-Item -ItemType Directory -Path $script:Folder
    $image = Search-AstroBinImage -First 200 | Where-Object { $_.Hash -and $_.Revisions.Count -gt 0 -and $_.Locations.Count -gt 0 } | Select-Object -First 1
    $collection = Get-AstroBinCollection -First 100 | Where-Object { $_.ImageCount -in 2..3 } | Select-Object -First 1
    $script:Samples = @{
        'AstroBin.Image'                        = $image
        'AstroBin.ImageOfTheDay'                = Get-AstroBinImageOfTheDay
        'AstroBin.ImageOfTheDay#IncludeImage'   = Get-AstroBinImageOfTheDay -Offset 1 -IncludeImage
        'AstroBin.UserProfile'                  = $image | Get-AstroBinUser
        'AstroBin.ImageRevision'                = Get-AstroBinImageRevision -Id $image.Revisions[0]
        'AstroBin.TopPick'                      = Get-AstroBinTopPick -First 1
        'AstroBin.TopPickNomination'            = Get-AstroBinTopPickNomination -First 1
        'AstroBin.Collection'                   = $collection
        'AstroBin.Location'                     = Get-AstroBinLocation -Id $image.Locations[0]
        'System.Management.Automation.PSObject' = Invoke-AstroBinApi "image/$($image.Hash)"
        'System.Xml.XmlDocument'                = Invoke-AstroBinApi "image/$($image.Hash)" -Format Xml
        'System.String'                         = Show-AstroBinImage $image.Hash
        'System.IO.FileInfo'                    = $image | Save-AstroBinImage -Path $script:Folder -Size Thumb -PassThru
        'AstroBin.ApiKeyInfo'                   = Get-AstroBinApiKey
        'AstroBin.Configuration'                = Get-AstroBinConfiguration
        'AstroBin.SyncResult'                   = $image | Sync-AstroBinImage -Path (Join-Path $TestDrive 'sync-sample') -Size Thumb
    }
    $folder = $script:Folder
    $script:Consumers = @{
        'Get-AstroBinImage'         = { param($s) $s | Get-AstroBinImage }
        'Get-AstroBinUser'          = { param($s) $s | Get-AstroBinUser }
        'Get-AstroBinImageRevision' = { param($s) $s | Get-AstroBinImageRevision }
        'Get-AstroBinLocation'      = { param($s) $s | Get-AstroBinLocation }
        'Get-AstroBinCollection'    = { param($s) $s | Get-AstroBinCollection -First 5 }
        'Search-AstroBinImage'      = { param($s) $s | Search-AstroBinImage -First 3 }
        'Save-AstroBinImage'        = { param($s) $s | Save-AstroBinImage -Path $folder -Size Thumb -PassThru -Force }.GetNewClosure()
        'Show-AstroBinImage'        = { param($s) $s | Show-AstroBinImage }
        'Invoke-AstroBinApi'        = { param($s) $s | Invoke-AstroBinApi }
        # A folder of its own each time: what a folder held and the set no longer does is reported too.
        'Sync-AstroBinImage'        = { param($s) $s | Sync-AstroBinImage -Path (Join-Path $folder "synced-$([guid]::NewGuid())") -Size Thumb }.GetNewClosure()
    }
    $page = { param($id) "https://www.astrobin.com/$id/" }
    # What "works" means, pair by pair: the values that must come out.
    $script:Checks = @{
        'Get-AstroBinImage'         = @{
            'AstroBin.Image' = { param($s, $o) $o.ImageId | Should -Be $s.ImageId }
            'AstroBin.ImageOfTheDay' = { param($s, $o) $o.ImageId | Should -Be $s.ImageId }
            'AstroBin.ImageOfTheDay#IncludeImage' = { param($s, $o) $o.ImageId | Should -Be $s.ImageId; $o.User | Should -Be $s.User }
            'AstroBin.ImageRevision' = { param($s, $o) $o.Id | Should -Be ([int]$s.ImageNumber); $o.Revisions | Should -Contain $s.ResourceUri }
            'AstroBin.TopPick' = { param($s, $o) $o.ImageId | Should -Be $s.ImageId }
            'AstroBin.TopPickNomination' = { param($s, $o) $o.ImageId | Should -Be $s.ImageId }
            'AstroBin.Collection' = { param($s, $o) $o.ImageId | Should -Be @($s.ImageIds) }
            'System.Management.Automation.PSObject' = { param($s, $o) $o.Hash | Should -Be $s.hash }
            'System.String' = { param($s, $o) $o.Url | Should -Be $s }
            'AstroBin.SyncResult' = { param($s, $o) $o.ImageId | Should -Be $s.ImageId }
        }
        'Get-AstroBinUser'          = @{
            'AstroBin.Image' = { param($s, $o) $o.Username | Should -Be $s.User }
            'AstroBin.ImageOfTheDay#IncludeImage' = { param($s, $o) $o.Username | Should -Be $s.User }
            'AstroBin.UserProfile' = { param($s, $o) $o.Id | Should -Be $s.Id }
            'AstroBin.Collection' = { param($s, $o) $o.Username | Should -Be $s.User }
            'System.Management.Automation.PSObject' = { param($s, $o) $o.Username | Should -Be $s.user }
        }
        'Get-AstroBinImageRevision' = @{
            'AstroBin.Image' = { param($s, $o) $o.ResourceUri | Should -Be @($s.Revisions) }
            'AstroBin.ImageRevision' = { param($s, $o) $o.Id | Should -Be $s.Id }
            # A raw image record binds as the image it is: its revisions, never imagerevision/<its number>/.
            'System.Management.Automation.PSObject' = { param($s, $o) $o.ResourceUri | Should -Be @($s.revisions) }
        }
        'Get-AstroBinLocation'      = @{
            'AstroBin.Image' = { param($s, $o) $o.ResourceUri | Should -Be @($s.Locations) }
            'AstroBin.Location' = { param($s, $o) $o.Id | Should -Be $s.Id }
            'System.Management.Automation.PSObject' = { param($s, $o) $o.ResourceUri | Should -Be @($s.locations) }
        }
        'Get-AstroBinCollection'    = @{
            'AstroBin.Image' = { param($s, $o) $o | ForEach-Object { $_.User | Should -BeExactly $s.User } }
            'AstroBin.ImageOfTheDay#IncludeImage' = { param($s, $o) $o | ForEach-Object { $_.User | Should -BeExactly $s.User } }
            'AstroBin.UserProfile' = { param($s, $o) $o | ForEach-Object { $_.User | Should -BeExactly $s.Username } }
            'AstroBin.Collection' = { param($s, $o) $o.Id | Should -Be $s.Id }
            'System.Management.Automation.PSObject' = { param($s, $o) $o | ForEach-Object { $_.User | Should -BeExactly $s.user } }
        }
        'Search-AstroBinImage'      = @{
            'AstroBin.Image' = { param($s, $o) $o.Count | Should -BeGreaterThan 0; $o | ForEach-Object { $_.User | Should -BeExactly $s.User } }
            'AstroBin.ImageOfTheDay#IncludeImage' = { param($s, $o) $o.Count | Should -BeGreaterThan 0; $o | ForEach-Object { $_.User | Should -BeExactly $s.User } }
            'AstroBin.UserProfile' = { param($s, $o) $o.Count | Should -BeGreaterThan 0; $o | ForEach-Object { $_.User | Should -BeExactly $s.Username } }
            'AstroBin.Collection' = { param($s, $o) $o.Count | Should -BeGreaterThan 0; $o | ForEach-Object { $_.User | Should -BeExactly $s.User } }
            'System.Management.Automation.PSObject' = { param($s, $o) $o.Count | Should -BeGreaterThan 0; $o | ForEach-Object { $_.User | Should -BeExactly $s.user } }
        }
        'Save-AstroBinImage'        = @{
            'AstroBin.Image' = { param($s, $o) $o.Name | Should -BeLike "$($s.ImageId)_thumb.*" }
            'AstroBin.ImageOfTheDay' = { param($s, $o) $o.Name | Should -BeLike "$($s.ImageId)_thumb.*" }
            'AstroBin.ImageOfTheDay#IncludeImage' = { param($s, $o) $o.Name | Should -BeLike "$($s.ImageId)_thumb.*" }
            'AstroBin.ImageRevision' = { param($s, $o) $o.Name | Should -BeLike "$($s.ImageId)-$($s.Label.ToLowerInvariant())_thumb.*" }
            'AstroBin.TopPick' = { param($s, $o) $o.Name | Should -BeLike "$($s.ImageId)_thumb.*" }
            'AstroBin.TopPickNomination' = { param($s, $o) $o.Name | Should -BeLike "$($s.ImageId)_thumb.*" }
            'AstroBin.Collection' = { param($s, $o) ($o.Name | ForEach-Object { $_.Split('_')[0] } | Sort-Object) | Should -Be (@($s.ImageIds) | Sort-Object) }
            'System.Management.Automation.PSObject' = { param($s, $o) $o.Name | Should -BeLike "$($s.hash)_thumb.*" }
            'System.String' = { param($s, $o) $o.Name | Should -BeLike "$(($s -split '/')[3])_thumb.*" }
            'AstroBin.SyncResult' = { param($s, $o) $o.Name | Should -BeLike "$($s.ImageId)_thumb.*" }
        }
        'Show-AstroBinImage'        = @{
            'AstroBin.Image' = { param($s, $o) $o | Should -Be $s.Url }
            'AstroBin.ImageOfTheDay' = { param($s, $o) $o | Should -Be $s.Url }
            'AstroBin.ImageOfTheDay#IncludeImage' = { param($s, $o) $o | Should -Be $s.Url }
            'AstroBin.ImageRevision' = { param($s, $o) $o | Should -Be (& $page $s.ImageId) }
            'AstroBin.TopPick' = { param($s, $o) $o | Should -Be (& $page $s.ImageId) }
            'AstroBin.TopPickNomination' = { param($s, $o) $o | Should -Be (& $page $s.ImageId) }
            'AstroBin.Collection' = { param($s, $o) $o | Should -Be @($s.ImageIds | ForEach-Object { & $page $_ }) }
            'System.Management.Automation.PSObject' = { param($s, $o) $o | Should -Be (& $page $s.hash) }
            'System.String' = { param($s, $o) $o | Should -Be $s }
            'AstroBin.SyncResult' = { param($s, $o) $o | Should -Be (& $page $s.ImageId) }
        }
        'Invoke-AstroBinApi'        = @{
            'AstroBin.Image' = { param($s, $o) $o.hash | Should -Be $s.Hash }
            'AstroBin.ImageOfTheDay' = { param($s, $o) $o.resource_uri | Should -Be $s.ResourceUri }
            'AstroBin.ImageOfTheDay#IncludeImage' = { param($s, $o) $o.resource_uri | Should -Be $s.ResourceUri }
            'AstroBin.UserProfile' = { param($s, $o) $o.username | Should -Be $s.Username }
            'AstroBin.ImageRevision' = { param($s, $o) $o.resource_uri | Should -Be $s.ResourceUri }
            'AstroBin.TopPick' = { param($s, $o) $o.resource_uri | Should -Be $s.ResourceUri }
            'AstroBin.TopPickNomination' = { param($s, $o) $o.resource_uri | Should -Be $s.ResourceUri }
            'AstroBin.Collection' = { param($s, $o) $o.resource_uri | Should -Be $s.ResourceUri }
            'AstroBin.Location' = { param($s, $o) $o.resource_uri | Should -Be $s.ResourceUri }
            'System.Management.Automation.PSObject' = { param($s, $o) $o.hash | Should -Be $s.hash }
            # An image's page (Show-AstroBinImage's output) is read as the image's API path.
            'System.String' = { param($s, $o) $o.hash | Should -Be (($s -split '/')[3]) }
        }
        'Sync-AstroBinImage'        = @{
            'AstroBin.Image' = { param($s, $o) $o.ImageId | Should -Be $s.ImageId; $o.Action | Should -Be 'Added'; Test-Path -LiteralPath $o.Folder | Should -BeTrue }
            'AstroBin.ImageOfTheDay' = { param($s, $o) $o.ImageId | Should -Be $s.ImageId }
            'AstroBin.ImageOfTheDay#IncludeImage' = { param($s, $o) $o.ImageId | Should -Be $s.ImageId }
            'AstroBin.ImageRevision' = { param($s, $o) $o.ImageId | Should -Be $s.ImageId }
            'AstroBin.TopPick' = { param($s, $o) $o.ImageId | Should -Be $s.ImageId }
            'AstroBin.TopPickNomination' = { param($s, $o) $o.ImageId | Should -Be $s.ImageId }
            'AstroBin.Collection' = { param($s, $o) ($o.ImageId | Sort-Object) | Should -Be (@($s.ImageIds) | Sort-Object) }
            'System.Management.Automation.PSObject' = { param($s, $o) $o.ImageId | Should -Be $s.hash }
            'System.String' = { param($s, $o) $o.ImageId | Should -Be (($s -split '/')[3]) }
            'AstroBin.SyncResult' = { param($s, $o) $o.ImageId | Should -Be $s.ImageId; $o.Action | Should -Be 'Added' }
        }
    }

    # Each sample written out and read back as a user would.
    $script:Exported = @{}
    foreach ($name in $script:Samples.Keys | Where-Object { $_ -like 'AstroBin.*' -and $_ -notin 'AstroBin.ApiKeyInfo', 'AstroBin.Configuration', 'AstroBin.SyncResult' }) {
        $file = Join-Path $TestDrive ($name -replace '[#.]', '-')
        $live = $script:Samples[$name]
        $live | Export-Csv -LiteralPath "$file.csv"
        $live | Export-Csv -LiteralPath "$file-typed.csv" -IncludeTypeInformation
        $live | ConvertTo-Json -Depth 4 | Set-Content -LiteralPath "$file.json"
        $live | Export-Clixml -LiteralPath "$file.xml"
        $script:Exported["$name|Csv"] = Import-Csv -LiteralPath "$file.csv"
        $script:Exported["$name|CsvWithType"] = Import-Csv -LiteralPath "$file-typed.csv"
        $script:Exported["$name|Json"] = Get-Content -LiteralPath "$file.json" -Raw | ConvertFrom-Json
        $script:Exported["$name|Clixml"] = Import-Clixml -LiteralPath "$file.xml"
    }
    # What identifies each output, to compare the exported object's results with the live one's.
    $script:Key = {
        param($o)
        switch ($o) {
            { $_ -is [AstroBin.Image] } { "image $($_.ImageId)"; break }
            { $_ -is [AstroBin.UserProfile] } { "user $($_.Id)"; break }
            { $_ -is [AstroBin.ImageRevision] } { "revision $($_.Id)"; break }
            { $_ -is [AstroBin.Location] } { "location $($_.Id)"; break }
            { $_ -is [AstroBin.Collection] } { "collection $($_.Id)"; break }
            { $_ -is [System.IO.FileInfo] } { "file $($_.Name)"; break }
            { $_ -is [AstroBin.SyncResult] } { "synced $($_.ImageId) $($_.Action)"; break }
            { $_ -is [string] } { "text $_"; break }
            default { "record $($_.resource_uri)" }
        }
    }

    function Invoke-Consumer([string] $Consumer, $Sample) {
        $ErrorActionPreference = 'Continue'
        $before = Get-RequestCount
        $records = @(try { & $script:Consumers[$Consumer] $Sample 2>&1 } catch { $_ })
        [pscustomobject]@{
            Keys     = @($records | Where-Object { $_ -isnot [System.Management.Automation.ErrorRecord] } | ForEach-Object { & $script:Key $_ })
            Errors   = @($records | Where-Object { $_ -is [System.Management.Automation.ErrorRecord] })
            Requests = (Get-RequestCount) - $before
        }
    }
    $script:LiveResults = @{}
    $script:Image = $image

    function Invoke-Pair([string] $Consumer, [string] $Sample) {
        $ErrorActionPreference = 'Continue'
        $sampleObject = $script:Samples[$Sample]
        $before = Get-RequestCount
        $records = @(try { & $script:Consumers[$Consumer] $sampleObject 2>&1 } catch { $_ })
        [pscustomobject]@{
            Output   = @($records | Where-Object { $_ -isnot [System.Management.Automation.ErrorRecord] })
            Errors   = @($records | Where-Object { $_ -is [System.Management.Automation.ErrorRecord] })
            Requests = (Get-RequestCount) - $before
            Sample   = $sampleObject
        }
    }
}

Describe 'The pair table' {
    It 'has a row for every cmdlet that takes pipeline input and a column for every output type' -TestCases @{ Table = $Table } {
        $module = Get-Command -Module AstroBin
        $consumers = $module | Where-Object {
            $_.Parameters.Values | Where-Object { $_.Attributes | Where-Object { $_ -is [System.Management.Automation.ParameterAttribute] -and ($_.ValueFromPipeline -or $_.ValueFromPipelineByPropertyName) } }
        }
        @($Table.Keys | Sort-Object) | Should -Be @($consumers.Name | Sort-Object)
        $outputs = $module.OutputType.Name | Where-Object { $_ -ne 'System.Void' } | Sort-Object -Unique
        foreach ($consumer in $Table.Keys) {
            foreach ($type in $outputs) { $Table[$consumer].Keys | Should -Contain $type -Because "$consumer must say what happens to a piped $type" }
        }
        $script:Samples.Keys | Sort-Object | Should -Be @($Table['Get-AstroBinImage'].Keys | Sort-Object)
        foreach ($name in $script:Samples.Keys) { $script:Samples[$name] | Should -Not -BeNullOrEmpty -Because "the $name sample is needed" }
    }
}

Describe 'Every output type piped into every cmdlet that takes pipeline input' {
    It '<Sample> | <Consumer>: <Outcome>' -ForEach $Pairs {
        $result = Invoke-Pair $Consumer $Sample
        if ($Outcome -eq 'works') {
            $result.Errors | ForEach-Object { "$($_.FullyQualifiedErrorId): $_" } | Should -BeNullOrEmpty
            $result.Output.Count | Should -BeGreaterThan 0 -Because 'a chain that works gives objects' -ErrorAction Stop
            $check = $script:Checks[$Consumer][$Sample]
            $check | Should -Not -BeNullOrEmpty -Because 'every working pair checks its values'
            & $check $result.Sample $result.Output
        }
        else {
            $result.Output | Should -BeNullOrEmpty
            $result.Errors.Count | Should -BeGreaterThan 0
            $result.Errors[0].FullyQualifiedErrorId | Should -BeLike "$Outcome,*"
            $result.Requests | Should -Be 0 -Because 'input the cmdlet cannot use fails before any request'
        }
    }
}

Describe 'An exported object binds exactly as the live object it came from' {
    It '<Type> via <Form> | <Consumer>' -ForEach $Exported {
        $liveKey = "$Consumer|$Type"
        if (-not $script:LiveResults.ContainsKey($liveKey)) { $script:LiveResults[$liveKey] = Invoke-Consumer $Consumer $script:Samples[$Type] }
        $live = $script:LiveResults[$liveKey]
        $sample = $script:Exported["$Type|$Form"]
        $sample | Should -Not -BeNullOrEmpty
        $result = Invoke-Consumer $Consumer $sample
        if ($live.Errors.Count -eq 0) {
            $result.Errors | ForEach-Object { "$($_.FullyQualifiedErrorId): $_" } | Should -BeNullOrEmpty
            # Downloads end in any order.
            if ($Consumer -in 'Save-AstroBinImage', 'Sync-AstroBinImage') { ($result.Keys | Sort-Object) | Should -Be ($live.Keys | Sort-Object) }
            else { $result.Keys | Should -Be $live.Keys }
        }
        else {
            $result.Keys | Should -BeNullOrEmpty
            $result.Errors.Count | Should -BeGreaterThan 0
            $result.Requests | Should -Be 0 -Because 'what the live object cannot be used as is refused before any request'
            if ($live.Errors[0].Exception.Message -match [regex]::Escape(($Type -split '#')[0])) {
                $result.Errors[0].Exception.Message | Should -Match ([regex]::Escape(($Type -split '#')[0])) -Because 'the refusal names the type'
            }
        }
    }
}

Describe 'Page addresses' {
    BeforeAll {
        $hash = $script:Image.Hash
        $script:Root = ([Uri]::new([Uri]$BaseUri, '/')).AbsoluteUri.TrimEnd('/')
        $revision = $script:Samples['AstroBin.ImageRevision']
        $script:ImageAddresses = @(
            "https://www.astrobin.com/$hash/", "https://www.astrobin.com/$hash", "https://www.astrobin.com/$hash/$($revision.Label)/",
            "https://www.astrobin.com/full/$hash/0/", "https://www.astrobin.com/full/$hash/$($revision.Label)/",
            "https://astrob.in/$hash", "$script:Root/api/v1/image/$hash/", "$script:Root/api/v1/image/$hash", "/api/v1/image/$hash/", "/api/v1/image/$hash"
        )
        $script:UserName = $script:Image.User
        $script:UserId = $script:Samples['AstroBin.UserProfile'].Id
    }

    It 'every address of an image gets that image, in every image cmdlet' {
        foreach ($address in $script:ImageAddresses) {
            (Get-AstroBinImage $address).ImageId | Should -Be $script:Image.Hash -Because $address
            ($address | Get-AstroBinImage).ImageId | Should -Be $script:Image.Hash -Because $address
            ($address | Show-AstroBinImage) | Should -Be "https://www.astrobin.com/$($script:Image.Hash)/" -Because $address
            ($address | Save-AstroBinImage -Path $script:Folder -Size Thumb -PassThru -Force).Name | Should -BeLike "$($script:Image.Hash)_thumb.*" -Because $address
            ($address | Invoke-AstroBinApi).hash | Should -Be $script:Image.Hash -Because $address
        }
    }

    It 'a user page and a userprofile address get that user' -ForEach @(
        @{ Form = 'user page' }, @{ Form = 'user gallery page' }, @{ Form = 'userprofile API address' }, @{ Form = 'resource_uri' }
    ) {
        $address = switch ($Form) {
            'user page' { "https://www.astrobin.com/users/$script:UserName/" }
            'user gallery page' { "https://www.astrobin.com/users/$script:UserName/collections/" }
            'userprofile API address' { "$script:Root/api/v1/userprofile/$script:UserId" }
            'resource_uri' { "/api/v1/userprofile/$script:UserId/" }
        }
        (Get-AstroBinUser $address).Id | Should -Be $script:UserId
        ($address | Get-AstroBinUser).Id | Should -Be $script:UserId
    }

    It 'a user page gives Search-AstroBinImage and Get-AstroBinCollection that user' {
        @(Search-AstroBinImage -User "https://www.astrobin.com/users/$script:UserName/" -First 3).User | Sort-Object -Unique | Should -Be $script:UserName
    }

    It 'an image cmdlet refuses a user page, naming "a user page", before any request: <Consumer>' -ForEach @(
        @{ Consumer = 'Get-AstroBinImage' }, @{ Consumer = 'Save-AstroBinImage' }, @{ Consumer = 'Show-AstroBinImage' }, @{ Consumer = 'Sync-AstroBinImage' }
    ) {
        $result = Invoke-Consumer $Consumer "https://www.astrobin.com/users/$script:UserName/"
        $result.Keys | Should -BeNullOrEmpty
        $result.Requests | Should -Be 0
        $result.Errors[0].FullyQualifiedErrorId | Should -BeLike 'ParameterArgumentTransformationError,*'
        $result.Errors[0].Exception.Message | Should -Match 'a user page'
        $result.Errors[0].Exception.Message | Should -Match 'Search-AstroBinImage'
    }

    It 'revision and location addresses go to their own cmdlets, and are refused, named, by the others' {
        $revision = $script:Samples['AstroBin.ImageRevision']
        (Get-AstroBinImageRevision "$script:Root/api/v1/imagerevision/$($revision.Id)").Id | Should -Be $revision.Id
        $result = Invoke-Consumer 'Get-AstroBinImage' "/api/v1/imagerevision/$($revision.Id)/"
        $result.Requests | Should -Be 0
        $result.Errors[0].Exception.Message | Should -Match 'image revision'
        $result = Invoke-Consumer 'Get-AstroBinLocation' "https://www.astrobin.com/$($script:Image.Hash)/"
        $result.Requests | Should -Be 0
        $result.Errors[0].Exception.Message | Should -Match "the page of image '$($script:Image.Hash)'"
    }

    It 'an AstroBin page that names nothing is refused saying so' {
        $result = Invoke-Consumer 'Get-AstroBinImage' 'https://www.astrobin.com/search/'
        $result.Requests | Should -Be 0
        $result.Errors[0].Exception.Message | Should -Match "an AstroBin page \('/search/'\)"
    }
}

Describe 'Every address form piped into every cmdlet that takes piped text' {
    BeforeAll {
        $hash = $script:Image.Hash
        $root = ([Uri]::new([Uri]$BaseUri, '/')).AbsoluteUri.TrimEnd('/')
        $revision = $script:Samples['AstroBin.ImageRevision']
        $user = $script:Samples['AstroBin.UserProfile']
        $script:Addresses = @{
            'image page' = "https://www.astrobin.com/$hash/"; 'image page without slash' = "https://www.astrobin.com/$hash"
            'revision page' = "https://www.astrobin.com/$hash/$($revision.Label)/"; 'full view' = "https://www.astrobin.com/full/$hash/0/"
            'full view of a revision' = "https://www.astrobin.com/full/$hash/$($revision.Label)/"; 'file address' = "https://www.astrobin.com/$hash/0/rawthumb/thumb/"
            'short link' = "https://astrob.in/$hash"; 'image API address' = "$root/api/v1/image/$hash/"; 'image API address without slash' = "$root/api/v1/image/$hash"
            # As an Image of the Day's or a collection's image path holds it (an image's own resource_uri has its number,
            # which Sync looks up on its own until the shared engine lands: issue 16 item 1).
            'image resource_uri' = "/api/v1/image/$hash"
            'user page' = "https://www.astrobin.com/users/$($user.Username)/"; 'user gallery' = "https://www.astrobin.com/users/$($user.Username)/collections/"
            'userprofile API address' = "$root/api/v1/userprofile/$($user.Id)"; 'userprofile resource_uri' = $user.ResourceUri
            'imagerevision API address' = "$root/api/v1/imagerevision/$($revision.Id)/"; 'location resource_uri' = $script:Samples['AstroBin.Location'].ResourceUri
            'collection API address' = "$root/api/v1/collection/$($script:Samples['AstroBin.Collection'].Id)"
        }
        # The one record each kind of address stands for, as the consumer's output shows it.
        $script:Expected = @{
            'Get-AstroBinImage' = "image $hash"; 'Save-AstroBinImage' = "file $($hash)_thumb"; 'Show-AstroBinImage' = "text https://www.astrobin.com/$hash/"
            'Sync-AstroBinImage' = "synced $hash Added"; 'Get-AstroBinUser' = "user $($user.Id)"; 'Get-AstroBinImageRevision' = "revision $($revision.Id)"
            'Get-AstroBinLocation' = "location $($script:Samples['AstroBin.Location'].Id)"; 'Get-AstroBinCollection' = "collection $($script:Samples['AstroBin.Collection'].Id)"
        }
    }

    It '<Form> | <Consumer> (works: <Works>)' -ForEach $Addressed {
        $address = $script:Addresses[$Form]
        $address | Should -Not -BeNullOrEmpty
        $result = Invoke-Consumer $Consumer $address
        if ($Works) {
            $result.Errors | ForEach-Object { "$($_.FullyQualifiedErrorId): $_" } | Should -BeNullOrEmpty
            ($result.Keys -replace '\.(png|jpg|jpeg|gif|tif|tiff)$', '') | Should -Be $script:Expected[$Consumer]
        }
        else {
            $result.Keys | Should -BeNullOrEmpty
            $result.Requests | Should -Be 0 -Because 'an address of another kind of record is refused before any request'
            $result.Errors[0].FullyQualifiedErrorId | Should -BeLike 'ParameterArgumentTransformationError,*'
            $result.Errors[0].Exception.Message | Should -Match ([regex]::Escape("'$address' is ")) -Because 'the refusal says what the address was understood to be'
        }
    }
}

Describe 'Refusals name the type and say what to do' {
    It 'a top pick piped to Get-AstroBinUser says to go through Get-AstroBinImage' {
        $result = Invoke-Pair 'Get-AstroBinUser' 'AstroBin.TopPick'
        $result.Errors[0].Exception.Message | Should -Match "'AstroBin.TopPick'.*Get-AstroBinImage"
    }

    It 'an Image of the Day piped to Get-AstroBinUser says to add -IncludeImage' {
        $result = Invoke-Pair 'Get-AstroBinUser' 'AstroBin.ImageOfTheDay'
        $result.Errors[0].Exception.Message | Should -Match '-IncludeImage'
    }

    It "an image's page piped to Get-AstroBinUser says it is an image's page and how to get its user" {
        $result = Invoke-Pair 'Get-AstroBinUser' 'System.String'
        $result.Errors[0].Exception.Message | Should -Match "is the page of image '.*Get-AstroBinImage"
    }

    It 'a user piped to Show-AstroBinImage says how to get their images' {
        $result = Invoke-Pair 'Show-AstroBinImage' 'AstroBin.UserProfile'
        $result.Errors[0].Exception.Message | Should -Match "'AstroBin.UserProfile'.*Search-AstroBinImage"
    }

    It 'a refused object among good ones fails alone; the others go on' {
        $ErrorActionPreference = 'Continue'
        $image = $script:Samples['AstroBin.Image']
        $results = @($image, $script:Samples['AstroBin.Location'], $image | Get-AstroBinImage 2>&1)
        # PowerShell writes a binding error at once; the lookups of the objects around it come when they are answered.
        $results.Count | Should -Be 3
        @($results | Where-Object { $_ -is [AstroBin.Image] }).ImageId | Should -Be @($image.ImageId, $image.ImageId)
        @($results | Where-Object { $_ -is [System.Management.Automation.ErrorRecord] }).FullyQualifiedErrorId | Should -BeLike 'ParameterArgumentTransformationError,*'
    }
}

Describe 'Numbers' {
    It 'Get-AstroBinUser <Form> goes to -Id' -ForEach @(
        @{ Form = '7630'; Run = { Get-AstroBinUser 7630 } }
        @{ Form = '-Id 7630'; Run = { Get-AstroBinUser -Id 7630 } }
        @{ Form = 'piped 7630'; Run = { 7630 | Get-AstroBinUser } }
    ) {
        $user = & $Run
        $user.Id | Should -Be 7630
        $user.Username | Should -Be 'crgood2'
    }

    It "a user name made of digits is quoted: Get-AstroBinUser '7630' looks the name up" {
        Get-AstroBinUser '7630' -ErrorAction SilentlyContinue -ErrorVariable failures | Should -BeNullOrEmpty
        $failures[0].FullyQualifiedErrorId | Should -BeLike 'AstroBinUserNotFound,*'
        $failures[0].Exception.Message | Should -Match "named '7630'"
    }

    It 'the number of an image that has a hash finds it (image/<number>/ is a 404 for such images)' {
        $image = $script:Samples['AstroBin.Image']
        $found = Get-AstroBinImage $image.Id -NoCache
        $found.Hash | Should -Be $image.Hash
        ($image.Id | Get-AstroBinImage -NoCache).Hash | Should -Be $image.Hash
    }

    It 'a revision pipes to its image, and from there to its user' {
        $revision = $script:Samples['AstroBin.ImageRevision']
        $user = $revision | Get-AstroBinImage | Get-AstroBinUser
        $user.Username | Should -Be $script:Samples['AstroBin.Image'].User
    }

    It "a top pick pipes to its image and from there to its user" {
        $pick = $script:Samples['AstroBin.TopPick']
        $image = $pick | Get-AstroBinImage
        ($image | Get-AstroBinUser).Username | Should -Be $image.User
    }
}

Describe 'Batched image numbers' {
    BeforeAll {
        $script:Numbers = @((Search-AstroBinImage -First 200 -Skip 400).Id)
    }

    It '202 piped numbers cost 3 requests, come out in input order, each missing number its own error in its place' {
        $ErrorActionPreference = 'Continue'
        $sequence = @($script:Numbers[0..99]) + 99999991 + @($script:Numbers[100..199]) + 99999992
        $before = Get-RequestCount
        $results = @($sequence | Get-AstroBinImage -NoCache 2>&1)
        ((Get-RequestCount) - $before) | Should -Be 3 -Because '202 numbers are 3 multi-gets of at most 100'
        $results.Count | Should -Be 202
        $shown = $results | ForEach-Object { if ($_ -is [System.Management.Automation.ErrorRecord]) { $_.TargetObject } else { $_.Id } }
        @($shown | ForEach-Object { [string]$_ }) | Should -Be @($sequence | ForEach-Object { [string]$_ })
        $results[100].FullyQualifiedErrorId | Should -BeLike 'AstroBinImageNotFound,*'
        $results[100].Exception.Message | Should -Match '99999991'
        $results[201].FullyQualifiedErrorId | Should -BeLike 'AstroBinImageNotFound,*'
    }

    It 'exactly 200 numbers are 2 requests' {
        $before = Get-RequestCount
        @($script:Numbers | Get-AstroBinImage -NoCache).Count | Should -Be 200
        ((Get-RequestCount) - $before) | Should -Be 2
    }

    It 'uses the session cache: the same numbers again, and the same images by hash, cost no request' {
        $null = $script:Numbers[0..49] | Get-AstroBinImage
        $before = Get-RequestCount
        $again = @($script:Numbers[0..49] | Get-AstroBinImage)
        $byHash = @($again.ImageId | Get-AstroBinImage)
        ((Get-RequestCount) - $before) | Should -Be 0
        $byHash.Id | Should -Be @($script:Numbers[0..49])
    }

    It "a piped collection's images come from its owner's image list: fewer requests than images, in the collection's order" {
        $collection = Get-AstroBinCollection -First 300 | Sort-Object ImageCount -Descending | Select-Object -First 1
        $owned = @(Search-AstroBinImage -User $collection.User).Count
        $collection.ImageCount | Should -BeGreaterThan 3
        $before = Get-RequestCount
        $images = @($collection | Get-AstroBinImage -NoCache)
        $requests = (Get-RequestCount) - $before
        $images.ImageId | Should -Be @($collection.ImageIds)
        $requests | Should -Be ([Math]::Ceiling($owned / 25))
        $requests | Should -BeLessThan $collection.ImageCount
    }

    It 'numbers piped to Save-AstroBinImage are looked up 100 a request too, a missing one its own error' {
        $ErrorActionPreference = 'Continue'
        $numbers = @((Search-AstroBinImage -First 101 -Skip 1200).Id)
        $folder = Join-Path $TestDrive 'saved-numbers'
        $records = @(@($numbers) + 99999993 | Save-AstroBinImage -Path $folder -Size Thumb -PassThru -Verbose 4>&1 2>&1)
        $lookups = @($records | Where-Object { $_ -is [System.Management.Automation.VerboseRecord] -and $_.Message -match '^GET \S*/api/v1/image/' })
        @($lookups | Where-Object Message -Match '/image/set/').Count | Should -Be 2 -Because '102 numbers are 2 multi-gets of at most 100'
        $lookups.Count | Should -Be 2 -Because 'no number is looked up on its own'
        @($records | Where-Object { $_ -is [System.IO.FileInfo] }).Count | Should -Be 101
        $errors = @($records | Where-Object { $_ -is [System.Management.Automation.ErrorRecord] })
        $errors.Count | Should -Be 1
        $errors[0].FullyQualifiedErrorId | Should -BeLike 'AstroBinImageNotFound,*'
        $errors[0].Exception.Message | Should -Match '99999993'
    }

    It 'mixes numbers and hashes in input order' {
        $images = @(Search-AstroBinImage -First 6 -Skip 700)
        $sequence = $images[0].Id, $images[1].Hash, $images[2].Id, $images[3].Id, $images[4].Hash, $images[5].Id
        (@($sequence | Get-AstroBinImage -NoCache).Id) | Should -Be @($images.Id)
    }
}

Describe 'Show-AstroBinImage asks before opening many pages' {
    BeforeAll {
        # A stand-in browser: an xdg-open that records each page it is asked to open.
        $script:Opener = Join-Path $TestDrive 'opener'
        $null = New-Item -ItemType Directory -Path $script:Opener
        $script:Opened = Join-Path $TestDrive 'opened.txt'
        Set-Content -LiteralPath (Join-Path $script:Opener 'xdg-open') -Value "#!/bin/sh`necho `"`$1`" >> '$script:Opened'"
        chmod +x (Join-Path $script:Opener 'xdg-open')
        $script:Hashes = @((Search-AstroBinImage -First 8).Hash)
        function Invoke-WithBrowser([scriptblock] $Run) {
            $path = $env:PATH
            $env:PATH = $script:Opener + [IO.Path]::PathSeparator + $path
            $env:DISPLAY = ':99'
            Remove-Item -LiteralPath $script:Opened -ErrorAction SilentlyContinue
            try { & $Run } finally { $env:PATH = $path; $env:DISPLAY = $null }
            Start-Sleep -Milliseconds 300
            @(if (Test-Path -LiteralPath $script:Opened) { Get-Content -LiteralPath $script:Opened })
        }
    }

    It 'opens up to five pages without asking' {
        $opened = Invoke-WithBrowser { $script:Hashes[0..4] | Show-AstroBinImage }
        $opened.Count | Should -Be 5
    }

    It 'asks for the sixth (no one to answer here: it stops), and -Force opens all' {
        $opened = Invoke-WithBrowser { try { $script:Hashes | Show-AstroBinImage -ErrorAction Stop } catch { $script:Stopped = $_ } }
        $opened.Count | Should -Be 5
        $script:Stopped | Should -Not -BeNullOrEmpty
        $opened = Invoke-WithBrowser { $script:Hashes | Show-AstroBinImage -Force }
        $opened.Count | Should -Be 8
    }

    It '-WhatIf opens nothing' {
        $opened = Invoke-WithBrowser { $script:Hashes | Show-AstroBinImage -WhatIf }
        $opened.Count | Should -Be 0
    }
}
