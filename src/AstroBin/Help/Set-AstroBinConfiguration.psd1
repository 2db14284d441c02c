@{
    Synopsis    = 'Sets the AstroBin settings for this PowerShell process (or one runspace): API address, timeout, retries, fair-use limits, proxy and User-Agent.'
    Description = @'
Set-AstroBinConfiguration changes the settings you give and keeps the others; give at least one (else AstroBinInvalidValue); one given as $null (-Proxy $null) is cleared. They hold for every AstroBin command of the PowerShell process until Reset-AstroBinConfiguration, which restores the defaults. Get-AstroBinConfiguration shows them. With -Scope Runspace they hold for this runspace only, over the process's: for a host serving several people from one process; the fair-use limits (-MaxRequestsPerSecond, -MaxConcurrency) stay the process's and are refused there.

-BaseUri points the module at the real site, a mirror, a proxy or the bundled emulator. It must be absolute https; plain http is accepted only on the loopback address, so the key never crosses a network in clear text (else AstroBinInvalidBaseUri).

Reliability: each attempt may take -TimeoutSec (30) seconds, headers and body together; a transient failure (HTTP 429, 5xx, a reset connection, a timeout, a truncated or garbled body) is retried up to -MaxRetry (4) times, waiting -RetryDelaySec (1) seconds, doubled with jitter at each retry, or what the server's Retry-After says; no request retries beyond 2 minutes in all. 400, 401, 403 and 404 are never retried.

Fair use: request starts are spaced evenly to at most -MaxRequestsPerSecond (4) and at most -MaxConcurrency (4) are in flight, for all AstroBin commands of the process together. AstroBin revokes keys that abuse its API: raise them only for a mirror or the emulator.
'@
    Parameters  = @{
        BaseUri              = 'The API root, such as https://www.astrobin.com/api/v1/ (http only for 127.0.0.1, ::1 or localhost). Optional: without it the base URI stays as it is.'
        TimeoutSec           = 'Seconds one attempt may take, headers and whole body together (0.1 to 3600; default 30). A stalled response fails that attempt, which is then retried.'
        MaxRetry             = 'Retries of one request after a transient failure (0 to 10; default 4). 0 turns retrying off.'
        RetryDelaySec        = 'The first back-off delay in seconds (0 to 60; default 1). It doubles with jitter at each retry (about 1, 2, 4, 8 s), unless the server sends Retry-After.'
        MaxRequestsPerSecond = 'Request starts per second for all AstroBin commands of the process (0.1 to 1000; default 4), evenly spaced, never a burst. More than the default is for a mirror or the emulator (benchmarks), not for www.astrobin.com.'
        MaxConcurrency       = 'Requests in flight at once for all AstroBin commands of the process (1 to 8; default 4). It is the one concurrency setting: it also sets how many pages a list reads ahead and how many piped items (lookups, downloads, synced images) every command works on at once.'
        Proxy                = 'An http or https proxy such as http://proxy.example:3128, without a user name: the current login authenticates to it (else AstroBinInvalidProxy). Without it the system''s proxy settings apply. Downloads use it too.'
        UserAgent            = 'The User-Agent header, such as ''MyScript/1.0 (me@example.org)'' (default AstroBin-PowerShell/<version>). It must be valid product tokens (else AstroBinInvalidValue).'
        Scope                = 'Process (default): the settings hold for every runspace of this PowerShell process. Runspace: for this runspace only, over the process''s (not -MaxRequestsPerSecond or -MaxConcurrency, which are one for the process).'
        PassThru             = 'Writes the settings in force afterwards (an AstroBin.Configuration).'
    }
    Inputs      = @(@{ Type = 'None'; Description = 'Takes no pipeline input.' })
    Outputs     = @(@{ Type = 'AstroBin.Configuration'; Description = 'With -PassThru: the settings in force.' })
    Examples    = @(
        @{ Title = 'The real site'; Code = 'Set-AstroBinConfiguration -BaseUri https://www.astrobin.com/api/v1/'; Remarks = 'The default, set explicitly.' }
        @{ Title = 'The local emulator'; Code = 'Set-AstroBinConfiguration -BaseUri http://127.0.0.1:5000/api/v1/'; Remarks = 'Plain http is accepted on the loopback address only.' }
        @{ Title = 'A patient unattended job'; Code = 'Set-AstroBinConfiguration -TimeoutSec 60 -MaxRetry 6 -RetryDelaySec 2'; Remarks = 'Waits up to a minute an attempt and retries six times from 2 s; the other settings stay as they were.' }
        @{ Title = 'Gentler still'; Code = 'Set-AstroBinConfiguration -MaxRequestsPerSecond 1 -MaxConcurrency 1 -PassThru'; Remarks = 'One request at a time, at most one a second; writes the settings in force.' }
        @{ Title = 'Behind a corporate proxy, with your own User-Agent'; Code = 'Set-AstroBinConfiguration -Proxy http://proxy.example:3128 -UserAgent ''MyScript/1.0 (me@example.org)'''; Remarks = 'API requests and downloads go through the proxy and name your script.' }
    )
    Links       = @('about_AstroBin', 'Get-AstroBinConfiguration', 'Reset-AstroBinConfiguration')
}
