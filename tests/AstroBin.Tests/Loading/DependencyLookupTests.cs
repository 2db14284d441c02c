using System.Reflection;
using AstroBin.Loading;

namespace AstroBin.Tests.Loading;

/// <summary>Which requests the module's resolvers answer from its Dependencies folder, and what the host provides.</summary>
public sealed class DependencyLookupTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "astrobin-deps-" + Guid.NewGuid().ToString("n"));
    private readonly AssemblyName _shipped;

    public DependencyLookupTests()
    {
        Directory.CreateDirectory(_folder);
        var source = typeof(Microsoft.Extensions.DependencyInjection.ServiceCollection).Assembly.Location;
        File.Copy(source, Path.Combine(_folder, Path.GetFileName(source)));
        _shipped = AssemblyName.GetAssemblyName(source);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private AssemblyName Request(Version? version) => new AssemblyName(_shipped.Name!) { Version = version };

    [Fact]
    public void FindsTheShippedDllForItsOwnOrAnOlderVersion()
    {
        var folder = DependencyFolder.At(_folder);
        Assert.True(folder.TryFind(Request(_shipped.Version), out var path));
        Assert.Equal(Path.Combine(_folder, _shipped.Name + ".dll"), path);
        Assert.True(folder.TryFind(Request(new Version(1, 0, 0, 0)), out _));
        Assert.True(folder.TryFind(Request(null), out _));
    }

    [Fact]
    public void RefusesANewerVersionOrAnotherName()
    {
        var folder = DependencyFolder.At(_folder);
        var newer = new Version(_shipped.Version!.Major + 1, 0, 0, 0);
        Assert.False(folder.TryFind(Request(newer), out _));
        Assert.False(folder.TryFind(new AssemblyName("Some.Other.Library"), out _));
    }

    [Fact]
    public void ClaimsOnlyTheExactShippedVersionForTheDefaultContext()
    {
        var folder = DependencyFolder.At(_folder);
        Assert.True(folder.Ships(Request(_shipped.Version)));
        Assert.False(folder.Ships(Request(new Version(6, 0, 0, 0))));
        Assert.False(folder.Ships(new AssemblyName("Some.Other.Library")));
    }

    [Fact]
    public void AMissingFolderShipsNothing()
    {
        var folder = DependencyFolder.At(Path.Combine(_folder, "absent"));
        Assert.False(folder.TryFind(Request(_shipped.Version), out _));
        Assert.False(folder.Ships(Request(_shipped.Version)));
    }

    [Fact]
    public void TheHostProvidesItsOwnVersionsAndOlderOnes()
    {
        var host = new HostAssemblies();
        var json = typeof(System.Text.Json.JsonSerializer).Assembly.GetName();
        Assert.True(host.Provides(json));
        Assert.True(host.Provides(new AssemblyName("System.Text.Json") { Version = new Version(8, 0, 0, 0) }));
        Assert.False(host.Provides(new AssemblyName("System.Text.Json") { Version = new Version(json.Version!.Major + 1, 0, 0, 0) }));
        Assert.False(host.Provides(new AssemblyName("Some.Other.Library")));
    }
}
