namespace AstroBin.Emulator.Tastypie;

/// <summary>The serializations the emulator writes (the real server also offers yaml).</summary>
internal enum ResponseFormat
{
    Json,
    Xml,
}
