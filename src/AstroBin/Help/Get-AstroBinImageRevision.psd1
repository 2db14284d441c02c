@{
    Synopsis    = 'Gets image revisions (later versions of an image) by number, or all the revisions of images piped in.'
    Description = @'
Get-AstroBinImageRevision reads /api/v1/imagerevision/<number>/ and writes AstroBin.ImageRevision objects: Label (B, C ... in upload order), Title, Description, Uploaded, Width and Height, IsFinal (the image's final version), the url_* file addresses and the revision's own plate solution (IsSolved, Ra, Dec, PixScale, Orientation, Radius).

-Id takes revision numbers, API paths such as /api/v1/imagerevision/200169/, revision objects, and image objects: an image piped in gives all the revisions its Revisions property lists (none when it has no revision). Numbers piped in are looked up concurrently (up to MaxConcurrency, see Set-AstroBinConfiguration) and written in input order. An unknown number writes the non-terminating error AstroBinImageRevisionNotFound and the pipeline goes on; a number that is not positive writes AstroBinInvalidId without a request.

A revision's Image property is the image's numeric API path, which AstroBin answers with 404 for images that have a hash: keep the image object you started from instead.
'@
    Parameters  = @{
        Id      = 'Revision numbers (200169), API paths (/api/v1/imagerevision/200169/), revision objects, or image objects, whose Revisions are all fetched. Accepts pipeline input, by value and by property name (Id, Revisions, RevisionId).'
        NoCache = 'Asks AstroBin even when the session cache (answers are kept 1 minute) holds the revision; the answer is not cached either.'
    }
    Inputs      = @(
        @{ Type = 'System.Int32[]'; Description = 'Revision numbers, or API paths that end with one.' }
        @{ Type = 'AstroBin.Image'; Description = 'Gives every revision its Revisions property lists.' }
    )
    Outputs     = @(@{ Type = 'AstroBin.ImageRevision'; Description = 'One object per revision found, in input order.' })
    Notes       = 'Needs an API key (Set-AstroBinApiKey). See about_AstroBin.'
    Examples    = @(
        @{ Title = 'Every revision of an image'; Code = 'Get-AstroBinImage o00bdf | Get-AstroBinImageRevision'; Remarks = 'The image''s Revisions (API paths) bind to -Id; each revision is fetched, in the order the image lists them. An image without revisions gives nothing.' }
        @{ Title = 'A revision by number'; Code = 'Get-AstroBinImageRevision -Id 200169 | Format-List'; Remarks = 'Revision 200169 with its label, size, final flag, file addresses and plate solution.' }
        @{ Title = 'The final version''s HD file'; Code = 'Get-AstroBinImage o00bdf | Get-AstroBinImageRevision | Where-Object IsFinal | Select-Object Label, Width, Height, UrlHd'; Remarks = 'Nothing when the original upload is still the final version.' }
    )
    Links       = @('about_AstroBin', 'Get-AstroBinImage')
}
