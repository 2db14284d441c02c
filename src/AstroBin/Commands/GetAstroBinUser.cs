using System;
using System.Management.Automation;
using AstroBin.Api;
using AstroBin.Commands.Binding;

namespace AstroBin.Commands
{
    /// <summary>Gets user profiles by user name or by profile number.</summary>
    [Cmdlet(VerbsCommon.Get, "AstroBinUser", DefaultParameterSetName = IdSet, HelpUri = HelpLinks.Pages + "Get-AstroBinUser.md")]
    [OutputType(typeof(UserProfile))]
    public sealed class GetAstroBinUser : LookupCmdlet<UserProfile>
    {
        private const string UsernameSet = "Username";
        private const string IdSet = "Id";

        /// <summary>Exact user names (case-sensitive). User profiles, images and collections bind their user; numbers go to -Id.</summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true, ParameterSetName = UsernameSet)]
        [Alias("User")]
        [AllowEmptyString]
        [UsernameTransformation]
        public string[] Username { get; set; } = Array.Empty<string>();

        /// <summary>Profile numbers (the Id of a user profile object). A number given or piped binds here; the Id set is the default so that it does.</summary>
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
