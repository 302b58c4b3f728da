using System.Text;
using Conformance.Harness.Model;

namespace Conformance.Harness.Report;

/// <summary>The plain-text table printed at the end of a run. ASCII only: CI consoles are not always UTF-8.</summary>
internal static class SummaryTableText
{
    private static readonly string[] Header =
        ["stage", "cases", "identical", "divergent", "waived", "errors", "timeouts", "crashes", "skipped", "pass", "oracle s", "impl s", "impl/oracle"];

    public static string Render(Summary summary)
    {
        var stageNames = ReportData.OrderedStages(summary.Stages.Keys);
        var versionsDiffer = !string.IsNullOrEmpty(summary.VersionNote);
        var rows = new List<string[]> { Header };
        foreach (var name in stageNames)
        {
            // The marker ties static stages to the note under the table: their differences are expected.
            var label = versionsDiffer && ReportData.IsStaticStage(name) ? name + " *" : name;
            rows.Add(Row(label, summary.Stages[name]));
        }
        if (stageNames.Count > 1) rows.Add(Row("total", ReportData.Total(summary.Stages.Values)));

        var widths = Enumerable.Range(0, Header.Length).Select(column => rows.Max(row => row[column].Length)).ToArray();
        var text = new StringBuilder();
        for (var r = 0; r < rows.Count; r++)
        {
            if (r == 1 || (r == rows.Count - 1 && stageNames.Count > 1)) text.AppendLine(Rule(widths));
            text.AppendLine(Line(rows[r], widths));
        }
        if (stageNames.Count == 0) text.AppendLine("(no stage was run)");
        if (versionsDiffer) text.AppendLine($"* static stage: {summary.VersionNote}");
        if (!string.IsNullOrEmpty(summary.RunNote)) text.AppendLine($"note: {summary.RunNote}");
        if (summary.Interrupted) text.AppendLine("INTERRUPTED: the run was stopped before every case was compared; counts are partial.");
        text.AppendLine($"{ReportData.SideLabel(summary.Oracle)} vs {ReportData.SideLabel(summary.Impl)}, wall {summary.WallSeconds:0.0} s");
        return text.ToString();
    }

    private static string[] Row(string label, StageSummary stage) =>
    [
        label,
        stage.Cases.ToString(), stage.Identical.ToString(), stage.Divergent.ToString(), stage.Waived.ToString(),
        stage.Errors.ToString(), stage.Timeouts.ToString(), stage.Crashes.ToString(), stage.Skipped.ToString(),
        ReportData.FormatPassRate(stage),
        ReportData.FormatSeconds(stage.Seconds.Oracle), ReportData.FormatSeconds(stage.Seconds.Impl),
        ReportData.FormatRatio(stage.Seconds),
    ];

    // The stage name reads left-aligned, numbers right-aligned so that digits line up.
    private static string Line(string[] cells, int[] widths) =>
        string.Join("  ", cells.Select((cell, column) => column == 0 ? cell.PadRight(widths[column]) : cell.PadLeft(widths[column]))).TrimEnd();

    private static string Rule(int[] widths) => string.Join("  ", widths.Select(width => new string('-', width)));
}
