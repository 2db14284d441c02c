@{
    Synopsis    = 'Forgets the AstroBin API key set for this process (or runspace); with -Persisted, also deletes the saved one.'
    Description = 'Remove-AstroBinApiKey clears the key pair set for this PowerShell process (with -Scope Runspace: for this runspace, so the process''s shows through). Environment variables are left alone (a warning says when they are still in force). With -Persisted it also deletes the file saved by Set-AstroBinApiKey -Persist.'
    Parameters  = @{
        Scope     = 'Process (default) or Runspace: whose key to forget.'
        Persisted = 'Also deletes the key pair saved for the current user (apikey.json in the folder described in about_AstroBin).'
    }
    Inputs      = @(@{ Type = 'None'; Description = 'Takes no pipeline input.' })
    Outputs     = @(@{ Type = 'None'; Description = 'Writes nothing.' })
    Examples    = @(
        @{ Title = 'This session only'; Code = 'Remove-AstroBinApiKey'; Remarks = 'The next lookup falls back to the environment variables, then the saved file.' }
        @{ Title = 'Everywhere'; Code = 'Remove-AstroBinApiKey -Persisted'; Remarks = 'Forgets the session''s key and deletes the saved file.' }
    )
    Links       = @('about_AstroBin', 'Set-AstroBinApiKey')
}
