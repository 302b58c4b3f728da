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
        var types = new List<Type> { typeof(TokenizerBenchmarks), typeof(ParserBenchmarks), typeof(VmDispatchBenchmarks) };
        // A stage that does not exist yet is said to be missing, not measured as an instant no-op.
        if (CompilerBenchmarks.Unavailable() is { } why)
            Console.WriteLine($"CompilerBenchmarks: not available ({why}); skipped until the compiler compiles");
        else
            types.Add(typeof(CompilerBenchmarks));
        var summaries = BenchmarkSwitcher.FromTypes([.. types]).Run(args);
        return summaries.Any(summary => summary.HasCriticalValidationErrors || summary.Reports.Any(report => !report.Success)) ? 1 : 0;
    }
}
