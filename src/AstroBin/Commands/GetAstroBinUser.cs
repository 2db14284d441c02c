using System;
using System.Management.Automation;
using AstroBin.Api;
using AstroBin.Commands.Binding;
using AstroBin.Input;

namespace AstroBin.Commands
{
    /// <summary>Gets user profiles by user name or by profile number.</summary>
    // The name set is the default, so that PowerShell prompts for (and a missing argument names) -Username; numbers
    // still reach the profile lookup: by -Id, or through -Username's binding as a userprofile address.
    [Cmdlet(VerbsCommon.Get, "AstroBinUser", DefaultParameterSetName = UsernameSet, HelpUri = HelpLinks.Pages + "Get-AstroBinUser.md")]
    [OutputType(typeof(UserProfile))]
    public sealed class GetAstroBinUser : LookupCmdlet<UserProfile>
    {
        private const string UsernameSet = "Username";
        private const string IdSet = "Id";

        /// <summary>Exact user names (case-sensitive) or user page addresses. User profiles, images and collections bind their user; numbers are profile numbers.</summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true, ParameterSetName = UsernameSet)]
        [Alias("User")]
        [AllowEmptyString]
        [UsernameTransformation(TakesProfileNumbers = true)]
        public string[] Username { get; set; } = Array.Empty<string>();

        /// <summary>Profile numbers (the Id of a user profile object).</summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ParameterSetName = IdSet)]
        [ValidateRange(1, int.MaxValue)]
        public int[] Id { get; set; } = Array.Empty<int>();

        private protected override string NotFoundId => "AstroBinUserNotFound";

        protected override void ProcessRecord()
        {
            if (ParameterSetName == IdSet)
            {
                foreach (var id in Id)
                {
                    Look(id, token => Client.GetUserProfileAsync(id, token));
                }
                return;
            }
            foreach (var name in Username)
            {
                if (SiteAddress.TryRead(name, out var reference, out _) && reference?.Kind == ResourceKind.User && reference.Number is int number)
                {
                    Look(number, token => Client.GetUserProfileAsync(number, token));
                    continue;
                }
                if (!Usernames.IsValid(name))
                {
                    Refuse(ErrorRecords.Create("AstroBinInvalidUsername", ErrorCategory.InvalidArgument,
                        string.IsNullOrWhiteSpace(name)
                            ? "The user name is empty. Give an AstroBin user name such as 'crgood2'."
                            : "'" + name + "' is not a user name: AstroBin user names hold only letters, digits and @ . + - _. Give one such as 'crgood2'.",
                        name));
                    continue;
                }
                Look(name, token => Client.GetUserProfileByNameAsync(name, token));
            }
        }
    }
}
