@{
    Synopsis    = 'Gets AstroBin images by hash, by number (old images) or by page URL.'
    Description = @'
Get-AstroBinImage fetches one image per id from the AstroBin API (/api/v1/image/<id>/) and writes an AstroBin.Image object: title, user, dates, size, plate-solving data (Subjects, Ra, Dec, PixScale), counts, the url_* file addresses and Url, the image's public page.

An id is the image hash (six characters such as yx76x9, from the image's page URL), an image's number (its Id), an image page URL or an API path. Image, Image of the Day, top pick, nomination and revision objects piped in bind as their image's id, a collection as the ids of all its images; user profiles, locations and other objects are refused with a binding error that names their type, before any request.

Numbers are looked up together: AstroBin answers image/<number>/ with 404 for every image that has a hash, so numbers go through the multi-get image/set/<n>;<n>/, up to 100 in one request (200 piped numbers cost 2 requests). A number with no image writes its own AstroBinImageNotFound in its place. An unknown id writes the non-terminating error AstroBinImageNotFound and the pipeline goes on; a malformed one writes AstroBinInvalidImageId without a request.

Ids piped in are looked up concurrently (up to MaxConcurrency, see Set-AstroBinConfiguration) and the images are written in input order. An image looked up in the last minute comes from the session cache without a request (-Verbose says "from the session cache"); -NoCache asks AstroBin again.
'@
    Parameters  = @{
        Id = 'Image hashes (yx76x9), image numbers (399902, or the Id of any image: looked up 100 a request), image page URLs (https://www.astrobin.com/yx76x9/) or API paths. Accepts pipeline input, including Image, Image of the Day, top pick, nomination and revision objects (their image) and collections (all their images); other objects are refused before any request. A piped image object (from Search-AstroBinImage) is passed on as it is, with no request: in API v1 the list record is the full record (-NoCache fetches it again).'
        Collection = 'Collections (from Get-AstroBinCollection, usually piped): their images, in the collection''s order. A collection holds its owner''s images, so when reading the owner''s image list costs fewer requests than one lookup an image (it is read 25 a page), it is read instead: a collection of 100 images of an owner with 325 is 13 requests, not 100. -Id with a collection looks its images up one by one.'
        NoCache = 'Asks AstroBin even when the session cache (answers are kept 1 minute) holds the image; the answer is not cached either.'
    }
    Inputs      = @(
        @{ Type = 'System.String[]'; Description = 'Image hashes, numbers of old images, or any address of an image: its page (with or without a revision label), /full/ view, file address, astrob.in short link or API address. A user page is refused.' }
        @{ Type = 'System.Int32[]'; Description = 'Image numbers: looked up 100 in one request.' }
        @{ Type = 'AstroBin.Image'; Description = 'Binds as its hash (or number, for an old image).' }
        @{ Type = 'AstroBin.ImageRevision'; Description = 'Binds as the id of its image.' }
        @{ Type = 'AstroBin.ImageOfTheDay'; Description = 'Binds as the id of its image.' }
        @{ Type = 'AstroBin.TopPick'; Description = 'Binds as the id of its image.' }
        @{ Type = 'AstroBin.TopPickNomination'; Description = 'Binds as the id of its image.' }
        @{ Type = 'AstroBin.Collection'; Description = 'Binds to -Collection: its images.' }
        @{ Type = 'AstroBin.SyncResult'; Description = 'Binds by its ImageId.' }
        @{ Type = 'System.Management.Automation.PSObject'; Description = 'Exported objects read back (Import-Csv, ConvertFrom-Json, Import-Clixml, remoting) bind as the object they came from; raw records from Invoke-AstroBinApi as the record they are; other objects by an ImageId or Hash property.' }
    )
    Outputs     = @(@{ Type = 'AstroBin.Image'; Description = 'One object per image found.' })
    Notes       = 'Needs an API key (Set-AstroBinApiKey). See about_AstroBin.'
    Examples    = @(
        @{ Title = 'An image by hash'; Code = 'Get-AstroBinImage -Id yx76x9'; Remarks = 'Gets the image whose page is https://www.astrobin.com/yx76x9/ and shows it as a table row.' }
        @{ Title = 'Details of today''s Image of the Day'; Code = 'Get-AstroBinImageOfTheDay | Get-AstroBinImage | Format-List'; Remarks = 'The Image of the Day object binds as its image''s id; Format-List shows subjects, coordinates, counts and the page URL.' }
        @{ Title = 'An old image by number'; Code = 'Get-AstroBinImage 399902'; Remarks = 'Images uploaded before hashes existed are fetched by their number.' }
        @{ Title = 'The latest counts, not the cached ones'; Code = 'Get-AstroBinImage yx76x9 -NoCache | Select-Object Title, Views, Likes'; Remarks = 'Asks AstroBin even if the image was looked up less than a minute ago.' }
    )
    Links       = @('about_AstroBin', 'Search-AstroBinImage', 'Save-AstroBinImage', 'Show-AstroBinImage')
}
