@{
    Synopsis    = 'Gets AstroBin collections by number, or lists them by owner and name; pipe them to Get-AstroBinImage for their images.'
    Description = @'
Get-AstroBinCollection writes AstroBin.Collection objects: Id, Name, Description, User (the owner), DateCreated, DateUpdated, ImageCount, NestedCollectionCount, the cover thumbnails, Images (API paths) and ImageIds (the images' hashes or numbers, in the collection's order). A collection piped to Get-AstroBinImage gives all its images, in order.

With -Id it reads /api/v1/collection/<number>/: numbers piped in are looked up concurrently and written in input order; an unknown number writes the non-terminating AstroBinCollectionNotFound, a number that is not positive AstroBinInvalidId. Without -Id it lists /api/v1/collection/, streamed page by page, filtered by -User (exact, case-sensitive), -Name (the whole name, any case) and -NameContains (part of the name, any case); with no filter it lists every collection, so use -First. Images and user profiles piped in bind their User or Username to -User.
'@
    Parameters  = @{
        Id           = 'Collection numbers (the Id of a collection object), API paths such as /api/v1/collection/474/, or collection objects. Accepts pipeline input.'
        User         = 'The owner''s exact user name (case-sensitive, sent as user=). Binds from the pipeline by property name (User, Username), so images and user profiles pipe in. A wildcard is refused (AstroBinWildcardNotSupported); when nothing is found, one more request checks the name (AstroBinUserNotFound).'
        Name         = 'The whole collection name, any case (name__iexact). With wildcards (* ? [a-z], ` to escape) a pattern for the whole name, any case, matched by the server (name__iregex): -Name ''Neb*''.'
        NameContains = 'Collections whose name contains this text, any case (name__icontains).'
        NoCache      = 'With -Id: asks AstroBin even when the session cache (answers are kept 1 minute) holds the collection; the answer is not cached either. Lists are never cached.'
    }
    Inputs      = @(
        @{ Type = 'System.Int32[]'; Description = 'Collection numbers, or API paths that end with one.' }
        @{ Type = 'AstroBin.UserProfile'; Description = 'Its Username binds to -User.' }
        @{ Type = 'AstroBin.Image'; Description = 'Its User binds to -User.' }
    )
    Outputs     = @(@{ Type = 'AstroBin.Collection'; Description = 'One object per collection, as each page arrives (lists) or in input order (-Id).' })
    Notes       = 'Needs an API key (Set-AstroBinApiKey). See about_AstroBin.'
    Examples    = @(
        @{ Title = 'A user''s collections'; Code = 'Get-AstroBinCollection -User archive_scans'; Remarks = 'Every collection owned by archive_scans (the user name is case-sensitive).' }
        @{ Title = 'The images of matching collections'; Code = 'Get-AstroBinCollection -User Carlos647 -NameContains nebula | Get-AstroBinImage'; Remarks = 'The collections of Carlos647 whose name contains "nebula" (any case), then each collection''s images, in the collection''s order.' }
        @{ Title = 'A collection by number'; Code = 'Get-AstroBinCollection -Id 474 | Format-List'; Remarks = 'Collection 474 with its owner, dates, counts and ImageIds.' }
        @{ Title = 'From a user profile'; Code = 'Get-AstroBinUser archive_scans | Get-AstroBinCollection -First 5'; Remarks = 'The profile''s Username binds to -User.' }
    )
    Links       = @('about_AstroBin', 'Get-AstroBinImage', 'Get-AstroBinUser')
}
