using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;

// build.ps1 -Task Bench runs this with --artifacts <folder>; a short run keeps the whole bench within minutes.
var config = DefaultConfig.Instance.AddJob(Job.ShortRun).WithOptions(ConfigOptions.DisableOptimizationsValidator);
BenchmarkSwitcher.FromAssembly(typeof(AstroBin.Benchmarks.ParseBenchmarks).Assembly).Run(args, config);
