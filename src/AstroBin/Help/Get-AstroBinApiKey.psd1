@{
    Synopsis    = 'Shows which AstroBin API key is in force and where it comes from, masked; never the secret.'
    Description = 'Get-AstroBinApiKey writes an AstroBin.ApiKeyInfo: Source (Session, Environment, SavedFile or None), ApiKey (its first and last four characters) and HasApiSecret. It never shows the secret.'
    Parameters  = @{}
    Inputs      = @(@{ Type = 'None'; Description = 'Takes no pipeline input.' })
    Outputs     = @(@{ Type = 'AstroBin.ApiKeyInfo'; Description = 'The key in force, masked.' })
    Examples    = @(
        @{ Title = 'The key in force'; Code = 'Get-AstroBinApiKey'; Remarks = 'Source Session and ApiKey 0123…4567 after Set-AstroBinApiKey.' }
        @{ Title = 'Check before a script runs'; Code = 'if ((Get-AstroBinApiKey).Source -eq ''None'') { Set-AstroBinApiKey -Credential (Get-Credential) }'; Remarks = 'Asks for a key only when none is set, in the environment or saved.' }
    )
    Links       = @('about_AstroBin', 'Set-AstroBinApiKey')
}
