@{
    Synopsis    = 'Sends a GET to any AstroBin API v1 path with the session''s key: what the typed cmdlets do not cover.'
    Description = @'
Invoke-AstroBinApi is the escape hatch for the rest of the API: schema/ documents, set/ multi-gets, fields the typed cmdlets do not read. It uses the same key, base URI, retries, fair-use throttle, percent-encoding, errors and secret redaction as the typed cmdlets, and never the session cache.

-Path is taken below the session's base URI: 'image/yx76x9', '/api/v1/image/yx76x9' or a full URL (only its part after /api/v1/ is used, so the key never goes to another host), with or without the trailing slash, which is added. A path with a query string or a '.' or '..' segment writes AstroBinInvalidPath. -Query must not hold api_key, api_secret or format: the module adds them (AstroBinInvalidPath).

JSON (the default) gives PSObjects, as ConvertFrom-Json would; -Format Xml gives an XmlDocument (parsed with DTD processing prohibited, so a body that declares a DTD or an entity is refused with AstroBinInvalidResponse); -Raw gives the body text. Without -All a list comes back as its envelope (meta, objects). With -All every page is read, 25 objects a request (limit and offset in -Query are replaced): JSON writes each object of each page as it arrives, XML and -Raw one document a page. Objects whose ResourceUri (or resource_uri) property names a path pipe in.
'@
    Parameters  = @{
        Path  = 'The path below /api/v1/, such as ''image/yx76x9'', ''toppick/schema/'' or ''/api/v1/location/2800007/'', or a full API URL. Accepts pipeline input: the module''s objects bind as the path of their own record (an image as image/<hash>/, never its numeric resource_uri, which is a 404 for images with a hash), other objects by their Path or ResourceUri property.'
        Query = 'Query parameters as a hashtable, such as @{ user = ''crgood2''; limit = 5 }. Values are sent with the invariant culture and percent-encoded: a local DateTime is converted to UTC, an array becomes a comma-separated list (for __in and __range). Must not hold api_key, api_secret or format.'
        Format = 'Json (the default: PSObjects) or Xml (an XmlDocument).'
        All   = 'Reads every page of a list: JSON writes each object of each page, XML and -Raw one document a page. A path that is not a list gives its one document.'
        Raw   = 'Writes the body text as the server sent it, instead of parsing it.'
    }
    Inputs      = @(
        @{ Type = 'System.String'; Description = 'API paths.' }
        @{ Type = 'AstroBin.Location'; Description = 'Or any object with a ResourceUri property: binds to -Path.' }
    )
    Outputs     = @(
        @{ Type = 'System.Management.Automation.PSObject'; Description = 'JSON (the default): the document, or with -All each object of a list.' }
        @{ Type = 'System.Xml.XmlDocument'; Description = 'With -Format Xml: one document (a page with -All).' }
        @{ Type = 'System.String'; Description = 'With -Raw: the body text.' }
    )
    Notes       = 'Needs an API key (Set-AstroBinApiKey). Fair use: -All on a large list reads all of it; narrow it with -Query. See about_AstroBin.'
    Examples    = @(
        @{ Title = 'An image as the server sends it'; Code = 'Invoke-AstroBinApi image/yx76x9'; Remarks = 'A PSObject with every field of the JSON, like ConvertFrom-Json gives.' }
        @{ Title = 'A typed object as the server sent it'; Code = 'Get-AstroBinLocation 2800007 | Invoke-AstroBinApi'; Remarks = 'The location''s ResourceUri binds to -Path: every field of /api/v1/location/2800007/, as JSON.' }
        @{ Title = 'A multi-get'; Code = 'Invoke-AstroBinApi ''imageoftheday/set/4100;4101/'''; Remarks = 'The two Images of the Day in objects, plus not_found listing any number that has none. Quote the path: ; separates statements in PowerShell.' }
        @{ Title = 'Every page of a list'; Code = 'Invoke-AstroBinApi collection -Query @{ user = ''archive_scans'' } -All'; Remarks = 'Each collection of archive_scans as a PSObject, streamed page by page.' }
        @{ Title = 'XML, and the raw body'; Code = @'
Invoke-AstroBinApi location -Query @{ limit = 5 } -Format Xml
Invoke-AstroBinApi image -Query @{ title__icontains = 'm 42' } -Raw
'@; Remarks = 'The first gives an XmlDocument of five locations; the second the JSON text of the first page of images whose title contains "m 42".' }
    )
    Links       = @('about_AstroBin', 'Get-AstroBinImage', 'Search-AstroBinImage')
}
