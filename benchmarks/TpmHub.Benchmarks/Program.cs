using BenchmarkDotNet.Running;

// Run in Release: dotnet run -c Release --project benchmarks/TpmHub.Benchmarks -- --filter '*'
BenchmarkSwitcher.FromAssembly(typeof(TpmHub.Benchmarks.ScheduleEngineBenchmarks).Assembly).Run(args);
