using BenchmarkDotNet.Running;

namespace Pyref.Benchmarks;

/// <summary>
/// dotnet run -c Release --project interpreter/benchmarks/Pyref.Benchmarks -- --filter '*'
/// (any BenchmarkDotNet option after --: --job short for a quick look, --filter '*Parser*' for one class).
/// </summary>
public static class Program
{
    public static int Main(string[] args)
    {
        Type[] types = [typeof(TokenizerBenchmarks), typeof(ParserBenchmarks), typeof(CompilerBenchmarks), typeof(VmDispatchBenchmarks)];
        var summaries = BenchmarkSwitcher.FromTypes(types).Run(args);
        return summaries.Any(summary => summary.HasCriticalValidationErrors || summary.Reports.Any(report => !report.Success)) ? 1 : 0;
    }
}
