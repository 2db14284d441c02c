namespace AstroBin.Tests.Secrets;

/// <summary>Sets environment variables for one test and puts the old values back (tests in the "Session configuration" collection only).</summary>
public sealed class EnvironmentScope : IDisposable
{
    private readonly Dictionary<string, string?> saved = new();

    public EnvironmentScope(params (string Name, string? Value)[] variables)
    {
        foreach (var name in new[] { "ASTROBIN_API_KEY", "ASTROBIN_API_SECRET", "ASTROBIN_BASE_URI", "ASTROBIN_CONFIG_DIR" })
        {
            saved[name] = Environment.GetEnvironmentVariable(name);
            Environment.SetEnvironmentVariable(name, null);
        }
        // Never the user's own saved key.
        ConfigFolder = Path.Combine(Path.GetTempPath(), "astrobin-secrets-" + Guid.NewGuid().ToString("N"));
        Environment.SetEnvironmentVariable("ASTROBIN_CONFIG_DIR", ConfigFolder);
        foreach (var (name, value) in variables) Environment.SetEnvironmentVariable(name, value);
    }

    public string ConfigFolder { get; }

    public string KeyFile => Path.Combine(ConfigFolder, "apikey.json");

    public void Dispose()
    {
        foreach (var (name, value) in saved) Environment.SetEnvironmentVariable(name, value);
        if (Directory.Exists(ConfigFolder)) Directory.Delete(ConfigFolder, recursive: true);
    }
}
