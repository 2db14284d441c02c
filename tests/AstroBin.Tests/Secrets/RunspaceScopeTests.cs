using System.Management.Automation;
using AstroBin.Tests.Hostile;
using static AstroBin.Tests.Secrets.SecretExposure;

namespace AstroBin.Tests.Secrets;

/// <summary>
/// Issue 10 item 14: two runspaces of one process, as a host serving two people has them. A key and
/// base URI set with -Scope Runspace stay in their runspace and win over the process's; the default
/// (process) scope is what every runspace shares, and says so (Source Process); the fair-use limiter
/// is one for the process whatever the scope.
/// </summary>
[Collection("Session configuration")]
public sealed class RunspaceScopeTests : IDisposable
{
    private const string OtherKey = "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa";
    private const string OtherSecret = "bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb";

    private const string SetKey = "param($Key, $Secret, $Scope) Set-AstroBinApiKey $Key (ConvertTo-SecureString $Secret -AsPlainText -Force) -Scope $Scope";

    private readonly EnvironmentScope environment = new();
    private readonly ModuleRunspace alice = new();
    private readonly ModuleRunspace bob = new();

    public RunspaceScopeTests()
    {
        alice.Run("Remove-AstroBinApiKey -WarningAction Ignore; Reset-AstroBinConfiguration");
    }

    public void Dispose()
    {
        alice.Run("Remove-AstroBinApiKey -WarningAction Ignore; Reset-AstroBinConfiguration");
        alice.Dispose();
        bob.Dispose();
        environment.Dispose();
    }

    [Fact]
    public async Task A_runspace_key_and_base_uri_stay_in_their_runspace()
    {
        await using var alicesServer = await HostileServer.StartAsync(context => ReturnedDataMaskingTests.Answer(context, "application/json", "{\"answer\": \"alice\"}"));

        alice.Run(SetKey, Key, Secret, "Runspace");
        alice.Run("param($Uri) Set-AstroBinConfiguration -BaseUri $Uri -Scope Runspace -MaxRetry 0", alicesServer.BaseUri.AbsoluteUri);
        var alicesAnswer = alice.Run("(Invoke-AstroBinApi image).answer");
        var bobsKey = bob.Run("Get-AstroBinApiKey");
        var bobsConfiguration = bob.Run("Get-AstroBinConfiguration");
        var bobsCall = bob.Run("Invoke-AstroBinApi image");

        Assert.Equal("alice", Assert.Single(alicesAnswer.Output).ToString());
        Assert.Equal("None", bobsKey.Output[0].Properties["Source"].Value.ToString());
        Assert.Equal("Default", bobsConfiguration.Output[0].Properties["BaseUriSource"].Value.ToString());
        Assert.Equal("AstroBinApiKeyMissing,AstroBin.Commands.InvokeAstroBinApi", Assert.Single(bobsCall.Errors).FullyQualifiedErrorId);
        Assert.Single(alicesServer.Requests);
        Assert.Equal("Runspace", alice.Run("Get-AstroBinApiKey").Output[0].Properties["Source"].Value.ToString());
    }

    [Fact]
    public async Task The_runspace_wins_over_the_process_which_every_other_runspace_shares()
    {
        await using var server = await HostileServer.StartAsync(context => ReturnedDataMaskingTests.Answer(context, "application/json", "{}"));

        bob.Run(SetKey, OtherKey, OtherSecret, "Process");
        bob.Run("param($Uri) Set-AstroBinConfiguration -BaseUri $Uri -MaxRetry 0", server.BaseUri.AbsoluteUri);
        alice.Run(SetKey, Key, Secret, "Runspace");
        alice.Run("Set-AstroBinConfiguration -TimeoutSec 7 -Scope Runspace");
        alice.Run("Invoke-AstroBinApi image");
        bob.Run("Invoke-AstroBinApi image");

        var sent = server.Requests.Select(r => r.PathAndQuery).ToList();
        Assert.Equal(2, sent.Count);
        Assert.Contains("api_key=" + Key, sent[0]);
        Assert.Contains("api_key=" + OtherKey, sent[1]);
        var alicesConfiguration = alice.Run("Get-AstroBinConfiguration").Output[0];
        var bobsConfiguration = bob.Run("Get-AstroBinConfiguration").Output[0];
        Assert.Equal(7.0, alicesConfiguration.Properties["TimeoutSec"].Value);
        Assert.Equal(0, alicesConfiguration.Properties["MaxRetry"].Value);
        Assert.Equal("Process", alicesConfiguration.Properties["BaseUriSource"].Value.ToString());
        Assert.Equal(30.0, bobsConfiguration.Properties["TimeoutSec"].Value);
        Assert.Equal("Process", bob.Run("Get-AstroBinApiKey").Output[0].Properties["Source"].Value.ToString());

        var removeProcessKey = alice.Run("Remove-AstroBinApiKey");
        Assert.Contains(removeProcessKey.Warnings, w => w.Contains("-Scope Runspace"));
        Assert.Equal("Runspace", alice.Run("Get-AstroBinApiKey").Output[0].Properties["Source"].Value.ToString());
        bob.Run(SetKey, OtherKey, OtherSecret, "Process");
        var resetProcess = alice.Run("Reset-AstroBinConfiguration");
        Assert.Contains(resetProcess.Warnings, w => w.Contains("-Scope Runspace"));
        Assert.Equal(7.0, alice.Run("Get-AstroBinConfiguration").Output[0].Properties["TimeoutSec"].Value);
        alice.Run("Remove-AstroBinApiKey -Scope Runspace -WarningAction Ignore; Reset-AstroBinConfiguration -Scope Runspace");
        Assert.Equal("Process", alice.Run("Get-AstroBinApiKey").Output[0].Properties["Source"].Value.ToString());
        Assert.Equal(30.0, alice.Run("Get-AstroBinConfiguration").Output[0].Properties["TimeoutSec"].Value);
    }

    [Fact]
    public void Remove_Module_forgets_the_runspaces_key_and_settings_but_not_the_processs()
    {
        bob.Run(SetKey, OtherKey, OtherSecret, "Process");
        alice.Run(SetKey, Key, Secret, "Runspace");
        alice.Run("Set-AstroBinConfiguration -TimeoutSec 9 -Scope Runspace");

        var reload = alice.Run("param($Assembly) Get-Module | Where-Object Name -like '*AstroBin*' | Remove-Module; Import-Module -Assembly $Assembly", typeof(AstroBin.Api.AstroBinClient).Assembly);
        Assert.True(reload.Errors.Count == 0, string.Join("; ", reload.Errors));

        Assert.Equal("Process", alice.Run("Get-AstroBinApiKey").Output[0].Properties["Source"].Value.ToString());
        Assert.Equal(30.0, alice.Run("Get-AstroBinConfiguration").Output[0].Properties["TimeoutSec"].Value);
        Assert.Equal("Process", bob.Run("Get-AstroBinApiKey").Output[0].Properties["Source"].Value.ToString());
    }

    [Fact]
    public void Fair_use_limits_cannot_be_set_for_one_runspace()
    {
        var run = alice.Run("Set-AstroBinConfiguration -MaxRequestsPerSecond 100 -Scope Runspace");

        var error = Assert.Single(run.Errors);
        Assert.StartsWith("AstroBinInvalidValue,", error.FullyQualifiedErrorId);
        Assert.Contains("whole PowerShell process", error.ToString());
        Assert.Equal(4.0, alice.Run("Get-AstroBinConfiguration").Output[0].Properties["MaxRequestsPerSecond"].Value);
    }

    [Fact]
    public async Task Two_runspaces_with_keys_of_their_own_share_the_one_limiter_of_the_process()
    {
        await using var server = await HostileServer.StartAsync(context => ReturnedDataMaskingTests.Answer(context, "application/json", "{}"));
        alice.Run("Set-AstroBinConfiguration -MaxRequestsPerSecond 5");
        foreach (var (runspace, key, secret) in new[] { (alice, Key, Secret), (bob, OtherKey, OtherSecret) })
        {
            runspace.Run(SetKey, key, secret, "Runspace");
            runspace.Run("param($Uri) Set-AstroBinConfiguration -BaseUri $Uri -Scope Runspace", server.BaseUri.AbsoluteUri);
        }

        var clock = System.Diagnostics.Stopwatch.StartNew();
        await Task.WhenAll(
            Task.Run(() => alice.Run("1..6 | ForEach-Object { Invoke-AstroBinApi image -Query @{ n = $_ } }")),
            Task.Run(() => bob.Run("1..6 | ForEach-Object { Invoke-AstroBinApi image -Query @{ n = $_ } }")));
        clock.Stop();

        var times = server.Requests.Select(r => r.At).OrderBy(t => t).ToList();
        Assert.Equal(12, times.Count);
        // Twelve starts at 5 per second, evenly spaced, take about 11 gaps of 0.2 s (2.2 s); two limiters of 6 each
        // would take about 5 gaps (1.0 s). The bound sits between, with room for timing noise on a busy machine.
        Assert.True(times[^1] - times[0] >= TimeSpan.FromSeconds(1.6), "12 requests in " + (times[^1] - times[0]));
        Assert.Equal(6, server.Requests.Count(r => r.PathAndQuery.Contains("api_key=" + OtherKey)));
    }

    [Fact]
    public void Persist_is_refused_for_a_runspace_key()
    {
        var run = alice.Run("param($Key, $Secret) Set-AstroBinApiKey $Key (ConvertTo-SecureString $Secret -AsPlainText -Force) -Scope Runspace -Persist", Key, Secret);

        Assert.StartsWith("AstroBinInvalidValue,", Assert.Single(run.Errors).FullyQualifiedErrorId);
        Assert.False(File.Exists(environment.KeyFile));
        Assert.Equal("None", alice.Run("Get-AstroBinApiKey").Output[0].Properties["Source"].Value.ToString());
    }

    [Fact]
    public void Sources_export_by_name_in_json()
    {
        alice.Run(SetKey, Key, Secret, "Process");

        var json = alice.Run("Get-AstroBinApiKey | ConvertTo-Json -Compress; Get-AstroBinConfiguration | ConvertTo-Json -Compress").Output.Select(o => o.ToString()).ToList();

        Assert.Contains("\"Source\":\"Process\"", json[0]);
        Assert.Contains("\"BaseUriSource\":\"Default\"", json[1]);
        AssertNone(string.Join("\n", json));
    }

    [Fact]
    public void Every_public_enum_of_the_module_exports_by_name()
    {
        var enums = typeof(AstroBin.Api.AstroBinClient).Assembly.GetExportedTypes().Where(t => t.IsEnum).ToList();

        Assert.NotEmpty(enums);
        Assert.All(enums, type => Assert.Contains(type.GetCustomAttributes(false), a => a is Newtonsoft.Json.JsonConverterAttribute c && c.ConverterType == typeof(Newtonsoft.Json.Converters.StringEnumConverter)));
        using var shell = PowerShell.Create();
        var text = shell.AddCommand("ConvertTo-Json").AddParameter("InputObject", AstroBin.ImageSize.Hd).Invoke()[0].ToString();
        Assert.Equal("\"Hd\"", text);
    }
}
