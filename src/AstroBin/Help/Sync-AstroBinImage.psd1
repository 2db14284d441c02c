@{
    Synopsis    = 'Keeps a folder in the same state as a set of AstroBin images: an incremental, resumable, verifiable offline copy.'
    Description = @'
Sync-AstroBinImage takes images from the pipeline (any search) or all of a user's images (-User) and keeps -Path in their state: one folder per image, named "<id> - <title>", holding image.json (the record exactly as the API returned it; the key pair is never in it), one file per size asked (<id>_<size>.<ext>), and with -IncludeRevision revisions/<label>/revision.json and that revision's files. The manifest astrobin-sync.json at the top records each file's path, length, SHA-256 and source address.

Incremental: an image whose list record has the same "updated" date (and, with -IncludeRevision, the same revisions) as recorded, and whose files are all on disk with their recorded lengths, costs no request at all, so a second run over an unchanged set makes only the list requests. A changed image gets its record and files fetched anew (Updated); files missing or changed on disk are fetched again (Repaired); a new image is added; one no longer in the set is reported as Gone and kept, and with -Prune its folder is moved to the attic (Pruned), never deleted. Piped ids (not image objects) cost one request each, to learn their "updated" date.

Resumable and atomic: every file is written under a hidden temporary name and renamed when complete. Each change of the manifest is appended as one line to astrobin-sync.journal (written to disk at once) and the journal is folded into astrobin-sync.json when the run ends, so a run writes in proportion to what it changes; an image is forgotten (a line) before its files are replaced and saved (a line) after, so Ctrl+C, a crash or a killed process leaves no partial file, and manifest and journal never claim more than is there. The next run folds the journal, deletes leftover temporary files and goes on; images complete before are not fetched again.

One run at a time: a run (and -Verify, and -EmptyAttic) holds .astrobin-sync.lock in the folder; a second one stops with AstroBinSyncLocked before it touches anything. The operating system ends the hold when the process ends, so a killed run never leaves a lock behind on a local disk.

One set a folder: the manifest records which set the folder holds ("user:<name>" for -User, "piped" for piped images or ids). Another set into it stops with AstroBinSyncSetMismatch; -AllowSetChange makes the new set the folder's (that run reports nothing gone).

Nothing is deleted on the word of one answer: images missing from the set are reported or pruned only when the whole set arrived (no list error, as many images as the list's count said, the count and the next link agreeing), the set is the folder's, and no more than -MaxPrune of the folder's images (default 10%) are missing. Otherwise none is reported gone or moved, and the run says why; with -Prune a run over -MaxPrune is an AstroBinSyncPruneLimit error whatever -Confirm says, until -Force or a higher -MaxPrune. The attic (.attic/<yyyy-MM-dd>/<image folder>) is listed in the manifest ("attic"); to take an image back, move its folder back to the top of the backup and sync. Only -EmptyAttic deletes it.

-Verify checks every file against the manifest (length and SHA-256) without any request, reports each image as Verified or Damaged, and marks the damaged files so that the next sync fetches them again from their recorded addresses.

Every request goes through the session's fair-use limiter and retries (Set-AstroBinConfiguration). Images are synced several at a time (MaxConcurrency). Output: one SyncResult per image, in the set's order, with Action (Added, Updated, Repaired, Unchanged, Gone, Pruned, Failed; Verified or Damaged with -Verify), ImageId, Title, Folder, Files and Problems (each starting with the file or folder it is about; a Failed image also says what is on disk for it). A failure is a per-image error and the run goes on. The run ends with one summary line in the Information stream (tag AstroBinSyncSummary; its MessageData is an AstroBin.SyncSummary with the counts, bytes downloaded and time), which *> captures. Supports -WhatIf and -Confirm.
'@
    Parameters  = @{
        Image           = 'Image objects from Search-AstroBinImage or Get-AstroBinImage (pipeline input): planned from their own "updated" date, no request when unchanged.'
        Id              = 'Image hashes, numbers of old images or page URLs (pipeline input by property name; Images of the Day and top picks bind as their images). Each costs one request.'
        User            = 'Syncs every image of this user (the exact, case-sensitive user name).'
        Verify          = 'Checks every file of the folder against the manifest (length and SHA-256) and makes no request. Damaged files are fetched again by the next sync.'
        Path            = 'The folder to keep in sync. It is made when missing; its parent must exist.'
        Size            = 'The renderings to keep of each image and revision, one or more of Thumb, Gallery, Regular, Hd, Real, DuckDuckGo, DuckDuckGoSmall, Histogram. Default: Real (the full upload, the backup) and Gallery (a 130x130 thumbnail, for the gallery).'
        IncludeRevision = 'Also keeps each revision''s record and files, in revisions/<label>/ of the image''s folder.'
        Prune           = 'Moves the folders of images that are no longer in the set to the attic, .attic/<yyyy-MM-dd>/ in the folder (confirmed per image as -Confirm and -WhatIf say); nothing is deleted. Without it they are only reported Gone. Nothing is moved when the set came back empty or incomplete, is not the folder''s, or lost more than -MaxPrune.'
        MaxPrune        = 'How many images may be missing from the set in one run before it is not believed: a share of the folder''s images such as 10% (the default, rounded up) or a count such as 25. Over it, nothing is reported gone or pruned, and -Prune stops with AstroBinSyncPruneLimit, whatever -Confirm says, unless -Force.'
        Force           = 'Believes a set that lost more than -MaxPrune (its images are then reported Gone, or moved to the attic with -Prune). With -EmptyAttic: deletes without asking.'
        AllowSetChange  = 'Syncs a set other than the one the folder holds (another user, piped images into a -User backup) and makes it the folder''s set. That run reports nothing gone and prunes nothing; later runs of the new set compare with it.'
        EmptyAttic      = 'Deletes the images in the folder''s attic (what -Prune moved there), asking first unless -Force; -WhatIf shows what would go. The only step that deletes an image''s files.'
        OlderThan       = 'With -EmptyAttic: deletes only the images moved to the attic before this date.'
    }
    Inputs      = @(
        @{ Type = 'AstroBin.Image'; Description = 'Synced from its own record''s updated date.' }
        @{ Type = 'System.String[]'; Description = 'Image ids.' }
    )
    Outputs     = @(@{ Type = 'AstroBin.SyncResult'; Description = 'One per image: Action, ImageId, Title, Folder, Files, Problems.' })
    Notes       = 'Layout, nightly-backup recipe (cron and Windows Task Scheduler) and timing: README section "Backing up with Sync-AstroBinImage". Errors: AstroBinPathNotFound, AstroBinSyncManifestUnreadable, AstroBinSyncFailed, AstroBinSyncLocked (another run uses the folder: wait), AstroBinSyncSetMismatch (another set: use another -Path, or -AllowSetChange), AstroBinSyncPruneLimit (more than -MaxPrune gone: check, then -Force), AstroBinPagingBroken (the list contradicts itself: nothing is pruned), and the API errors of each image (AstroBinImageNotFound, AstroBinServerError, ...).'
    Examples    = @(
        @{ Title = 'Back up a user''s images'; Code = 'Sync-AstroBinImage -User crgood2 -Path ./astrobin-backup -IncludeRevision'; Remarks = 'First run: every image''s record, full-size file and thumbnail, with its revisions. Later runs fetch only what changed.' }
        @{ Title = 'Sync the result of a search'; Code = 'Search-AstroBinImage -Subject M31 -First 10 | Sync-AstroBinImage -Path ./m31 -Size Regular'; Remarks = 'Keeps the ten newest M 31 images; piped image objects cost no request when unchanged.' }
        @{ Title = 'What would change'; Code = 'Sync-AstroBinImage -User crgood2 -Path ./astrobin-backup -Prune -WhatIf'; Remarks = 'Lists the images that would be added, updated or deleted, without fetching or writing anything.' }
        @{ Title = 'Nightly, unattended'; Code = 'Sync-AstroBinImage -User crgood2 -Path ./astrobin-backup -IncludeRevision -Prune -Confirm:$false *> ./astrobin-backup.log; Get-Content ./astrobin-backup.log -Tail 1'; Remarks = 'Safe without anyone watching: images gone from AstroBin go to the attic, a list cut short or a mass removal (over -MaxPrune) prunes nothing, and a second run at once is refused. The log ends with the summary line, shown here.' }
        @{ Title = 'Empty the attic'; Code = 'Sync-AstroBinImage -Path ./astrobin-backup -EmptyAttic -OlderThan (Get-Date).AddDays(-90) -WhatIf'; Remarks = 'Lists the images moved to the attic more than 90 days ago; without -WhatIf they are deleted after a question (-Force: no question).' }
        @{ Title = 'Check the copy on disk'; Code = 'Sync-AstroBinImage -User crgood2 -Path ./astrobin-backup | Out-Null; Sync-AstroBinImage -Path ./astrobin-backup -Verify | Group-Object Action -NoElement'; Remarks = 'Hashes every file against the manifest without any request and counts the images Verified and Damaged; the next sync fetches the damaged files again.' }
    )
    Links       = @('about_AstroBin', 'Search-AstroBinImage', 'Save-AstroBinImage')
}
