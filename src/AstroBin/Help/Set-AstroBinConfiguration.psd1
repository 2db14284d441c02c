@{
    Synopsis    = 'Sets the AstroBin API address the module uses in this session.'
    Description = 'Set-AstroBinConfiguration points the module at a base URI: the real site, a mirror, a proxy or the bundled emulator. It must be absolute https; plain http is accepted only on the loopback address, so the key never crosses a network in clear text (else AstroBinInvalidBaseUri).'
    Parameters  = @{
        BaseUri  = 'The API root, such as https://www.astrobin.com/api/v1/ (http only for 127.0.0.1, ::1 or localhost).'
        PassThru = 'Writes the settings in force afterwards (an AstroBin.Configuration).'
    }
    Inputs      = @(@{ Type = 'None'; Description = 'Takes no pipeline input.' })
    Outputs     = @(@{ Type = 'AstroBin.Configuration'; Description = 'With -PassThru: the settings in force.' })
    Examples    = @(
        @{ Title = 'The real site'; Code = 'Set-AstroBinConfiguration -BaseUri https://www.astrobin.com/api/v1/'; Remarks = 'The default, set explicitly.' }
        @{ Title = 'The local emulator'; Code = 'Set-AstroBinConfiguration -BaseUri http://127.0.0.1:5000/api/v1/'; Remarks = 'Plain http is accepted on the loopback address only.' }
    )
    Links       = @('about_AstroBin', 'Get-AstroBinConfiguration')
}
