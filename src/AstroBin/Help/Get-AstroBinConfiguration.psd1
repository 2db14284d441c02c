@{
    Synopsis    = 'Shows the AstroBin settings in force and where the API address comes from.'
    Description = @'
Get-AstroBinConfiguration writes an AstroBin.Configuration: BaseUri and BaseUriSource (Session, Environment or Default), TimeoutSec, MaxRetry, RetryDelaySec, MaxRequestsPerSecond, MaxConcurrency, Proxy (empty: the system's proxy settings) and UserAgent.

Base URI lookup order: Set-AstroBinConfiguration, then $env:ASTROBIN_BASE_URI, then https://www.astrobin.com/api/v1/ (an unusable environment variable gives AstroBinInvalidBaseUri). The other settings are the session's, else the defaults: 30 s timeout, 4 retries from 1 s, 4 requests a second, 4 in flight, User-Agent AstroBin-PowerShell/<version>.
'@
    Parameters  = @{}
    Inputs      = @(@{ Type = 'None'; Description = 'Takes no pipeline input.' })
    Outputs     = @(@{ Type = 'AstroBin.Configuration'; Description = 'The settings in force.' })
    Examples    = @(
        @{ Title = 'The settings in force'; Code = 'Get-AstroBinConfiguration'; Remarks = 'BaseUri https://www.astrobin.com/api/v1/, BaseUriSource Default, TimeoutSec 30, MaxRetry 4, RetryDelaySec 1, MaxRequestsPerSecond 4, MaxConcurrency 4, unless changed.' }
        @{ Title = 'Only the address'; Code = '(Get-AstroBinConfiguration).BaseUri'; Remarks = 'The Uri the next request goes to.' }
        @{ Title = 'The fair-use limits'; Code = 'Get-AstroBinConfiguration | Select-Object MaxRequestsPerSecond, MaxConcurrency'; Remarks = 'How fast the session may ask AstroBin.' }
    )
    Links       = @('about_AstroBin', 'Set-AstroBinConfiguration', 'Reset-AstroBinConfiguration')
}
