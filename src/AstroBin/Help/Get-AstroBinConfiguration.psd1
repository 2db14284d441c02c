@{
    Synopsis    = 'Shows the AstroBin settings in force and where the API address comes from.'
    Description = @'
Get-AstroBinConfiguration writes an AstroBin.Configuration: BaseUri and BaseUriSource (Runspace, Process, Environment or Default), BaseUriProblem, TimeoutSec, MaxRetry, RetryDelaySec, MaxRequestsPerSecond, MaxConcurrency, Proxy (empty: the system's proxy settings) and UserAgent.

Base URI lookup order: Set-AstroBinConfiguration -Scope Runspace, Set-AstroBinConfiguration, then $env:ASTROBIN_BASE_URI, then https://www.astrobin.com/api/v1/. An unusable environment variable stops the commands that call the API with AstroBinInvalidBaseUri, but not this one: BaseUri is empty and BaseUriProblem (and a warning) says what is wrong. The other settings are the runspace's, else the process's, else the defaults: 30 s timeout, 4 retries from 1 s, 4 requests a second, 4 in flight, User-Agent AstroBin-PowerShell/<version>.
'@
    Parameters  = @{}
    Inputs      = @(@{ Type = 'None'; Description = 'Takes no pipeline input.' })
    Outputs     = @(@{ Type = 'AstroBin.Configuration'; Description = 'The settings in force.' })
    Examples    = @(
        @{ Title = 'The settings in force'; Code = 'Get-AstroBinConfiguration'; Remarks = 'BaseUri https://www.astrobin.com/api/v1/, BaseUriSource Default, TimeoutSec 30, MaxRetry 4, RetryDelaySec 1, MaxRequestsPerSecond 4, MaxConcurrency 4, unless changed.' }
        @{ Title = 'Only the address'; Code = '(Get-AstroBinConfiguration).BaseUri'; Remarks = 'The Uri the next request goes to.' }
        @{ Title = 'The fair-use limits'; Code = 'Get-AstroBinConfiguration | Select-Object MaxRequestsPerSecond, MaxConcurrency'; Remarks = 'How fast this PowerShell process may ask AstroBin (one limit for all its runspaces).' }
    )
    Links       = @('about_AstroBin', 'Set-AstroBinConfiguration', 'Reset-AstroBinConfiguration')
}
