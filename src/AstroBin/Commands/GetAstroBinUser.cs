using System;
using System.Management.Automation;

namespace AstroBin.Commands
{
    /// <summary>Gets user profiles by user name or by profile number.</summary>
    [Cmdlet(VerbsCommon.Get, "AstroBinUser", DefaultParameterSetName = UsernameSet)]
    [OutputType(typeof(UserProfile))]
    public sealed class GetAstroBinUser : AstroBinCmdlet
    {
        private const string UsernameSet = "Username";
        private const string IdSet = "Id";
        private const string NotFoundId = "AstroBinUserNotFound";

        /// <summary>Exact user names (case-sensitive). Image objects bind their User property.</summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true, ParameterSetName = UsernameSet)]
        [Alias("User")]
        [AllowEmptyString]
        public string[] Username { get; set; } = Array.Empty<string>();

        /// <summary>Profile numbers (the Id of a user profile object).</summary>
        [Parameter(Mandatory = true, ValueFromPipeline = true, ParameterSetName = IdSet)]
        [ValidateRange(1, int.MaxValue)]
        public int[] Id { get; set; } = Array.Empty<int>();

        /// <summary>Ask AstroBin even when the session cache has the user.</summary>
        [Parameter]
        public SwitchParameter NoCache { get; set; }

        protected override bool UseCache => !NoCache;

        private OrderedLookups<UserProfile>? _lookups;

        // Made on the first valid input, so that input refused locally needs no key.
        private OrderedLookups<UserProfile> Lookups => _lookups ??= new OrderedLookups<UserProfile>(Client.Options.MaxConcurrency);

        protected override void ProcessRecord()
        {
            if (ParameterSetName == IdSet)
            {
                foreach (var id in Id)
                {
                    Lookups.Start(id, Client.GetUserProfileAsync(id, StopToken));
                    WriteLookups(Lookups, false, NotFoundId);
                }
                return;
            }
            foreach (var name in Username)
            {
                if (string.IsNullOrWhiteSpace(name))
                {
                    // Earlier names first, so that output and errors keep the input order.
                    if (_lookups != null) WriteLookups(_lookups, true, NotFoundId);
                    WriteError(ErrorRecords.Create("AstroBinInvalidUsername", ErrorCategory.InvalidArgument,
                        "The user name is empty. Give an AstroBin user name such as 'crgood2'.", name));
                    continue;
                }
                Lookups.Start(name, Client.GetUserProfileByNameAsync(name, StopToken));
                WriteLookups(Lookups, false, NotFoundId);
            }
        }

        protected override void EndProcessing()
        {
            if (_lookups != null) WriteLookups(_lookups, true, NotFoundId);
            base.EndProcessing();
        }
    }
}
