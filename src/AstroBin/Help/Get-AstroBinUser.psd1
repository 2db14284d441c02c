@{
    Synopsis    = 'Gets AstroBin user profiles by user name or by profile number.'
    Description = @'
Get-AstroBinUser reads /api/v1/userprofile/ and writes AstroBin.UserProfile objects: real name, counts (images, likes, followers), subscription, dates and Url, the user's gallery. User names are exact and case-sensitive, as the server compares them. A number, given or piped, is a profile number (-Id): Get-AstroBinUser 7630 is the profile 7630; quote a user name made of digits ('7630'). User profiles, images, collections and Images of the Day fetched with -IncludeImage bind their user; a top pick, a revision or a plain Image of the Day is refused with a binding error that says to pipe it through Get-AstroBinImage (or add -IncludeImage), before any request. An unknown user writes the non-terminating AstroBinUserNotFound.

Names or numbers piped in are looked up concurrently and the profiles written in input order. A profile looked up in the last minute comes from the session cache without a request, so piping many images of one user costs one lookup; -NoCache asks AstroBin again.
'@
    Parameters  = @{
        Username = 'Exact user names (case-sensitive; letters, digits and @ . + - _, anything else is AstroBinInvalidUsername without a request), user page addresses (https://www.astrobin.com/users/<name>/ and the pages below it) or userprofile API addresses. The default: Get-AstroBinUser with no argument asks for a user name. Accepts pipeline input: text, numbers (profile numbers), and the user of profiles, images, collections and Images of the Day fetched with -IncludeImage, live or exported and read back.'
        Id       = 'Profile numbers (the Id of a user profile object, not the account''s user id). Numbers given or piped without -Id are profile numbers too. An object with only an Id property is refused, pointing here.'
        NoCache  = 'Asks AstroBin even when the session cache (answers are kept 1 minute) holds the profile; the answer is not cached either.'
    }
    Inputs      = @(
        @{ Type = 'System.String[]'; Description = 'User names, user page addresses, userprofile API addresses.' }
        @{ Type = 'System.Int32[]'; Description = 'Profile numbers.' }
        @{ Type = 'AstroBin.UserProfile'; Description = 'Its Username binds to -Username.' }
        @{ Type = 'AstroBin.Image'; Description = 'Its User binds to -Username.' }
    )
    Outputs     = @(@{ Type = 'AstroBin.UserProfile'; Description = 'One profile per user found.' })
    Examples    = @(
        @{ Title = 'By user name'; Code = 'Get-AstroBinUser -Username crgood2'; Remarks = 'The profile of user crgood2.' }
        @{ Title = 'The author of today''s Image of the Day'; Code = 'Get-AstroBinImageOfTheDay | Get-AstroBinImage | Get-AstroBinUser | Format-List'; Remarks = 'Each object binds into the next cmdlet by property name.' }
        @{ Title = 'By profile number'; Code = 'Get-AstroBinUser -Id 7630'; Remarks = 'The profile whose Id is 7630.' }
        @{ Title = 'Fresh counts'; Code = 'Get-AstroBinUser crgood2 -NoCache | Select-Object Username, ImageCount, FollowersCount'; Remarks = 'Asks AstroBin even if the profile was looked up less than a minute ago.' }
    )
    Links       = @('about_AstroBin', 'Search-AstroBinImage')
}
