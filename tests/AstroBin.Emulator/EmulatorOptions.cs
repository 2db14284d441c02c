using AstroBin.Emulator.Faults;

namespace AstroBin.Emulator;

/// <summary>How an <see cref="EmulatorServer"/> is started.</summary>
public sealed class EmulatorOptions
{
    /// <summary>40 lowercase hex characters, like AstroBin's App.generate_key.</summary>
    public const string DefaultApiKey = "0123456789abcdef0123456789abcdef01234567";

    public const string DefaultApiSecret = "fedcba9876543210fedcba9876543210fedcba98";

    /// <summary>The only key accepted (together with <see cref="ApiSecret"/>).</summary>
    public string ApiKey { get; set; } = DefaultApiKey;

    public string ApiSecret { get; set; } = DefaultApiSecret;

    /// <summary>Seed of the data generator: same seed, same data.</summary>
    public int Seed { get; set; } = 20240213;

    /// <summary>Date of the newest Image of the Day.</summary>
    public DateOnly Today { get; set; } = DateOnly.FromDateTime(DateTime.UtcNow);

    /// <summary>How many images to generate besides the recorded ones (benchmarks ask for more).</summary>
    public int ImageCount { get; set; } = Data.ImageGenerator.DefaultImageCount;

    /// <summary>Kestrel listen URL; port 0 picks a free port.</summary>
    public string Urls { get; set; } = "http://127.0.0.1:0";

    /// <summary>Folder of recorded real responses; default: the Records folder next to the assembly.</summary>
    public string? RecordsDirectory { get; set; }

    /// <summary>Injected failures and latency (none by default).</summary>
    public FaultOptions Faults { get; set; } = new();
}
