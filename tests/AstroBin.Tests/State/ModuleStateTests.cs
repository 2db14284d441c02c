using System.Reflection;
using System.Runtime.CompilerServices;
using AstroBin.Api;
using AstroBin.Api.Http;
using AstroBin.Emulator;
using AstroBin.State;
using Xunit;

namespace AstroBin.Tests.State;

/// <summary>Issue 16: everything the module keeps from one command to the next lives in one object, ModuleState.</summary>
public sealed class ModuleStateTests
{
    /// <summary>The kinds of thing that hold the process's state: key pairs and settings, the cache, the throttle, the HTTP handlers.</summary>
    private static readonly Type[] StateTypes = [typeof(ScopeStates), typeof(ResponseCache), typeof(RequestThrottle), typeof(HttpClients), typeof(ApiKeyStore), typeof(ConfigurationStore)];

    [Fact]
    public void No_static_field_outside_ModuleState_holds_state_and_no_other_static_field_can_change()
    {
        var fields = typeof(ModuleState).Assembly.GetTypes()
            .Where(type => type != typeof(ModuleState) && !type.IsDefined(typeof(CompilerGeneratedAttribute)))
            .SelectMany(type => type.GetFields(BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
            .Where(field => !field.IsLiteral)
            .ToList();
        var holdingState = fields.Where(field => StateTypes.Any(type => type.IsAssignableFrom(field.FieldType)) || typeof(IHttpClientFactory).IsAssignableFrom(field.FieldType));
        Assert.Empty(holdingState.Select(Name));
        // Writable statics: only the binding's per-thread memo and the assembly loader's one-time registration.
        var writable = fields.Where(field => !field.IsInitOnly && !field.IsDefined(typeof(ThreadStaticAttribute))).Select(Name).Order(StringComparer.Ordinal);
        Assert.Equal(["AstroBin.Loading.ModuleInitializer.s_registered", "AstroBin.Loading.ModuleInitializer.s_resolver"], writable);
    }

    [Fact]
    public void The_process_has_one_state_whose_parts_work_together()
    {
        Assert.Same(ModuleState.Current, ModuleState.Current);
        var state = new ModuleState();
        Assert.Equal(ModuleState.CacheLifetime, state.Cache.Lifetime);
        Assert.NotSame(ModuleState.Current.Cache, state.Cache);

        // A key set for the process is the key in force; settings changed for the process are the settings in force.
        var credentials = new ApiCredentials(EmulatorOptions.DefaultApiKey, EmulatorOptions.DefaultApiSecret);
        state.Keys.Set(SettingScope.Process, credentials);
        Assert.Same(credentials, state.Keys.Lookup().Credentials);
        Assert.Equal(SettingSource.Process, state.Keys.Lookup().Source);
        state.Configuration.Update(SettingScope.Process, layer => layer.MaxRequestsPerSecond = 9);
        Assert.Equal(9, state.Configuration.Settings.MaxRequestsPerSecond);
        Assert.NotSame(credentials, ModuleState.Current.Keys.Lookup().Credentials);
    }

    [Fact]
    public void One_throttle_serves_every_client_until_its_limits_change()
    {
        var state = new ModuleState();
        var defaults = ClientSettings.Default;
        var first = state.Throttle(defaults);
        Assert.Same(first, state.Throttle(defaults));
        Assert.Same(first, state.Throttle(new ClientSettings(99, 1, 1, defaults.MaxRequestsPerSecond, defaults.MaxConcurrency, null, "other")));

        var faster = state.Throttle(new ClientSettings(defaults.TimeoutSec, defaults.MaxRetry, defaults.RetryDelaySec, 8, defaults.MaxConcurrency, null, null));
        Assert.NotSame(first, faster);
        Assert.Equal(8, faster.RequestsPerSecond);
        var wider = state.Throttle(new ClientSettings(defaults.TimeoutSec, defaults.MaxRetry, defaults.RetryDelaySec, 8, 2, null, null));
        Assert.Equal((8d, 2), (wider.RequestsPerSecond, wider.MaxConcurrency));
    }

    private static string Name(FieldInfo field) => field.DeclaringType!.FullName + "." + field.Name;
}
