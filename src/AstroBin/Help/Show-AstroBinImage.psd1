@{
    Synopsis    = 'Opens AstroBin image pages in the default browser, or writes their URLs where there is none.'
    Description = 'Show-AstroBinImage opens https://www.astrobin.com/<hash>/ for each image. On a system without a browser (no graphical session: a server, a container, SSH) it writes the page URL instead. It needs no API key and makes no API request: the page follows from the id. Past the fifth page of one pipeline it asks before opening each further one (Yes to All opens the rest); -Force opens them all without asking, and -WhatIf opens none.'
    Parameters  = @{
        Id = 'Image hashes, numbers of old images or page URLs. Accepts pipeline input; image, Image of the Day, top pick, nomination and revision objects bind as their image''s id, collections as all their images''; user profiles and other objects are refused before anything opens.'
        Force = 'Open every page without asking, however many are piped in (without it, Show-AstroBinImage asks before the sixth).'
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
