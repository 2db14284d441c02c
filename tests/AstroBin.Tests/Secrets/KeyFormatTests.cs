using AstroBin.Api;
using AstroBin.Tests.Hostile;
using static AstroBin.Tests.Secrets.SecretExposure;

namespace AstroBin.Tests.Secrets;

/// <summary>
/// Issue 10 item 3: AstroBin issues keys and secrets as 40 lowercase hexadecimal characters; anything
/// else is refused with AstroBinInvalidApiKey, from the cmdlet, the environment and the saved file,
/// before any request. (On 0.1.0 a secret 'x' was taken, and every 'x' of every URL was then masked.)
/// </summary>
[Collection("Session configuration")]
public sealed class KeyFormatTests
{
    public static TheoryData<string, string> Malformed => new()
    {
        { "short", Secret },
        { Key, "x" },
        { Key.ToUpperInvariant(), Secret },
        { Key, Secret.Substring(1) },
        { Key, Secret + "0" },
        { Key, Secret.Substring(1) + "g" },
        { Key.Substring(1) + "-", Secret },
        { "", Secret },
    };

    [Theory]
    [MemberData(nameof(Malformed))]
    public void Credentials_refuse_anything_but_40_lowercase_hex_and_never_quote_it(string key, string secret)
    {
        var error = Assert.Throws<ArgumentException>(() => new ApiCredentials(key, secret));

        Assert.Contains("40 lowercase hexadecimal", error.Message);
        Assert.Contains("https://www.astrobin.com/api/request-key/", error.Message);
        Assert.DoesNotContain(Secret.Substring(1, 30), error.Message);
        if (key.Length > 8) Assert.DoesNotContain(key.Substring(1, 7), error.Message);
        Assert.Null(ApiCredentials.TryCreate(key, secret, out var problem));
        Assert.Equal(error.Message.Split(" (Parameter")[0], problem);
    }

    [Fact]
    public void Credentials_take_a_real_looking_pair_with_blanks_around_it()
    {
        var credentials = new ApiCredentials(" " + Key + "\n", Secret + " ");

        Assert.Equal(Key, credentials.ApiKey);
        Assert.Equal(Secret, credentials.ApiSecret);
    }

    [Theory]
    [MemberData(nameof(Malformed))]
    public void Set_AstroBinApiKey_refuses_a_malformed_pair_and_keeps_the_one_in_force(string key, string secret)
    {
        using var environment = new EnvironmentScope();
        using var runspace = new ModuleRunspace();
        runspace.Run("param($Key, $Secret) Set-AstroBinApiKey $Key (ConvertTo-SecureString $Secret -AsPlainText -Force) -Scope Runspace", Key, Secret);

        var run = runspace.Run("param($Key, $Secret) Set-AstroBinApiKey -ApiKey $Key -ApiSecret (ConvertTo-SecureString $Secret -AsPlainText -Force) -Scope Runspace", key, secret);

        var error = Assert.Single(run.Errors);
        Assert.Equal("AstroBinInvalidApiKey,AstroBin.Commands.SetAstroBinApiKey", error.FullyQualifiedErrorId);
        Assert.Equal(System.Management.Automation.ErrorCategory.InvalidArgument, error.CategoryInfo.Category);
        Assert.Contains("40 lowercase hexadecimal", error.ToString());
        var inForce = runspace.Run("Get-AstroBinApiKey").Output[0];
        Assert.Equal("0123…4567", inForce.Properties["ApiKey"].Value);
    }

    [Theory]
    [InlineData("short", Secret)]
    [InlineData(Key, "x")]
    [InlineData(Key, "FEDCBA9876543210FEDCBA9876543210FEDCBA98")]
    public async Task A_malformed_pair_in_the_environment_stops_every_command_before_any_request(string key, string secret)
    {
        await using var server = await HostileServer.StartAsync(context => ReturnedDataMaskingTests.Answer(context, "application/json", "{}"));
        using var environment = new EnvironmentScope(("ASTROBIN_API_KEY", key), ("ASTROBIN_API_SECRET", secret), ("ASTROBIN_BASE_URI", server.BaseUri.AbsoluteUri));
        using var runspace = new ModuleRunspace();

        var runs = new[] { "Get-AstroBinImage yx76x9", "Search-AstroBinImage -First 1", "Invoke-AstroBinApi image" }.Select(command => runspace.Run(command)).ToList();
        var info = runspace.Run("Get-AstroBinApiKey");

        Assert.Empty(server.Requests);
        foreach (var run in runs)
        {
            var error = Assert.Single(run.Errors);
            Assert.StartsWith("AstroBinInvalidApiKey,", error.FullyQualifiedErrorId);
            Assert.Contains("ASTROBIN_API_KEY", error.ToString());
            Assert.Contains("40 lowercase hexadecimal", error.ToString());
            AssertNone(run.AllText());
        }
        Assert.Equal("Environment", info.Output[0].Properties["Source"].Value.ToString());
        Assert.Null(info.Output[0].Properties["ApiKey"].Value);
        Assert.Contains("40 lowercase hexadecimal", (string)info.Output[0].Properties["Problem"].Value);
        Assert.Single(info.Warnings);
        AssertNone(info.AllText());
    }

    [Theory]
    [InlineData("ASTROBIN_API_KEY", "ASTROBIN_API_SECRET")]
    [InlineData("ASTROBIN_API_SECRET", "ASTROBIN_API_KEY")]
    public async Task Half_a_pair_in_the_environment_says_which_half_is_missing(string set, string missing)
    {
        await using var server = await HostileServer.StartAsync(context => ReturnedDataMaskingTests.Answer(context, "application/json", "{}"));
        using var environment = new EnvironmentScope((set, set.EndsWith("KEY") ? Key : Secret), ("ASTROBIN_BASE_URI", server.BaseUri.AbsoluteUri));
        using var runspace = new ModuleRunspace();

        var info = runspace.Run("Get-AstroBinApiKey");
        var run = runspace.Run("Get-AstroBinImage yx76x9");

        Assert.Equal("Environment", info.Output[0].Properties["Source"].Value.ToString());
        var problem = (string)info.Output[0].Properties["Problem"].Value;
        Assert.Contains(set + " is set but " + missing + " is not", problem);
        var error = Assert.Single(run.Errors);
        Assert.StartsWith("AstroBinApiKeyMissing,", error.FullyQualifiedErrorId);
        Assert.Contains(missing, error.ToString());
        Assert.Empty(server.Requests);
    }

    [Fact]
    public async Task A_malformed_pair_in_the_saved_file_is_refused_naming_the_file()
    {
        await using var server = await HostileServer.StartAsync(context => ReturnedDataMaskingTests.Answer(context, "application/json", "{}"));
        using var environment = new EnvironmentScope(("ASTROBIN_BASE_URI", server.BaseUri.AbsoluteUri));
        Directory.CreateDirectory(environment.ConfigFolder);
        File.WriteAllText(environment.KeyFile, "{ \"apiKey\": \"short\", \"apiSecret\": \"x\" }");
        using var runspace = new ModuleRunspace();

        var run = runspace.Run("Get-AstroBinImage yx76x9");

        var error = Assert.Single(run.Errors);
        Assert.StartsWith("AstroBinInvalidApiKey,", error.FullyQualifiedErrorId);
        Assert.Contains(environment.KeyFile, error.ToString());
        Assert.Equal(environment.KeyFile, error.TargetObject);
        Assert.Empty(server.Requests);
    }
}
