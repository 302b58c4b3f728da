using System.Text;
using Conformance.Harness.Model;

namespace Conformance.Harness.Report;

/// <summary>The run's reports: the HTML page with its charts, the JUnit file for CI, and the console table.</summary>
public static class ReportWriter
{
    /// <summary>
    /// Writes OUTDIR/index.html (self-contained) and OUTDIR/plots/*.png and *.svg; returns the files written.
    /// A chart that cannot be drawn is reported on the page instead of failing the report.
    /// </summary>
    public static IReadOnlyList<string> Write(string outDir, ReportInput input)
    {
        Directory.CreateDirectory(outDir);
        var (plots, failedPlots) = ReportPlots.RenderAll(Path.Combine(outDir, "plots"), input);
        var index = Path.Combine(outDir, "index.html");
        File.WriteAllText(index, HtmlReport.Render(input, plots, failedPlots, ReportPlots.NoFontAvailable), new UTF8Encoding(false));
        var written = new List<string> { index };
        if (input.Results.Any(result => result.Features is { Count: > 0 }))
        {
            var features = Path.Combine(outDir, "features.json");
            FeatureTable.Write(features, input.Results);
            written.Add(features);
        }
        foreach (var plot in plots) written.AddRange([plot.PngPath, plot.SvgPath]);
        return written;
    }

    /// <summary>JUnit XML: one testsuite per stage, one testcase per case; failures carry the first difference.</summary>
    public static void WriteJUnit(string path, ReportInput input) => JUnitReport.Write(path, input);

    /// <summary>The plain-text table printed on the console at the end of a run: one row per stage, plus a total.</summary>
    public static string SummaryTable(Summary summary) => SummaryTableText.Render(summary);
}
