@{
    Synopsis    = 'Restores every AstroBin setting of this session to its default.'
    Description = @'
Reset-AstroBinConfiguration undoes Set-AstroBinConfiguration for this session: the base URI falls back to $env:ASTROBIN_BASE_URI, else https://www.astrobin.com/api/v1/; TimeoutSec to 30, MaxRetry to 4, RetryDelaySec to 1, MaxRequestsPerSecond to 4, MaxConcurrency to 4, Proxy to the system's proxy settings and UserAgent to AstroBin-PowerShell/<version>. The API key is left alone (Remove-AstroBinApiKey forgets it). Supports -WhatIf and -Confirm.

With -Scope Runspace it forgets only what Set-AstroBinConfiguration -Scope Runspace set, so the process's settings show through. With -PassThru, an unusable $env:ASTROBIN_BASE_URI is shown in BaseUriProblem, with a warning.
'@
    Parameters  = @{
        Scope    = 'Process (default) or Runspace: whose settings to forget.'
        PassThru = 'Writes the settings in force afterwards (an AstroBin.Configuration).'
    }
    Inputs      = @(@{ Type = 'None'; Description = 'Takes no pipeline input.' })
    Outputs     = @(@{ Type = 'AstroBin.Configuration'; Description = 'With -PassThru: the settings in force.' })
    Examples    = @(
        @{ Title = 'Back to the defaults'; Code = 'Reset-AstroBinConfiguration -PassThru'; Remarks = 'Resets every setting and shows them: BaseUri https://www.astrobin.com/api/v1/ (BaseUriSource Default, or Environment when $env:ASTROBIN_BASE_URI is set), TimeoutSec 30, MaxRetry 4, RetryDelaySec 1, MaxRequestsPerSecond 4, MaxConcurrency 4.' }
        @{ Title = 'Undo a test set-up'; Code = @'
Set-AstroBinConfiguration -BaseUri http://127.0.0.1:5000/api/v1/ -MaxRetry 0
# ... run against the local emulator ...
Reset-AstroBinConfiguration
'@; Remarks = 'The next request goes to the real site (or $env:ASTROBIN_BASE_URI), with retries on again.' }
        @{ Title = 'What it would do'; Code = 'Reset-AstroBinConfiguration -WhatIf'; Remarks = 'Says what would be reset; nothing changes.' }
    )
    Links       = @('about_AstroBin', 'Set-AstroBinConfiguration', 'Get-AstroBinConfiguration')
}
