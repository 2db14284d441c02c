@{
    Synopsis    = 'Keeps a folder in the same state as a set of AstroBin images: an incremental, resumable, verifiable offline copy.'
    Description = @'
Sync-AstroBinImage takes images from the pipeline (any search) or all of a user's images (-User) and keeps -Path in their state: one folder per image, named "<id> - <title>", holding image.json (the record exactly as the API returned it; the key pair is never in it), one file per size asked (<id>_<size>.<ext>), and with -IncludeRevision revisions/<label>/revision.json and that revision's files. The manifest astrobin-sync.json at the top records each file's path, length, SHA-256 and source address.

Incremental: an image whose list record has the same "updated" date (and, with -IncludeRevision, the same revisions) as recorded, and whose files are all on disk with their recorded lengths, costs no request at all, so a second run over an unchanged set makes only the list requests. A changed image gets its record and files fetched anew; a new one is added; one no longer in the set is reported as Removed and deleted only with -Prune. Piped ids (not image objects) cost one request each, to learn their "updated" date.

Resumable and atomic: every file is written under a hidden temporary name and renamed when complete; the manifest is rewritten the same way after each image, and an image's entry is dropped before its files are replaced, so Ctrl+C, a crash or a killed process leaves no partial file and no manifest that claims more than is there. The next run deletes leftover temporary files and goes on; images complete before are not fetched again.

The gallery: after a run that changed the folder, index.html at its top shows each image's final version (the final revision's files when the original is not final) in a grid with a search box (titles, subjects, equipment), filters by subject and year and sorting by upload date, title and likes, all kept in the address's fragment (index.html#q=M%2031) so that a link opens a filtered view. gallery/<id>.html is each image's page (the picture large, description as text, dimensions, dates, subjects, equipment, plate solution, license, likes, views and comments at the last sync, every revision with its files) and gallery/sky.html a map of the whole sky with each plate-solved image's field. The pages open from disk with no network: their only script is their own, allowed by its hash.

-Verify checks every file against the manifest (length and SHA-256) without any request, reports each image as Verified or Damaged, and marks the damaged files so that the next sync fetches them again from their recorded addresses.

Every request goes through the session's fair-use limiter and retries (Set-AstroBinConfiguration). Images are synced several at a time (MaxConcurrency). Output: one SyncResult per image with Action (Added, Updated, Unchanged, Removed, Failed; Verified or Damaged with -Verify), ImageId, Title, Folder and Files. A failure is a per-image error and the run goes on. Supports -WhatIf and -Confirm.
'@
    Parameters  = @{
        Image           = 'Image objects from Search-AstroBinImage or Get-AstroBinImage (pipeline input): planned from their own "updated" date, no request when unchanged.'
        Id              = 'Image hashes, numbers of old images or page URLs (pipeline input by property name; Images of the Day and top picks bind as their images). Each costs one request.'
        User            = 'Syncs every image of this user (the exact, case-sensitive user name).'
        Verify          = 'Checks every file of the folder against the manifest (length and SHA-256) and makes no request. Damaged files are fetched again by the next sync.'
        Path            = 'The folder to keep in sync. It is made when missing; its parent must exist.'
        Size            = 'The renderings to keep of each image and revision, one or more of Thumb, Gallery, Regular, Hd, Real, DuckDuckGo, DuckDuckGoSmall, Histogram. Default: Real (the full upload, the backup), Regular (620 pixels wide: the sharp picture of the gallery''s cards and pages) and Gallery (a 130x130 thumbnail).'
        IncludeRevision = 'Also keeps each revision''s record and files, in revisions/<label>/ of the image''s folder.'
        Prune           = 'Deletes the folders of images that are no longer in the set (confirmed per image as -Confirm and -WhatIf say). Without it they are only reported. Nothing is deleted when the set came back empty or incomplete.'
    }
    Inputs      = @(
        @{ Type = 'AstroBin.Image'; Description = 'Synced from its own record''s updated date.' }
        @{ Type = 'System.String[]'; Description = 'Image ids.' }
    )
    Outputs     = @(@{ Type = 'AstroBin.SyncResult'; Description = 'One per image: Action, ImageId, Title, Folder, Files, Problems.' })
    Notes       = 'Layout, nightly-backup recipe (cron and Windows Task Scheduler) and timing: README section "Backing up with Sync-AstroBinImage". Errors: AstroBinPathNotFound, AstroBinSyncManifestUnreadable, AstroBinSyncFailed, and the API errors of each image (AstroBinImageNotFound, AstroBinServerError, ...).'
    Examples    = @(
        @{ Title = 'Back up a user''s images'; Code = 'Sync-AstroBinImage -User crgood2 -Path ./astrobin-backup -IncludeRevision'; Remarks = 'First run: every image''s record, full-size file and thumbnail, with its revisions. Later runs fetch only what changed.' }
        @{ Title = 'Sync the result of a search'; Code = 'Search-AstroBinImage -Subject M31 -First 10 | Sync-AstroBinImage -Path ./m31 -Size Regular'; Remarks = 'Keeps the ten newest M 31 images; piped image objects cost no request when unchanged.' }
        @{ Title = 'What would change'; Code = 'Sync-AstroBinImage -User crgood2 -Path ./astrobin-backup -Prune -WhatIf'; Remarks = 'Lists the images that would be added, updated or deleted, without fetching or writing anything.' }
        @{ Title = 'Check the copy on disk'; Code = 'Sync-AstroBinImage -User crgood2 -Path ./astrobin-backup | Out-Null; Sync-AstroBinImage -Path ./astrobin-backup -Verify | Group-Object Action -NoElement'; Remarks = 'Hashes every file against the manifest without any request and counts the images Verified and Damaged; the next sync fetches the damaged files again.' }
    )
    Links       = @('about_AstroBin', 'Search-AstroBinImage', 'Save-AstroBinImage')
}
