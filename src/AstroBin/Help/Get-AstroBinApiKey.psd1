@{
    Synopsis    = 'Shows which AstroBin API key is in force and where it comes from, masked; never the secret.'
    Description = 'Get-AstroBinApiKey writes an AstroBin.ApiKeyInfo: Source (Runspace, Process, Environment, SavedFile or None), ApiKey (its first and last four characters), HasApiSecret and Problem. It never shows the secret. When the key found cannot be used (half a pair in the environment, a key that is not 40 lowercase hexadecimal characters, a saved file others can write or that cannot be read), ApiKey is empty, Problem says why and what to do, and a warning says the same.'
    Parameters  = @{}
    Inputs      = @(@{ Type = 'None'; Description = 'Takes no pipeline input.' })
    Outputs     = @(@{ Type = 'AstroBin.ApiKeyInfo'; Description = 'The key in force, masked.' })
    Examples    = @(
        @{ Title = 'The key in force'; Code = 'Get-AstroBinApiKey'; Remarks = 'Source Process and ApiKey 0123…4567 after Set-AstroBinApiKey (Runspace after Set-AstroBinApiKey -Scope Runspace).' }
        @{ Title = 'Check before a script runs'; Code = 'if ((Get-AstroBinApiKey).Source -eq ''None'') { Set-AstroBinApiKey -Credential (Get-Credential) }'; Remarks = 'Asks for a key only when none is set, in the environment or saved.' }
    )
    Links       = @('about_AstroBin', 'Set-AstroBinApiKey')
}
