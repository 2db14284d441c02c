@{
    Synopsis    = 'Shows the AstroBin settings in force and where each comes from.'
    Description = 'Get-AstroBinConfiguration writes an AstroBin.Configuration: BaseUri and BaseUriSource (Session, Environment or Default). Lookup order: Set-AstroBinConfiguration, then $env:ASTROBIN_BASE_URI, then https://www.astrobin.com/api/v1/.'
    Parameters  = @{}
    Inputs      = @(@{ Type = 'None'; Description = 'Takes no pipeline input.' })
    Outputs     = @(@{ Type = 'AstroBin.Configuration'; Description = 'The settings in force.' })
    Examples    = @(
        @{ Title = 'The settings in force'; Code = 'Get-AstroBinConfiguration'; Remarks = 'BaseUri https://www.astrobin.com/api/v1/, BaseUriSource Default, unless changed.' }
        @{ Title = 'Only the address'; Code = '(Get-AstroBinConfiguration).BaseUri'; Remarks = 'The Uri the next request goes to.' }
    )
    Links       = @('about_AstroBin', 'Set-AstroBinConfiguration')
}
