using AstroBin.Tests.Hostile;
using static AstroBin.Tests.Secrets.SecretExposure;

namespace AstroBin.Tests.Secrets;

/// <summary>
/// Issue 10 item 15: a saved-key file that cannot be read is reported with its path (0.1.0 ignored it
/// in silence); one that other users could have changed is not used, and saving into a folder other
/// users can write repairs the folder, saying so. Issue 11 §4: the environment's base URI, unusable,
/// does not stop Get-AstroBinConfiguration.
/// </summary>
[Collection("Session configuration")]
public sealed class SavedKeyFileTests : IDisposable
{
    private readonly EnvironmentScope environment = new();
    private readonly ModuleRunspace runspace = new();

    public SavedKeyFileTests()
    {
        runspace.Run("Remove-AstroBinApiKey -WarningAction Ignore; Reset-AstroBinConfiguration");
        Directory.CreateDirectory(environment.ConfigFolder);
    }

    public void Dispose()
    {
        runspace.Dispose();
        environment.Dispose();
    }

    [Theory]
    [InlineData("{ \"apiKey\": \"0123456789abcdef0123456789abcdef01234567\", \"apiSecret\": \"fedcba9876543210fedcba9876543210fedcba9")]
    [InlineData("[\"fedcba9876543210fedcba9876543210fedcba98\"]")]
    [InlineData("{ \"protected\": \"AAAA\" }")]
    public async Task A_saved_file_that_cannot_be_read_is_reported_with_its_path(string content)
    {
        await using var server = await HostileServer.StartAsync(context => ReturnedDataMaskingTests.Answer(context, "application/json", "{}"));
        File.WriteAllText(environment.KeyFile, content);

        var info = runspace.Run("Get-AstroBinApiKey");
        var call = runspace.Run("param($Uri) Set-AstroBinConfiguration -BaseUri $Uri -Scope Runspace; Invoke-AstroBinApi image", server.BaseUri.AbsoluteUri);

        var warning = Assert.Single(info.Warnings);
        Assert.Contains(environment.KeyFile, warning);
        Assert.Contains("cannot be read", warning);
        Assert.Equal("None", info.Output[0].Properties["Source"].Value.ToString());
        Assert.Contains(call.Warnings, w => w.Contains(environment.KeyFile));
        Assert.StartsWith("AstroBinApiKeyMissing,", Assert.Single(call.Errors).FullyQualifiedErrorId);
        Assert.Empty(server.Requests);
        AssertNone(info.AllText() + call.AllText());
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_key_file_others_can_write_is_not_used(bool folder)
    {
        if (OperatingSystem.IsWindows()) return;
        await using var server = await HostileServer.StartAsync(context => ReturnedDataMaskingTests.Answer(context, "application/json", "{}"));
        File.WriteAllText(environment.KeyFile, "{ \"apiKey\": \"" + Key + "\", \"apiSecret\": \"" + Secret + "\" }");
        File.SetUnixFileMode(environment.KeyFile, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        File.SetUnixFileMode(environment.ConfigFolder, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        var exposed = folder ? environment.ConfigFolder : environment.KeyFile;
        File.SetUnixFileMode(exposed, File.GetUnixFileMode(exposed) | UnixFileMode.OtherWrite | UnixFileMode.OtherRead);

        var call = runspace.Run("param($Uri) Set-AstroBinConfiguration -BaseUri $Uri -Scope Runspace; Invoke-AstroBinApi image", server.BaseUri.AbsoluteUri);
        var info = runspace.Run("Get-AstroBinApiKey");

        var error = Assert.Single(call.Errors);
        Assert.StartsWith("AstroBinApiKeyFileInsecure,", error.FullyQualifiedErrorId);
        Assert.Equal(System.Management.Automation.ErrorCategory.SecurityError, error.CategoryInfo.Category);
        Assert.Contains("'" + exposed + "'", error.ToString());
        Assert.Contains("chmod", error.ToString());
        Assert.Empty(server.Requests);
        Assert.Equal("SavedFile", info.Output[0].Properties["Source"].Value.ToString());
        Assert.Null(info.Output[0].Properties["ApiKey"].Value);
        AssertNone(call.AllText() + info.AllText());
    }

    [Fact]
    public void Saving_into_a_folder_others_can_write_repairs_it_and_says_so()
    {
        if (OperatingSystem.IsWindows()) return;
        File.SetUnixFileMode(environment.ConfigFolder, (UnixFileMode)Convert.ToInt32("777", 8));

        var run = runspace.Run("param($Key, $Secret) Set-AstroBinApiKey $Key (ConvertTo-SecureString $Secret -AsPlainText -Force) -Persist; Remove-AstroBinApiKey -WarningAction Ignore; Get-AstroBinApiKey", Key, Secret);

        Assert.Empty(run.Errors);
        Assert.Contains(run.Warnings, w => w.Contains(environment.ConfigFolder) && w.Contains("0700"));
        Assert.Equal(Convert.ToInt32("700", 8), (int)File.GetUnixFileMode(environment.ConfigFolder));
        Assert.Equal(Convert.ToInt32("600", 8), (int)File.GetUnixFileMode(environment.KeyFile));
        Assert.Equal("SavedFile", run.Output[^1].Properties["Source"].Value.ToString());
    }

    [Fact]
    public void An_unusable_ASTROBIN_BASE_URI_is_shown_with_its_problem_by_Get_AstroBinConfiguration()
    {
        Environment.SetEnvironmentVariable("ASTROBIN_BASE_URI", "ftp://mirror.example/api/v1/");

        var run = runspace.Run("Get-AstroBinConfiguration");

        Assert.Empty(run.Errors);
        var configuration = Assert.Single(run.Output);
        Assert.Null(configuration.Properties["BaseUri"].Value);
        Assert.Equal("Environment", configuration.Properties["BaseUriSource"].Value.ToString());
        var problem = (string)configuration.Properties["BaseUriProblem"].Value;
        Assert.Contains("ASTROBIN_BASE_URI", problem);
        Assert.Contains("ftp://mirror.example/api/v1/", problem);
        Assert.Equal(problem, Assert.Single(run.Warnings));
        Assert.Equal(4, configuration.Properties["MaxRetry"].Value);
    }
}
