using System.Management.Automation;
using System.Text;
using System.Text.Json;
using AstroBin.Api.Json;
using BenchmarkDotNet.Attributes;
using Microsoft.PowerShell.Commands;

namespace AstroBin.Benchmarks;

/// <summary>
/// Parsing one full list page (25 images, built from the recorded real responses) with the module's
/// source-generated deserializer, against what ConvertFrom-Json (and so Invoke-RestMethod) does.
/// </summary>
[MemoryDiagnoser]
public class ParseBenchmarks
{
    private byte[] _utf8 = [];
    private string _text = string.Empty;

    [GlobalSetup]
    public void Setup()
    {
        _text = RecordedPage.Build(25);
        _utf8 = Encoding.UTF8.GetBytes(_text);
    }

    [Benchmark(Baseline = true)]
    public object? ConvertFromJson()
    {
        var result = JsonObject.ConvertFromJson(_text, out ErrorRecord? error);
        return error == null ? result : throw error.Exception;
    }

    /// <summary>What the module does with a list page (ListPageParser: a page this size in one deserialisation, its objects counted).</summary>
    [Benchmark]
    public object? Module() => ListPageParser.Parse(_utf8, AstroBinJsonContext.Default.ListPageImage, 25);

    /// <summary>The whole page in one deserialisation (0.1.0's way), for comparison.</summary>
    [Benchmark]
    public object? WholePage() => JsonSerializer.Deserialize(_utf8, AstroBinJsonContext.Default.ListPageImage);
}
