using Conformance.Harness.Model;

namespace Conformance.Harness.Runner;

/// <summary>Writes the report of a finished run (temporary: plain summary until the report writer lands).</summary>
public static class ReportHook
{
    public static void Write(RunOptions options, Summary summary, IReadOnlyList<CaseResult> results, TextWriter console)
    {
        foreach (var (stage, s) in summary.Stages)
            console.WriteLine($"{stage,-7} cases {s.Cases,5}  identical {s.Identical,5}  divergent {s.Divergent,5}  skipped {s.Skipped,5}  timeouts {s.Timeouts}  crashes {s.Crashes}  errors {s.Errors}  oracle {s.Seconds.Oracle:0.00}s impl {s.Seconds.Impl:0.00}s");
        console.WriteLine($"report: {Path.GetFullPath(options.OutDir)}");
    }
}
