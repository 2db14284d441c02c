@{
    Synopsis    = 'Searches AstroBin images by title, subject, user, description, dates or any supported filter.'
    Description = @'
Search-AstroBinImage queries the image list (/api/v1/image/) and streams AstroBin.Image objects page by page (25 a request, the server's maximum): newest upload first unless -OrderBy says otherwise. Stop early with -First or Select-Object -First; only the pages needed are requested. With no criterion and no -First, the search stops after the newest 100 images and warns when there are more (the whole archive is days of requests at the fair-use rate): give -First for more. -First 0 sends no request (with -IncludeTotalCount, one, for the count).

A subject search is special: AstroBin takes its first 100 plate solutions that list the subject, in no particular order, before it applies any other criterion, so -Subject combined with other criteria, or with more than 100 matches, misses images; the cmdlet warns then. -SubjectMatch Client matches the subject on each image's own Subjects over the search the other criteria bound, with no cap.

Title and description criteria are case-insensitive unless -CaseSensitive. Date ranges are UTC; the After bounds are inclusive, the Before bounds exclusive. -Filter passes any other lookup the server applies (w__gte, data_source, uploaded__year ...); keys it would silently ignore are refused with AstroBinInvalidFilter before any request. A large search (more than 100 images expected) shows a progress bar.
'@
    Parameters  = @{
        TitleContains       = 'Titles that contain this text (title__icontains; case-sensitive with -CaseSensitive).'
        Subject             = 'Images whose plate solution lists this object, such as M31, ''M 31'' or ''NGC 7000'' (M31 is read as ''M 31'', NGC224 as ''NGC 224''; any subject that contains the text matches, in any case). The server takes its first 100 matching plate solutions, in no particular order, BEFORE any other criterion: combined with other criteria, or past 100 images, it misses images (a warning says so); -SubjectMatch Client does not. Tab completes the Messier catalogue and common NGC/IC objects, by designation or name.'
        SubjectMatch        = 'Where -Subject is matched. Server (default): AstroBin''s subjects= filter, one request, capped as -Subject says. Client: the module reads every image the other criteria select (at least one is required, and at most 5000 images, since AstroBin''s fair use forbids walking the archive: AstroBinSearchTooBroad) and keeps those whose own Subjects list the subject, normalised and compared as the server does (IC, LDN, LBN, PGC and VDB designations are normalised too). -First and -Skip count matches; -Verbose shows the pages and images read and the matches; -IncludeTotalCount says the total is unknown.'
        User                = 'The uploader''s exact user name (case-sensitive), or the user''s page address. Binds from the pipeline by property name (User, Username), so user profiles pipe in. AstroBin matches user names exactly: a wildcard is refused (AstroBinWildcardNotSupported) and, when nothing is found, one more request checks the name and writes AstroBinUserNotFound if no user has it.'
        Title               = 'The whole title, any case (title__iexact).'
        TitleStartsWith     = 'Titles that start with this text (title__istartswith).'
        TitleEndsWith       = 'Titles that end with this text (title__iendswith).'
        DescriptionContains = 'Descriptions that contain this text (description__icontains).'
        CaseSensitive       = 'Compares the title and description criteria case-sensitively (__contains, __startswith ... instead of the i- variants).'
        UploadedAfter       = 'Uploaded at or after this time (uploaded__gte). UTC; a local DateTime is converted.'
        UploadedBefore      = 'Uploaded before this time (uploaded__lt, exclusive).'
        PublishedAfter      = 'Published at or after this time (published__gte).'
        PublishedBefore     = 'Published before this time (published__lt, exclusive).'
        OrderBy             = 'Sort by Uploaded, Published or Title, ascending unless -Descending. Without it the newest upload comes first.'
        Descending          = 'Reverses -OrderBy.'
        Filter              = 'Any other server lookup as a hashtable, such as @{ w__gte = 4000; data_source = ''BACKYARD'' }. Tab after -Filter offers every supported key.'
    }
    Inputs      = @(@{ Type = 'AstroBin.UserProfile'; Description = 'Its Username binds to -User.' })
    Outputs     = @(@{ Type = 'AstroBin.Image'; Description = 'The matching images, as each page arrives.' })
    Notes       = 'Fair use: AstroBin forbids scraping; keep -First to what you need. See about_AstroBin.'
    Examples    = @(
        @{ Title = 'By subject'; Code = 'Search-AstroBinImage -Subject M31 -First 10'; Remarks = 'Ten images whose plate solution lists M 31: the newest of the 100 solutions AstroBin takes for a subject search, in no particular order, so not necessarily the newest overall.' }
        @{ Title = 'By subject, past the cap of 100'; Code = 'Search-AstroBinImage -Subject M31 -TitleContains andromeda -SubjectMatch Client -Verbose'; Remarks = 'Every image with "andromeda" in its title whose own Subjects list M 31, newest first. The module reads the title search page by page (one request a page of 25) and -Verbose tells how many pages and images it read and how many matched. Without -SubjectMatch Client the server would take its first 100 M 31 solutions before the title filter and miss most of them.' }
        @{ Title = 'Several criteria, sorted by title'; Code = 'Search-AstroBinImage -TitleContains nebula -UploadedAfter 2024-01-01 -Filter @{ w__gte = 3000 } -OrderBy Title'; Remarks = 'Titles containing "nebula", uploaded since 2024, at least 3000 pixels wide, sorted by title.' }
        @{ Title = 'A user''s images to CSV'; Code = 'Search-AstroBinImage -User crgood2 | Export-Csv crgood2.csv'; Remarks = 'List properties such as Subjects export as one readable cell ("M 31; NGC 224").' }
    )
    Links       = @('about_AstroBin', 'Get-AstroBinImage', 'Save-AstroBinImage')
}
