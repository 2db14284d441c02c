using AstroBin.Api;

namespace AstroBin.Tests.Api;

/// <summary>A client of the shared emulator whose handler counts the requests that reach the network.</summary>
internal static class CountingClient
{
    public static (AstroBinClient Client, ClientEmulatorTests.CountingHandler Handler) Create(EmulatorFixture emulator, ResponseCache? cache)
    {
        var handler = new ClientEmulatorTests.CountingHandler();
        var options = new AstroBinClientOptions(emulator.Server.BaseUri, new ApiCredentials(emulator.ApiKey, emulator.ApiSecret)) { Cache = cache };
        return (new AstroBinClient(new HttpClient(handler), options), handler);
    }
}
