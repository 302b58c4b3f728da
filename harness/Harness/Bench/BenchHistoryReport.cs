using System.Globalization;
using System.Text;
using System.Text.Json;
using Conformance.Harness.Report;

namespace Conformance.Harness.Bench;

public sealed record HistoryReportOptions
{
    public string HistoryFile { get; init; } = BenchRun.DefaultHistory;
    public string OutDir { get; init; } = "reports/latest";
    /// <summary>Only runs whose oracle version starts with this (e.g. "3.11"): one series over commits.</summary>
    public string? OracleVersion { get; init; }
    public string? Baseline { get; init; }
    /// <summary>Order the x axis by oracle release first (then time): the history "over CPython releases".</summary>
    public bool ByOracle { get; init; }
    /// <summary>Only runs on this clock; by default the newest run's (wall and cpu seconds never share a chart).</summary>
    public string? Clock { get; init; }
    public BenchThresholds Thresholds { get; init; } = new();
}

/// <summary>
/// `report --history`: the bench history as charts (Report/HistoryPlots: per stage both sides with
/// their IQR band, and the impl/oracle ratio), and the newest run judged against its baseline.
/// </summary>
public static class BenchHistoryReport
{
    public sealed record Outcome(IReadOnlyList<string> Written, BenchRecord? Latest, BenchRecord? Baseline, IReadOnlyList<StageVerdict> Verdicts);

    public static Outcome Execute(HistoryReportOptions options, TextWriter output)
    {
        if (!File.Exists(options.HistoryFile)) throw new Implementations.SetupException($"no bench history at {options.HistoryFile} (run `bench` first)");
        var all = BenchRecord.ReadHistory(options.HistoryFile, Console.Error)
            .Where(run => options.OracleVersion is null || run.Oracle.Version.StartsWith(options.OracleVersion, StringComparison.Ordinal))
            .OrderBy(run => run.Time)
            .ToList();
        var clock = options.Clock is null ? all.LastOrDefault()?.Clock ?? BenchClock.Wall : BenchClock.Parse(options.Clock);
        var runs = all.Where(run => run.Clock == clock).ToList();
        // The newest run is judged whatever the drawing order.
        var latest = runs.LastOrDefault();
        var baseline = latest is null ? null : BenchComparison.FindBaseline(runs, latest, options.Baseline);
        var verdicts = latest is not null && baseline is not null ? BenchComparison.Compare(baseline, latest, options.Thresholds) : [];

        var drawn = options.ByOracle ? runs.OrderBy(run => ReleaseKey(run.Oracle.Version)).ThenBy(run => run.Time).ToList() : runs;
        var written = HistoryPlots.Write(options.OutDir, drawn.Select(ToHistoryRun).ToList()).ToList();
        var verdictPath = Path.Combine(options.OutDir, "history-verdicts.json");
        File.WriteAllText(verdictPath, JsonSerializer.Serialize(new
        {
            latest = latest?.Label,
            baseline = baseline?.Label,
            alpha = options.Thresholds.Alpha,
            min_effect = options.Thresholds.MinEffect,
            verdicts,
        }, new JsonSerializerOptions(BenchRecord.Json) { WriteIndented = true }), new UTF8Encoding(false));
        written.Add(verdictPath);

        output.WriteLine($"{runs.Count} bench runs on the {clock} clock in {options.HistoryFile}");
        if (latest is not null) output.Write(BenchRun.Summary(latest));
        if (latest is null) output.WriteLine("no run to judge");
        else if (baseline is null) output.WriteLine($"the latest run ({latest.Label}) has no baseline: no earlier run with oracle {latest.Oracle.Version}, the same corpus and machine");
        else output.Write(BenchComparison.Table(baseline, latest, verdicts));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"verdicts: Mann-Whitney U, p < {options.Thresholds.Alpha} and a median change of at least {options.Thresholds.MinEffect:0%}"));
        foreach (var file in written.Where(f => f.EndsWith(".html", StringComparison.Ordinal) || f.EndsWith(".json", StringComparison.Ordinal)))
            output.WriteLine($"wrote {file}");
        return new Outcome(written, latest, baseline, verdicts);
    }

    /// <summary>"3.9.1" before "3.12.1": numeric where the version is numeric.</summary>
    private static (Version, string) ReleaseKey(string version) =>
        (Version.TryParse(version, out var parsed) ? parsed : new Version(0, 0), version);

    /// <summary>A record as HistoryPlots draws it: the median, with the quartiles as its band.</summary>
    public static HistoryRun ToHistoryRun(BenchRecord record) => new(record.Label,
        record.Stages.ToDictionary(pair => pair.Key, pair => new HistoryStage(Seconds(pair.Value.Oracle), Seconds(pair.Value.Impl))));

    private static HistorySeconds? Seconds(BenchTiming timing) =>
        timing.Available ? new HistorySeconds(timing.Median, timing.Q1, timing.Q3) : null;
}
