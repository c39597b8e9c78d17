using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;

// `dotnet run -c Release --project tests/AgendaFlow.Benchmarks -- --filter '*'` runs them all; see README.md, Performance.
// BenchmarkDotNet builds a project of its own per run; on a busy shared machine that takes longer than its default
// two minutes, so the build may take ten.
var config = ManualConfig.Create(DefaultConfig.Instance).WithBuildTimeout(TimeSpan.FromMinutes(10));
BenchmarkSwitcher.FromAssembly(typeof(AgendaFlow.Benchmarks.Corpus).Assembly).Run(args, config);
