using System;
using System.Net.Http;
using System.Threading.Tasks;
using AstroBin.Emulator;
using Xunit;

namespace AstroBin.Tests;

/// <summary>Test classes marked [Collection("Emulator")] share one emulator for the whole run.</summary>
[CollectionDefinition("Emulator")]
public sealed class EmulatorCollection : ICollectionFixture<EmulatorFixture>
{
}

/// <summary>One <see cref="EmulatorServer"/> with default options (default key/secret, seed, today = UTC date).</summary>
public sealed class EmulatorFixture : IAsyncLifetime
{
    public EmulatorServer Server { get; private set; } = null!;

    public string ApiKey => EmulatorOptions.DefaultApiKey;

    public string ApiSecret => EmulatorOptions.DefaultApiSecret;

    /// <summary>"api_key=…&amp;api_secret=…", ready to put in a query string.</summary>
    public string Credentials => $"api_key={ApiKey}&api_secret={ApiSecret}";

    /// <summary>A client rooted at the server (http://127.0.0.1:PORT/) that does not follow redirects.</summary>
    public HttpClient CreateClient() =>
        new(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = Server.Root };

    public async Task InitializeAsync() => Server = await EmulatorServer.StartAsync();

    public async Task DisposeAsync() => await Server.DisposeAsync();
}
