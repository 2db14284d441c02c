@{
    Synopsis    = 'Downloads AstroBin image files, in any size, into a folder.'
    Description = @'
Save-AstroBinImage follows an image's url_* address (a redirect) to the file and saves it as <hash or id>_<size>.<extension>. Only JPEG, PNG, GIF, WebP, TIFF and BMP files are saved: the response's content type (its media type; parameters are ignored) picks the type and the extension (jpg, png, gif, webp, tif, bmp), and the file's own bytes must start (and, for JPEG, PNG, GIF and WebP, end) as that type's do; anything else (an HTML page, SVG, a script, a program) is refused with AstroBinNotAnImage and nothing is saved. Image objects piped in are downloaded without another API request; ids are looked up first (that needs an API key).

An existing file (<id>_<size> with any image extension) is skipped with a warning unless -Force, before any request. Each file is written under a temporary name and renamed when complete, so a failed or cancelled (Ctrl+C) download leaves no partial file. Several files download at once (MaxConcurrency, Set-AstroBinConfiguration) under one progress bar across files and bytes. Every address, redirects included, must be https (or http on the loopback), and a file name made from server data can never leave -Path. Supports -WhatIf and -Confirm.
'@
    Parameters  = @{
        Id            = 'Image hashes, image numbers or page URLs. Accepts pipeline input; Image of the Day, top pick and nomination objects bind as their image''s id, collections as all their images'' (read from the owner''s image list as Get-AstroBinImage -Collection does, numbers 100 a request); other objects are refused before any request.'
        Image         = 'Image objects from Get-AstroBinImage or Search-AstroBinImage, or revisions from Get-AstroBinImageRevision (pipeline input): their file addresses are used directly. A revision''s files are its own, named <image id>-<label> (yx76x9-b_hd.jpg).'
        Size          = 'Which rendering to download: Thumb (80x80), Gallery (130x130), Regular (620 wide), Hd (1824 wide, the default), Real (the full upload), DuckDuckGo, DuckDuckGoSmall or Histogram.'
        Path          = 'The folder to save into (default: the current location). A missing folder is created (with -WhatIf it is not; -Confirm asks first).'
        Force         = 'Overwrites existing files instead of skipping them.'
        PassThru      = 'Writes a FileInfo for each file saved.'
        ThrottleLimit = 'Deprecated: the one concurrency setting is MaxConcurrency (Set-AstroBinConfiguration -MaxConcurrency), which sets how many files of a command are under way at once. When given (1 to 16), it is still honoured for this command, with a warning. Every file request also takes a slot of the process-wide fair-use limiter shared with API calls.'
    }
    Inputs      = @(
        @{ Type = 'AstroBin.Image'; Description = 'Downloaded directly.' }
        @{ Type = 'System.String[]'; Description = 'Image ids.' }
        @{ Type = 'AstroBin.ImageOfTheDay'; Description = 'Binds as its image''s id.' }
    )
    Outputs     = @(@{ Type = 'System.IO.FileInfo'; Description = 'With -PassThru: each file saved.' })
    Notes       = 'Fair use: download what you need, not whole galleries. Errors: AstroBinImageSizeNotAvailable, AstroBinInsecureDownload, AstroBinNotAnImage, AstroBinDownloadIncomplete, AstroBinSaveFailed, AstroBinPathNotFound.'
    Defaults    = @{ Path = 'The current location (.)' }
    Examples    = @(
        @{ Title = 'Today''s Image of the Day, full HD'; Code = 'Get-AstroBinImageOfTheDay | Save-AstroBinImage -Path ~/Pictures/AstroBin -PassThru'; Remarks = 'Creates ~/Pictures/AstroBin if it does not exist, saves <hash>_hd.jpg (or .png, per the server) into it and writes its FileInfo. By id: Save-AstroBinImage -Id yx76x9.' }
        @{ Title = 'Thumbnails of a search'; Code = 'Search-AstroBinImage -Subject M31 -First 20 | Save-AstroBinImage -Size Thumb -Path ./m31'; Remarks = 'Twenty thumbnails, four at a time, with a progress bar; existing files are skipped.' }
        @{ Title = 'What would be saved'; Code = 'Get-AstroBinImageOfTheDay -Last 7 | Save-AstroBinImage -Size Regular -WhatIf'; Remarks = 'Lists the downloads without writing anything.' }
    )
    Links       = @('about_AstroBin', 'Get-AstroBinImage', 'Search-AstroBinImage')
}
