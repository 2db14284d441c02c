@{
    Synopsis    = 'Gets the images nominated for top pick, newest first; pipe them to Get-AstroBinImage for the images.'
    Description = @'
Get-AstroBinTopPickNomination reads /api/v1/toppicknomination/ and streams AstroBin.TopPickNomination objects, newest first, as each page of 25 arrives (the pages after the first are requested ahead, concurrently, and written in order). Each carries Date, the IMAGE's publication date as the server sends it, Image (the API path), ImageId and Id (the archive entry's number, from ResourceUri).

ImageId is what Get-AstroBinImage and Show-AstroBinImage take, so nominations pipe straight into them. Use -First and -Skip to page; -IncludeTotalCount writes the total first.
'@
    Parameters  = @{}
    Inputs      = @(@{ Type = 'None'; Description = 'Takes no pipeline input.' })
    Outputs     = @(@{ Type = 'AstroBin.TopPickNomination'; Description = 'One object per nomination, newest first, as each page arrives.' })
    Notes       = 'Needs an API key (Set-AstroBinApiKey). Fair use: keep -First to what you need. See about_AstroBin.'
    Examples    = @(
        @{ Title = 'The second page, with the total'; Code = 'Get-AstroBinTopPickNomination -Skip 25 -First 25 -IncludeTotalCount'; Remarks = 'The total number of nominations first, then nominations 26 to 50.' }
        @{ Title = 'The latest nominations, as images'; Code = 'Get-AstroBinTopPickNomination -First 5 | Get-AstroBinImage | Format-List Title, User, Subjects, Url'; Remarks = 'Each nomination''s ImageId binds to Get-AstroBinImage -Id.' }
        @{ Title = 'Open the newest nomination'; Code = 'Get-AstroBinTopPickNomination -First 1 | Show-AstroBinImage'; Remarks = 'Opens its image''s page in the browser, or writes the URL where there is none.' }
    )
    Links       = @('about_AstroBin', 'Get-AstroBinTopPick', 'Get-AstroBinImage')
}
