@{
    Synopsis    = 'Gets AstroBin images by hash, by number (old images) or by page URL.'
    Description = @'
Get-AstroBinImage fetches one image per id from the AstroBin API (/api/v1/image/<id>/) and writes an AstroBin.Image object: title, user, dates, size, plate-solving data (Subjects, Ra, Dec, PixScale), counts, the url_* file addresses and Url, the image's public page.

An id is the image hash (six characters such as yx76x9, from the image's page URL), the number of an old image that has no hash, an image page URL or an API path. Image and Image of the Day objects piped in bind as their image's id. An unknown id writes the non-terminating error AstroBinImageNotFound and the pipeline goes on; a malformed one writes AstroBinInvalidImageId without a request.
'@
    Parameters  = @{
        Id = 'Image hashes (yx76x9), numbers of old images without a hash (57782), image page URLs (https://www.astrobin.com/yx76x9/) or API paths. Accepts pipeline input, including Image and Image of the Day objects.'
    }
    Inputs      = @(
        @{ Type = 'System.String[]'; Description = 'Image ids, URLs or API paths.' }
        @{ Type = 'AstroBin.ImageOfTheDay'; Description = 'Binds as the id of its image.' }
    )
    Outputs     = @(@{ Type = 'AstroBin.Image'; Description = 'One object per image found.' })
    Notes       = 'Needs an API key (Set-AstroBinApiKey). See about_AstroBin.'
    Examples    = @(
        @{ Title = 'An image by hash'; Code = 'Get-AstroBinImage -Id yx76x9'; Remarks = 'Gets the image whose page is https://www.astrobin.com/yx76x9/ and shows it as a table row.' }
        @{ Title = 'Details of today''s Image of the Day'; Code = 'Get-AstroBinImageOfTheDay | Get-AstroBinImage | Format-List'; Remarks = 'The Image of the Day object binds as its image''s id; Format-List shows subjects, coordinates, counts and the page URL.' }
        @{ Title = 'An old image by number'; Code = 'Get-AstroBinImage 57782'; Remarks = 'Images uploaded before hashes existed are fetched by their number.' }
    )
    Links       = @('about_AstroBin', 'Search-AstroBinImage', 'Save-AstroBinImage', 'Show-AstroBinImage')
}
