@{
    Synopsis    = 'Gets AstroBin''s top picks, newest first; pipe them to Get-AstroBinImage for the images.'
    Description = @'
Get-AstroBinTopPick reads /api/v1/toppick/ and streams AstroBin.TopPick objects, newest first, as each page of 25 arrives (the pages after the first are requested ahead, concurrently, and written in order). Each carries Date, the IMAGE's publication date as the server sends it (not the day it was picked), Image (the API path), ImageId and Id (the archive entry's number, from ResourceUri).

ImageId is what Get-AstroBinImage and Show-AstroBinImage take, so top picks pipe straight into them (to download the files, pipe the images: ... | Get-AstroBinImage | Save-AstroBinImage). The list is long: use -First (and -Skip) to take what you need; -IncludeTotalCount writes the total first.
'@
    Parameters  = @{}
    Inputs      = @(@{ Type = 'None'; Description = 'Takes no pipeline input.' })
    Outputs     = @(@{ Type = 'AstroBin.TopPick'; Description = 'One object per top pick, newest first, as each page arrives.' })
    Notes       = 'Needs an API key (Set-AstroBinApiKey). Fair use: keep -First to what you need. See about_AstroBin.'
    Examples    = @(
        @{ Title = 'The ten latest top picks, as images'; Code = 'Get-AstroBinTopPick -First 10 | Get-AstroBinImage'; Remarks = 'One page request for the picks, then one lookup per image (concurrent, written in order).' }
        @{ Title = 'How many, and the next page'; Code = 'Get-AstroBinTopPick -Skip 25 -First 25 -IncludeTotalCount'; Remarks = 'The total number of top picks first, then picks 26 to 50.' }
        @{ Title = 'Thumbnails of the latest picks'; Code = 'Get-AstroBinTopPick -First 7 | Get-AstroBinImage | Save-AstroBinImage -Size Thumb -Path ./toppicks'; Remarks = 'The seven latest top picks'' thumbnails, saved into ./toppicks (the folder must exist).' }
    )
    Links       = @('about_AstroBin', 'Get-AstroBinTopPickNomination', 'Get-AstroBinImage', 'Get-AstroBinImageOfTheDay')
}
