using Conformance.Harness.Model;
using Conformance.Harness.Report;

namespace Conformance.Harness.Runner;

/// <summary>Writes the report of a finished run (also after an interruption) and prints the summary table.</summary>
public static class ReportHook
{
    public static void Write(RunOptions options, Summary summary, IReadOnlyList<CaseResult> results, TextWriter console,
        IReadOnlyList<ExclusionInfo>? exclusions = null)
    {
        var input = new ReportInput(summary, results, exclusions ?? []);
        ReportWriter.Write(options.OutDir, input);
        if (options.JUnit is not null) ReportWriter.WriteJUnit(options.JUnit, input);
        console.WriteLine(ReportWriter.SummaryTable(summary));
        console.WriteLine($"report: {Path.GetFullPath(Path.Combine(options.OutDir, "index.html"))}");
    }
}
