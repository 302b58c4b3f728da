using Conformance.Harness.Model;
using ScottPlot;
using ScottPlot.TickGenerators;

namespace Conformance.Harness.Report;

/// <summary>One rendered chart: its files and the SVG text the page embeds.</summary>
internal sealed record RenderedPlot(string Name, string Title, string Caption, string PngPath, string SvgPath, string Svg);

/// <summary>A chart that could not be rendered; the page says so instead of failing the whole report.</summary>
internal sealed record FailedPlot(string Name, string Title, string Error);

/// <summary>
/// The report's charts, drawn with ScottPlot and saved as PNG and SVG (the page embeds the SVG: sharp at any zoom).
/// SkiaSharp draws text only with an installed font; without any, the charts still render, without text.
/// </summary>
internal static class ReportPlots
{
    public const int Width = 900;
    public const int Height = 420;

    // The two sides keep the same colours in every chart.
    internal static readonly Color OracleColor = Color.FromHex("#4C72B0");
    internal static readonly Color ImplColor = Color.FromHex("#DD8452");
    private static readonly Color GridColor = Color.FromHex("#E6E8EB");

    /// <summary>Values spanning more than this factor are drawn on a log scale, or the small ones vanish.</summary>
    internal const double LogScaleSpan = 50;

    /// <summary>True when SkiaSharp finds no font at all: charts then render without any text, in PNG and SVG alike.</summary>
    public static bool NoFontAvailable
    {
        get
        {
            try { return !SkiaSharp.SKFontManager.Default.FontFamilies.Any(family => !string.IsNullOrWhiteSpace(family)); }
            catch (Exception) { return true; }
        }
    }

    public static (List<RenderedPlot> Rendered, List<FailedPlot> Failed) RenderAll(string plotDir, ReportInput input)
    {
        Directory.CreateDirectory(plotDir);
        var stages = ReportData.StagesOf(input);
        var charts = new (string Name, string Title, string Caption, Func<Plot> Build)[]
        {
            ("stage-seconds", "Seconds per stage",
                "Total seconds each side spent inside each stage (measured inside the implementation, not process start-up).",
                () => StageSeconds(input.Summary, stages)),
            ("case-seconds", "Per-case seconds per stage",
                "Distribution of the seconds one case takes in each stage: box from the 25th to the 75th percentile, line at the median, whiskers from the 5th to the 95th percentile.",
                () => CaseSeconds(input.Results, stages)),
            ("pass-rate", "Pass rate per stage",
                "Identical or waived cases, as a share of the cases compared (skipped cases excluded).",
                () => PassRate(input.Summary, stages)),
        };

        var rendered = new List<RenderedPlot>();
        var failed = new List<FailedPlot>();
        foreach (var (name, title, caption, build) in charts)
        {
            var (plot, failure) = Render(plotDir, name, title, caption, build);
            if (plot is not null) rendered.Add(plot);
            if (failure is not null) failed.Add(failure);
        }
        return (rendered, failed);
    }

    /// <summary>Builds one chart and saves it as PNG and SVG; a failure is returned, not thrown.</summary>
    internal static (RenderedPlot? Rendered, FailedPlot? Failed) Render(string plotDir, string name, string title, string caption, Func<Plot> build)
    {
        try
        {
            using var plot = build();
            // Again after building: the font must reach the plottables' own labels too.
            if (PreferredFont() is { } font) plot.Font.Set(font);
            var png = Path.Combine(plotDir, name + ".png");
            var svg = Path.Combine(plotDir, name + ".svg");
            plot.SavePng(png, Width, Height);
            plot.SaveSvg(svg, Width, Height);
            return (new RenderedPlot(name, title, caption, png, svg, File.ReadAllText(svg)), null);
        }
        catch (Exception error)
        {
            // A chart is a convenience; the numbers are in the tables. Never lose the report over one.
            return (null, new FailedPlot(name, title, $"{error.GetType().Name}: {error.Message}"));
        }
    }

    private static Plot StageSeconds(Summary summary, IReadOnlyList<string> stages)
    {
        var plot = NewPlot();
        var rows = stages.Where(summary.Stages.ContainsKey)
            .Select(stage => (Stage: stage, Oracle: summary.Stages[stage].Seconds.Oracle ?? 0, Impl: summary.Stages[stage].Seconds.Impl ?? 0))
            .ToList();
        var positive = rows.SelectMany(row => new[] { row.Oracle, row.Impl }).Where(value => value > 0).ToList();
        var log = positive.Count > 1 && positive.Max() / positive.Min() > LogScaleSpan;
        var axis = log ? LogAxis.For(positive) : null;

        var bars = new List<Bar>();
        for (var i = 0; i < rows.Count; i++)
        {
            bars.Add(SecondsBar(i * 3 + 0.6, rows[i].Oracle, OracleColor, axis));
            bars.Add(SecondsBar(i * 3 + 1.4, rows[i].Impl, ImplColor, axis));
        }
        var barPlot = plot.Add.Bars(bars);
        barPlot.ValueLabelStyle.FontSize = 12;
        StageTicks(plot, rows.Select((row, i) => (i * 3 + 1.0, row.Stage)));
        plot.YLabel(log ? "seconds (log scale)" : "seconds");
        if (axis is not null) axis.Apply(plot);
        else
        {
            plot.Axes.Margins(bottom: 0, top: 0.15);
            if (positive.Count == 0) plot.Axes.SetLimitsY(0, 1);
        }
        plot.Axes.SetLimitsX(-0.4, Math.Max(rows.Count, 1) * 3 - 0.6);
        SideLegend(plot);
        return plot;
    }

    private static Bar SecondsBar(double position, double seconds, Color color, LogAxis? axis) => new()
    {
        Position = position,
        Size = 0.75,
        FillColor = color,
        LineWidth = 0,
        Value = axis is null ? seconds : seconds > 0 ? Math.Log10(seconds) : axis.Floor,
        ValueBase = axis?.Floor ?? 0,
        Label = ReportData.FormatDuration(seconds),
        // On a log axis a bar under 1 s has a negative value; ScottPlot would then draw its label inside the bar.
        LabelInvertWhenValueBelow = double.NegativeInfinity,
    };

    private static Plot CaseSeconds(IReadOnlyList<CaseResult> results, IReadOnlyList<string> stages)
    {
        var plot = NewPlot();
        var samples = stages.Select(stage =>
        {
            var ofStage = results.Where(result => result.Stage == stage).ToList();
            return (Stage: stage,
                Oracle: ofStage.Select(result => result.Seconds.Oracle ?? 0).Where(value => value > 0).ToArray(),
                Impl: ofStage.Select(result => result.Seconds.Impl ?? 0).Where(value => value > 0).ToArray());
        }).ToList();
        // Per-case times routinely span microseconds to seconds: always log scale.

        var oracleBoxes = samples.Select((sample, i) => BoxOf(sample.Oracle, i * 3 + 0.6)).OfType<Box>().ToList();
        var implBoxes = samples.Select((sample, i) => BoxOf(sample.Impl, i * 3 + 1.4)).OfType<Box>().ToList();
        // One BoxPlot per side: a BoxPlot's own colours override those of its boxes.
        AddBoxes(plot, oracleBoxes, OracleColor);
        AddBoxes(plot, implBoxes, ImplColor);
        var whiskers = oracleBoxes.Concat(implBoxes).SelectMany(box => new[] { box.WhiskerMin ?? box.BoxMin, box.WhiskerMax ?? box.BoxMax }).ToList();
        // The axis spans the whiskers, not outliers such as a 10 s timeout among millisecond cases.
        var axis = whiskers.Count > 0 ? LogAxis.For(whiskers.Select(log => Math.Pow(10, log)).ToList()) : null;
        StageTicks(plot, samples.Select((sample, i) => (i * 3 + 1.0, $"{sample.Stage}\n(n={Math.Max(sample.Oracle.Length, sample.Impl.Length)})")));
        plot.YLabel("seconds per case (log scale)");
        if (axis is not null) axis.Apply(plot);
        else plot.Axes.SetLimitsY(0, 1);
        plot.Axes.SetLimitsX(-0.4, Math.Max(samples.Count, 1) * 3 - 0.6);
        SideLegend(plot);
        return plot;
    }

    private static void AddBoxes(Plot plot, List<Box> boxes, Color color)
    {
        if (boxes.Count == 0) return;
        var boxPlot = plot.Add.Boxes(boxes);
        boxPlot.FillColor = color.WithAlpha(0.6);
        boxPlot.LineColor = color.Darken(0.45);
        boxPlot.LineWidth = 1.5f;
    }

    private static Box? BoxOf(double[] seconds, double position)
    {
        if (seconds.Length == 0) return null;
        var logs = seconds.Select(Math.Log10).Order().ToArray();
        return new Box
        {
            Position = position,
            Width = 0.7,
            BoxMin = Percentile(logs, 25),
            BoxMax = Percentile(logs, 75),
            BoxMiddle = Percentile(logs, 50),
            WhiskerMin = Percentile(logs, 5),
            WhiskerMax = Percentile(logs, 95),
        };
    }

    /// <summary>Linear interpolation between closest ranks (numpy's default), on sorted data.</summary>
    internal static double Percentile(double[] sorted, double percent)
    {
        if (sorted.Length == 1) return sorted[0];
        var rank = percent / 100 * (sorted.Length - 1);
        var low = (int)Math.Floor(rank);
        var high = Math.Min(low + 1, sorted.Length - 1);
        return sorted[low] + (sorted[high] - sorted[low]) * (rank - low);
    }

    private static Plot PassRate(Summary summary, IReadOnlyList<string> stages)
    {
        var plot = NewPlot();
        var rows = stages.Where(summary.Stages.ContainsKey).Select(stage => (Stage: stage, Summary: summary.Stages[stage])).ToList();
        var bars = rows.Select((row, i) =>
        {
            var compared = row.Summary.Cases - row.Summary.Skipped;
            var percent = compared == 0 ? 0 : row.Summary.PassRate * 100;
            return new Bar
            {
                Position = i,
                Size = 0.6,
                Value = percent,
                FillColor = compared == 0 ? Color.FromHex("#B0B4BA") : percent >= 99.95 ? Color.FromHex("#3A9D5D") : percent >= 90 ? Color.FromHex("#E0A526") : Color.FromHex("#C8433A"),
                LineWidth = 0,
                Label = compared == 0 ? "n/a" : ReportData.FormatPassRate(row.Summary),
            };
        }).ToList();
        var barPlot = plot.Add.Bars(bars);
        barPlot.ValueLabelStyle.FontSize = 12;
        StageTicks(plot, rows.Select((row, i) => ((double)i, $"{row.Stage}\n({row.Summary.Cases - row.Summary.Skipped} compared)")));
        plot.YLabel("pass rate (%)");
        plot.Axes.SetLimitsY(0, 110);
        plot.Axes.Left.TickGenerator = new NumericManual([0, 25, 50, 75, 100], ["0", "25", "50", "75", "100"]);
        plot.Axes.SetLimitsX(-0.6, Math.Max(rows.Count, 1) - 0.4);
        return plot;
    }

    internal static void StageTicks(Plot plot, IEnumerable<(double Position, string Label)> ticks)
    {
        var list = ticks.ToList();
        plot.Axes.Bottom.TickGenerator = new NumericManual(list.Select(tick => tick.Position).ToArray(), list.Select(tick => tick.Label).ToArray());
        plot.Axes.Bottom.MajorTickStyle.Length = 0;
        plot.Axes.Bottom.TickLabelStyle.FontSize = 13;
    }

    internal static void SideLegend(Plot plot)
    {
        plot.Legend.ManualItems.Add(new LegendItem { LabelText = "oracle", FillColor = OracleColor });
        plot.Legend.ManualItems.Add(new LegendItem { LabelText = "impl", FillColor = ImplColor });
        plot.Legend.Orientation = Orientation.Horizontal;
        plot.Legend.OutlineWidth = 0;
        plot.Legend.ShadowColor = Colors.Transparent;
        plot.Legend.FontSize = 13;
        plot.ShowLegend(Edge.Top);
    }

    internal static Plot NewPlot()
    {
        var plot = new Plot();
        if (PreferredFont() is { } font)
        {
            plot.Font.Set(font);
            plot.Legend.FontName = font;
        }
        plot.Grid.XAxisStyle.MajorLineStyle.Width = 0;
        plot.Grid.YAxisStyle.MajorLineStyle.Color = GridColor;
        plot.Grid.YAxisStyle.MinorLineStyle.Color = GridColor.WithAlpha(0.5);
        plot.Grid.YAxisStyle.MinorLineStyle.Width = 1;
        plot.Axes.Right.FrameLineStyle.Width = 0;
        plot.Axes.Top.FrameLineStyle.Width = 0;
        plot.Axes.Left.TickLabelStyle.FontSize = 12;
        plot.Axes.Left.Label.FontSize = 13;
        plot.Axes.Left.Label.Bold = false;
        return plot;
    }

    /// <summary>
    /// A sans-serif face if one is installed: SkiaSharp's own default here is a serif face.
    /// Null (ScottPlot's default) when none of them is, including when there is no font at all.
    /// </summary>
    internal static string? PreferredFont()
    {
        try
        {
            var installed = SkiaSharp.SKFontManager.Default.FontFamilies.ToHashSet(StringComparer.OrdinalIgnoreCase);
            return new[] { "DejaVu Sans", "Liberation Sans", "Noto Sans", "Arial", "Helvetica" }.FirstOrDefault(installed.Contains);
        }
        catch (Exception)
        {
            return null;
        }
    }

    /// <summary>
    /// A log10 axis for bar, box and line charts: values are drawn as their log10, ticks labelled
    /// in seconds unless another label is given.
    /// </summary>
    internal sealed class LogAxis(double floor, double ceiling, Func<double, string>? label = null)
    {
        public double Floor { get; } = floor;

        public static LogAxis For(IReadOnlyCollection<double> positive, Func<double, string>? label = null) =>
            new(Math.Floor(Math.Log10(positive.Min())), Math.Ceiling(Math.Log10(positive.Max()) + 0.25), label);

        public void Apply(Plot plot)
        {
            var format = label ?? SecondsLabel;
            plot.Axes.Left.TickGenerator = new NumericAutomatic
            {
                IntegerTicksOnly = true,
                MinorTickGenerator = new LogMinorTickGenerator(),
                LabelFormatter = exponent => format(Math.Pow(10, exponent)),
            };
            plot.Axes.SetLimitsY(Floor, ceiling);
        }

        private static string SecondsLabel(double seconds) => seconds switch
        {
            >= 1 => $"{seconds:0} s",
            >= 1e-3 => $"{seconds * 1e3:0} ms",
            >= 1e-6 => $"{seconds * 1e6:0} us",
            _ => $"{seconds * 1e9:0} ns",
        };
    }
}
