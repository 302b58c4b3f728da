using System.Globalization;
using System.Text;
using ScottPlot;
using ScottPlot.TickGenerators;

namespace Conformance.Harness.Report;

/// <summary>One bench run from reports/history/*.jsonl: its label on the x axis (release or commit) and per-stage seconds.</summary>
public sealed record HistoryRun(string Label, IReadOnlyDictionary<string, HistoryStage> Stages);

/// <summary>One stage's seconds on each side in one bench run; a side may be missing (not run, or not implemented then).</summary>
public sealed record HistoryStage(HistorySeconds? Oracle, HistorySeconds? Impl);

/// <summary>A timing over repeated runs: the central value and its spread (e.g. median with min and max, or p10 and p90).</summary>
public sealed record HistorySeconds(double Seconds, double Low, double High);

/// <summary>
/// Performance over releases (`report --history`): per stage, both sides' seconds with their spread,
/// and the impl/oracle ratio of every stage on one chart. The caller reads the history files and
/// passes the runs oldest first, so this class does not depend on their exact JSON layout.
/// </summary>
public static class HistoryPlots
{
    /// <summary>Tick labels shown at most on the x axis; with more runs, every n-th run is labelled.</summary>
    private const int MaxRunLabels = 14;

    private static readonly Color[] StageColors =
        [Color.FromHex("#4C72B0"), Color.FromHex("#55A868"), Color.FromHex("#C44E52"), Color.FromHex("#8172B2"), Color.FromHex("#937860"), Color.FromHex("#DA8BC3")];

    /// <summary>
    /// Writes OUTDIR/history.html (self-contained) and OUTDIR/plots/history-*.png and .svg; returns the files written.
    /// </summary>
    public static IReadOnlyList<string> Write(string outDir, IReadOnlyList<HistoryRun> runs)
    {
        var plotDir = Path.Combine(outDir, "plots");
        Directory.CreateDirectory(plotDir);
        var stages = ReportData.OrderedStages(runs.SelectMany(run => run.Stages.Keys));

        var charts = new List<(string Name, string Title, string Caption, Func<Plot> Build)>
        {
            ("history-ratio", "impl / oracle seconds per stage over runs",
                "Below 1 the implementation is faster than the oracle in that stage; the trend matters more than the level.",
                () => RatioChart(runs, stages)),
        };
        foreach (var stage in stages)
            charts.Add(($"history-{FileSafe(stage)}", $"{stage}: seconds over runs",
                "Central value per run, with its spread over repeated runs as a band.", () => StageChart(runs, stage)));

        var rendered = new List<RenderedPlot>();
        var failed = new List<FailedPlot>();
        foreach (var (name, title, caption, build) in charts)
        {
            var (plot, failure) = ReportPlots.Render(plotDir, name, title, caption, build);
            if (plot is not null) rendered.Add(plot);
            if (failure is not null) failed.Add(failure);
        }

        var page = Path.Combine(outDir, "history.html");
        File.WriteAllText(page, Page(runs, rendered, failed), new UTF8Encoding(false));
        var written = new List<string> { page };
        foreach (var plot in rendered) written.AddRange([plot.PngPath, plot.SvgPath]);
        return written;
    }

    private static Plot StageChart(IReadOnlyList<HistoryRun> runs, string stage)
    {
        var plot = ReportPlots.NewPlot();
        var sides = new[]
        {
            (Color: ReportPlots.OracleColor, Points: Points(runs, stage, seconds => seconds.Oracle)),
            (Color: ReportPlots.ImplColor, Points: Points(runs, stage, seconds => seconds.Impl)),
        };
        var values = sides.SelectMany(side => side.Points).SelectMany(point => new[] { point.Seconds.Low, point.Seconds.High, point.Seconds.Seconds })
            .Where(value => value > 0).ToList();
        var log = values.Count > 1 && values.Max() / values.Min() > ReportPlots.LogScaleSpan;
        double Y(double seconds) => log ? Math.Log10(Math.Max(seconds, values.Min())) : seconds;

        foreach (var (color, points) in sides)
        {
            if (points.Count == 0) continue;
            if (points.Count > 1)
            {
                var band = plot.Add.FillY(
                    points.Select(point => (double)point.Run).ToArray(),
                    points.Select(point => Y(point.Seconds.Low)).ToArray(),
                    points.Select(point => Y(point.Seconds.High)).ToArray());
                band.FillColor = color.WithAlpha(0.18);
                band.LineWidth = 0;
            }
            var line = plot.Add.Scatter(points.Select(point => (double)point.Run).ToArray(), points.Select(point => Y(point.Seconds.Seconds)).ToArray(), color);
            line.LineWidth = 2;
            line.MarkerSize = 6;
        }
        RunTicks(plot, runs);
        plot.YLabel(log ? "seconds (log scale)" : "seconds");
        if (log) ReportPlots.LogAxis.For(values).Apply(plot);
        else if (values.Count == 0) plot.Axes.SetLimitsY(0, 1);
        else plot.Axes.SetLimitsY(0, values.Max() * 1.15);
        ReportPlots.SideLegend(plot);
        return plot;
    }

    private static Plot RatioChart(IReadOnlyList<HistoryRun> runs, IReadOnlyList<string> stages)
    {
        var plot = ReportPlots.NewPlot();
        var series = stages.Select((stage, s) => (Stage: stage, Color: StageColors[s % StageColors.Length],
                Points: runs.Select((run, index) => (Run: index, Seconds: run.Stages.GetValueOrDefault(stage)))
                    .Where(point => point.Seconds is { Oracle.Seconds: > 0, Impl.Seconds: > 0 })
                    .Select(point => (point.Run, Ratio: point.Seconds!.Impl!.Seconds / point.Seconds.Oracle!.Seconds))
                    .ToList()))
            .Where(line => line.Points.Count > 0)
            .ToList();
        var ratios = series.SelectMany(line => line.Points.Select(point => point.Ratio)).Append(1.0).ToList();
        // Ratios of 0.01 and 4 on one linear axis flatten every small one into the floor.
        var log = ratios.Max() / ratios.Min() > ReportPlots.LogScaleSpan;
        double Y(double ratio) => log ? Math.Log10(ratio) : ratio;

        var parity = plot.Add.HorizontalLine(Y(1), 1.5f, Colors.Gray, LinePattern.Dashed);
        parity.LegendText = "";
        foreach (var (stage, color, points) in series)
        {
            var line = plot.Add.Scatter(points.Select(point => (double)point.Run).ToArray(), points.Select(point => Y(point.Ratio)).ToArray(), color);
            line.LineWidth = 2;
            line.MarkerSize = 6;
            line.LegendText = stage;
        }
        RunTicks(plot, runs);
        plot.YLabel(log ? "impl / oracle seconds (log scale)" : "impl / oracle seconds");
        if (log) ReportPlots.LogAxis.For(ratios, ratio => ratio >= 1 ? $"{ratio:0}x" : $"{ratio:0.###}x").Apply(plot);
        else plot.Axes.SetLimitsY(0, ratios.Max() * 1.15);
        plot.Legend.Orientation = Orientation.Horizontal;
        plot.Legend.OutlineWidth = 0;
        plot.Legend.ShadowColor = Colors.Transparent;
        plot.Legend.FontSize = 13;
        plot.ShowLegend(Edge.Top);
        return plot;
    }

    private static List<(int Run, HistorySeconds Seconds)> Points(IReadOnlyList<HistoryRun> runs, string stage, Func<HistoryStage, HistorySeconds?> side) =>
        runs.Select((run, index) => (Run: index, Seconds: run.Stages.TryGetValue(stage, out var seconds) ? side(seconds) : null))
            .Where(point => point.Seconds is not null)
            .Select(point => (point.Run, point.Seconds!))
            .ToList();

    private static void RunTicks(Plot plot, IReadOnlyList<HistoryRun> runs)
    {
        var step = Math.Max(1, (int)Math.Ceiling(runs.Count / (double)MaxRunLabels));
        var ticks = new NumericManual();
        for (var i = 0; i < runs.Count; i++)
        {
            // The newest run is always labelled: it is the one people look for.
            if (i % step == 0 || i == runs.Count - 1) ticks.AddMajor(i, Shorten(runs[i].Label));
        }
        plot.Axes.Bottom.TickGenerator = ticks;
        if (runs.Count > 6)
        {
            // Slanted labels need room below the axis and to the right of the last run.
            plot.Axes.Bottom.TickLabelStyle.Rotation = 35;
            plot.Axes.Bottom.TickLabelStyle.Alignment = Alignment.MiddleLeft;
            plot.Axes.Bottom.MinimumSize = 70;
            plot.Axes.Right.MinimumSize = 50;
        }
        plot.Axes.SetLimitsX(-0.5, Math.Max(runs.Count, 1) - 0.5);
    }

    /// <summary>Commit hashes and long labels would collide on the axis.</summary>
    private static string Shorten(string label) => label.Length <= 14 ? label : label[..12] + "…";

    private static string FileSafe(string name) =>
        new(name.Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' ? c : '_').ToArray());

    private static string Page(IReadOnlyList<HistoryRun> runs, List<RenderedPlot> plots, List<FailedPlot> failed)
    {
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>Performance history</title>\n<style>")
            .Append(HtmlReport.Css).Append("</style>\n</head>\n<body>\n<header class=\"top\"><div class=\"title-row\"><h1>Performance history</h1></div>")
            .Append("<div class=\"run-facts\" style=\"margin-left:0;margin-top:10px\">")
            .Append($"<div class=\"fact\"><div class=\"fact-value\">{runs.Count.ToString(CultureInfo.InvariantCulture)}</div><div class=\"fact-label\">runs</div></div>");
        if (runs.Count > 0)
            html.Append($"<div class=\"fact\"><div class=\"fact-value\">{DisplayText.Html(runs[0].Label)} → {DisplayText.Html(runs[^1].Label)}</div><div class=\"fact-label\">oldest → newest</div></div>");
        html.Append("</div></header>\n<main>\n<section><h2>Charts</h2>\n<div class=\"plots\">\n");
        foreach (var plot in plots)
            html.Append("<figure><figcaption><strong>").Append(DisplayText.Html(plot.Title)).Append("</strong> <span class=\"files\"><a href=\"plots/")
                .Append(plot.Name).Append(".png\">png</a> · <a href=\"plots/").Append(plot.Name).Append(".svg\">svg</a></span></figcaption>")
                .Append("<img alt=\"").Append(DisplayText.Attribute(plot.Title)).Append("\" src=\"data:image/svg+xml;base64,")
                .Append(Convert.ToBase64String(Encoding.UTF8.GetBytes(plot.Svg))).Append("\"><p class=\"note\">").Append(DisplayText.Html(plot.Caption)).Append("</p></figure>\n");
        foreach (var failure in failed)
            html.Append("<figure class=\"failed\"><figcaption><strong>").Append(DisplayText.Html(failure.Title)).Append("</strong></figcaption><p>This chart could not be drawn: <code>")
                .Append(DisplayText.Html(failure.Error)).Append("</code></p></figure>\n");
        if (runs.Count == 0) html.Append("<p class=\"muted\">No bench run recorded yet.</p>\n");
        html.Append("</div>\n</section>\n</main>\n</body>\n</html>\n");
        return html.ToString();
    }
}
