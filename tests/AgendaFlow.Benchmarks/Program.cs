using BenchmarkDotNet.Running;

// `dotnet run -c Release --project tests/AgendaFlow.Benchmarks -- --filter '*'` runs them all; see tests/PERFORMANCE.md.
BenchmarkSwitcher.FromAssembly(typeof(AgendaFlow.Benchmarks.Corpus).Assembly).Run(args);
