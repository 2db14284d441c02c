# Descriptions of parameters that many cmdlets share, and (Defaults) their default values. A cmdlet's own help file overrides an entry.
@{
    Defaults          = @{ First = 'All'; Skip = '0'; IncludeTotalCount = 'False'; WhatIf = 'False'; Confirm = 'False' }
    WhatIf            = 'Shows what would happen if the cmdlet runs. The cmdlet is not run: nothing is set, written or deleted.'
    Confirm           = 'Prompts you for confirmation before running the cmdlet.'
    First             = 'Gets only the first N results (paging). Pages of 25 are requested until N results have arrived, so a small -First costs one request.'
    Skip              = 'Skips the first N results (paging). Sent to the server as the offset: skipped results are not downloaded.'
    IncludeTotalCount = 'Writes the total number of matching results first (a PSObject with the count, from the first page''s meta.total_count), then the results.'
}
