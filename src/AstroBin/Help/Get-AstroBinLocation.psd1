@{
    Synopsis    = 'Gets observing locations by number, or the locations of images piped in.'
    Description = @'
Get-AstroBinLocation reads /api/v1/location/<number>/ and writes AstroBin.Location objects: Name, City, State, Country (an ISO 3166 alpha-2 code, empty when unset), Altitude in metres when known, and Id. The API never gives a location's coordinates, and sends no id field: Id comes from ResourceUri.

-Id takes location numbers, API paths such as /api/v1/location/2800007/, location objects, and image objects: an image piped in gives every location its Locations property lists (none when it has no location). Numbers piped in are looked up concurrently and written in input order. An unknown number writes the non-terminating error AstroBinLocationNotFound and the pipeline goes on; a number that is not positive writes AstroBinInvalidId without a request.
'@
    Parameters  = @{
        Id      = 'Location numbers (2800007), API paths (/api/v1/location/2800007/), location objects, or image objects, whose Locations are all fetched. Accepts pipeline input, by value and by property name (Id, Locations, LocationId).'
        NoCache = 'Asks AstroBin even when the session cache (answers are kept 1 minute) holds the location; the answer is not cached either.'
    }
    Inputs      = @(
        @{ Type = 'System.Int32[]'; Description = 'Location numbers, or API paths that end with one.' }
        @{ Type = 'AstroBin.Image'; Description = 'Gives every location its Locations property lists.' }
    )
    Outputs     = @(@{ Type = 'AstroBin.Location'; Description = 'One object per location found, in input order.' })
    Notes       = 'Needs an API key (Set-AstroBinApiKey). See about_AstroBin.'
    Examples    = @(
        @{ Title = 'Where an image was taken'; Code = 'Get-AstroBinImage o00bdf | Get-AstroBinLocation'; Remarks = 'The image''s Locations (API paths) bind to -Id; each location is fetched. An image without locations gives nothing.' }
        @{ Title = 'A location by number'; Code = 'Get-AstroBinLocation -Id 2800007'; Remarks = 'Name, city, state, country and altitude of location 2800007.' }
        @{ Title = 'Fresh from the server'; Code = 'Get-AstroBinLocation 2800007 -NoCache -Verbose'; Remarks = 'Asks AstroBin again even within a minute of the last lookup; -Verbose shows the request.' }
    )
    Links       = @('about_AstroBin', 'Get-AstroBinImage')
}
