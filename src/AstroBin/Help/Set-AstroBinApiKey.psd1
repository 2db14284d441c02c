@{
    Synopsis    = 'Sets the AstroBin API key and secret for this PowerShell process (or one runspace), and optionally saves them for the current user.'
    Description = @'
Set-AstroBinApiKey keeps the key pair for the whole PowerShell process (Source Process: every runspace, ForEach-Object -Parallel and thread jobs use it), or with -Scope Runspace for this runspace only (Source Runspace), over the process's. Every cmdlet that calls the API uses it. Request a key at https://www.astrobin.com/api/request-key/: the key and the secret are 40 lowercase hexadecimal characters each, and anything else is refused with AstroBinInvalidApiKey. The secret is taken as a SecureString (or a PSCredential's password) and never shown.

With -Persist the pair is also saved for later sessions: on Windows encrypted with DPAPI for the current user; on Linux and macOS in a file only you can read (mode 0600) but not encrypted, which a one-time warning says. The file is apikey.json in $env:ASTROBIN_CONFIG_DIR when set, else %APPDATA%\AstroBin (Windows) or $XDG_CONFIG_HOME/astrobin, default ~/.config/astrobin. Lookup order: the runspace, the process, then the environment variables ASTROBIN_API_KEY and ASTROBIN_API_SECRET, then the saved file. -Persist -WhatIf names the file it would write; -Persist with -Scope Runspace is refused (the saved file is every runspace's fallback).
'@
    Parameters  = @{
        ApiKey     = 'The API key (40 lowercase hexadecimal characters).'
        ApiSecret  = 'The API secret, as a SecureString: (Read-Host -AsSecureString ''API secret'').'
        Credential = 'A credential whose user name is the key and whose password is the secret (Get-Credential).'
        Scope      = 'Process (default): the key holds for every runspace of this PowerShell process. Runspace: for this runspace only, over the process''s key; for a host serving several people from one process.'
        Persist    = 'Also saves the pair for the current user (DPAPI on Windows, a mode 0600 file elsewhere), for later sessions. Supports -WhatIf.'
        PassThru   = 'Writes the key information in force (source and masked key; never the secret).'
    }
    Inputs      = @(@{ Type = 'None'; Description = 'Takes no pipeline input.' })
    Outputs     = @(@{ Type = 'AstroBin.ApiKeyInfo'; Description = 'With -PassThru: Source and the masked key.' })
    Examples    = @(
        @{ Title = 'For this session'; Code = 'Set-AstroBinApiKey -ApiKey 0123456789abcdef0123456789abcdef01234567 -ApiSecret (Read-Host -AsSecureString ''API secret'')'; Remarks = 'Prompts for the secret without echoing it.' }
        @{ Title = 'Saved for later sessions'; Code = 'Set-AstroBinApiKey -Credential (Get-Credential -UserName 0123456789abcdef0123456789abcdef01234567) -Persist'; Remarks = 'Sets the pair and saves it for the current user; new sessions find it without setting it again.' }
        @{ Title = 'What -Persist would do with the pair of the environment'; Code = 'Set-AstroBinApiKey -ApiKey $env:ASTROBIN_API_KEY -ApiSecret (ConvertTo-SecureString $env:ASTROBIN_API_SECRET -AsPlainText -Force) -Persist -WhatIf'; Remarks = 'Takes the pair from ASTROBIN_API_KEY and ASTROBIN_API_SECRET (as a CI job has it) and shows where it would be saved; nothing is set or written.' }
    )
    Links       = @('about_AstroBin', 'Get-AstroBinApiKey', 'Remove-AstroBinApiKey')
}
