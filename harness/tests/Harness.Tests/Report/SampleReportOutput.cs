using Conformance.Harness.Report;

namespace Conformance.Harness.Tests.Report;

/// <summary>
/// Writes the sample report where HARNESS_REPORT_SAMPLE_DIR points, to look at it in a browser
/// (the page's layout is checked by eye, not by assertions). Does nothing when the variable is unset.
/// </summary>
public sealed class SampleReportOutput
{
    [Fact]
    public void WritesTheSampleReportWhenAsked()
    {
        var target = Environment.GetEnvironmentVariable("HARNESS_REPORT_SAMPLE_DIR");
        if (string.IsNullOrEmpty(target)) return;
        var divergent = int.TryParse(Environment.GetEnvironmentVariable("HARNESS_REPORT_SAMPLE_DIVERGENT"), out var count) ? count : 6;
        var input = SampleReport.Create(divergentPerStage: divergent,
            versionNote: Environment.GetEnvironmentVariable("HARNESS_REPORT_SAMPLE_NOTE") == "1",
            interrupted: Environment.GetEnvironmentVariable("HARNESS_REPORT_SAMPLE_INTERRUPTED") == "1");
        ReportWriter.Write(target, input);
        ReportWriter.WriteJUnit(Path.Combine(target, "junit.xml"), input);
        File.WriteAllText(Path.Combine(target, "summary.txt"), ReportWriter.SummaryTable(input.Summary));
        HistoryPlots.Write(target, HistoryPlotsTests.SampleRuns(20));
    }
}
