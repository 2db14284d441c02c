@{
    Synopsis    = 'Opens AstroBin image pages in the default browser, or writes their URLs where there is none.'
    Description = 'Show-AstroBinImage opens https://www.astrobin.com/<hash>/ for each image. On a system without a browser (no graphical session: a server, a container, SSH) it writes the page URL instead. It needs no API key and makes no API request: the page follows from the id.'
    Parameters  = @{
        Id = 'Image hashes, numbers of old images or page URLs. Accepts pipeline input; Image and Image of the Day objects bind as their image''s id.'
    }
    Inputs      = @(
        @{ Type = 'System.String[]'; Description = 'Image ids.' }
        @{ Type = 'AstroBin.Image'; Description = 'Binds as its id.' }
    )
    Outputs     = @(@{ Type = 'System.String'; Description = 'The page URL, only where no browser can be opened.' })
    Examples    = @(
        @{ Title = 'Today''s Image of the Day in the browser'; Code = 'Get-AstroBinImageOfTheDay | Show-AstroBinImage'; Remarks = 'Opens its page.' }
        @{ Title = 'An image by hash'; Code = 'Show-AstroBinImage yx76x9'; Remarks = 'Opens https://www.astrobin.com/yx76x9/, or writes that URL over SSH.' }
    )
    Links       = @('about_AstroBin', 'Get-AstroBinImage')
}
