@{
    Synopsis    = 'Gets AstroBin''s Image of the Day: today''s, an earlier one, the last N, or a given day''s.'
    Description = @'
Get-AstroBinImageOfTheDay reads /api/v1/imageoftheday/, newest first. Without parameters it gets today's (once AstroBin has picked it). Each AstroBin.ImageOfTheDay carries Date, Image (the API path), ImageId and Url (the image's page), so it pipes into Get-AstroBinImage, Save-AstroBinImage and Show-AstroBinImage. The API does not send the image's title or author: -IncludeImage looks each day's image up (concurrently, through the session cache) and fills Title and User, which the table view shows and which pipes into Get-AstroBinUser. A day without one gives AstroBinImageOfTheDayNotFound.
'@
    Parameters  = @{
        Offset = 'How many days back: 0 is the newest, 1 yesterday''s.'
        Last   = 'The most recent N, newest first.'
        Date   = 'That day''s Image of the Day (the time of day is ignored); found in one or two requests.'
        IncludeImage = 'Also look each day''s image up, to fill Title and User: one request a day (concurrent, and answered from the session cache when it has the image). Only then does the table show Title and User, and does the object bind to Get-AstroBinUser.'
        NoCache = 'With -IncludeImage: ask AstroBin for each image even when the session cache has it.'
    }
    Inputs      = @(@{ Type = 'None'; Description = 'Takes no pipeline input.' })
    Outputs     = @(@{ Type = 'AstroBin.ImageOfTheDay'; Description = 'One object per day.' })
    Examples    = @(
        @{ Title = 'Today''s, with its image'; Code = 'Get-AstroBinImageOfTheDay | Get-AstroBinImage'; Remarks = 'Today''s pick, then the image itself.' }
        @{ Title = 'The last week'; Code = 'Get-AstroBinImageOfTheDay -Last 7'; Remarks = 'Seven objects, newest first.' }
        @{ Title = 'The last week, with titles and authors'; Code = 'Get-AstroBinImageOfTheDay -Last 7 -IncludeImage'; Remarks = 'The same seven days, each with its image''s Title and User filled in.' }
        @{ Title = 'The authors of the last week''s picks'; Code = 'Get-AstroBinImageOfTheDay -Last 7 -IncludeImage | Get-AstroBinUser'; Remarks = 'User binds to -Username.' }
        @{ Title = 'A given day'; Code = 'Get-AstroBinImageOfTheDay -Date 2026-10-19'; Remarks = 'The Image of the Day of 19 October 2026.' }
    )
    Links       = @('about_AstroBin', 'Get-AstroBinImage')
}
