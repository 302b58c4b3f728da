using System.Globalization;
using System.Text;

namespace Conformance.Harness.Bench;

public enum BenchChange
{
    NoSignificantChange,
    Faster,
    Slower,
    /// <summary>One of the runs has no timing for this stage and side (not available, or no baseline).</summary>
    NotComparable,
}

/// <summary>How one stage on one side moved from the baseline to the latest run.</summary>
/// <param name="Change">The verdict.</param>
/// <param name="Relative">median(latest) / median(baseline) - 1: +0.2 is 20% slower.</param>
/// <param name="P">The two-sided Mann-Whitney p-value of the two runs' samples.</param>
public sealed record StageVerdict(string Stage, string Side, BenchChange Change, double? Relative, double? P, string? Note = null)
{
    public string Text => Change switch
    {
        BenchChange.Faster => "faster",
        BenchChange.Slower => "slower",
        BenchChange.NoSignificantChange => "no significant change",
        _ => "not comparable",
    };
}

/// <summary>
/// When a difference counts: the samples must differ by a rank test at level Alpha AND the medians by
/// at least MinEffect. The test alone would flag a real but tiny shift once there are enough
/// repeats; the effect alone would flag noise. Both together keep a shared CI machine quiet.
/// </summary>
public sealed record BenchThresholds(double Alpha = 0.01, double MinEffect = 0.10);

/// <summary>Judges a bench run against a baseline run, stage by stage and side by side.</summary>
public static class BenchComparison
{
    public const string OracleSide = "oracle", ImplSide = "impl";

    /// <summary>
    /// The run LATEST is compared with: the newest earlier run with the same oracle release, the same
    /// corpus, clock and machine (CPU model and cores), optionally at a given commit (prefix).
    /// </summary>
    public static BenchRecord? FindBaseline(IReadOnlyList<BenchRecord> history, BenchRecord latest, string? commitPrefix = null) =>
        history.Where(run => !ReferenceEquals(run, latest) && run.Time < latest.Time
                             && run.Oracle.Name == latest.Oracle.Name && run.Oracle.Version == latest.Oracle.Version
                             && run.Corpus.Sha256 == latest.Corpus.Sha256
                             && run.Clock == latest.Clock
                             && run.Machine.Fingerprint == latest.Machine.Fingerprint
                             && (commitPrefix is null || run.Commit.StartsWith(commitPrefix, StringComparison.OrdinalIgnoreCase)))
            .MaxBy(run => run.Time);

    public static List<StageVerdict> Compare(BenchRecord baseline, BenchRecord latest, BenchThresholds thresholds)
    {
        var verdicts = new List<StageVerdict>();
        foreach (var stage in BenchStages.HistoryNames)
        {
            var before = baseline.Stages.GetValueOrDefault(stage);
            var after = latest.Stages.GetValueOrDefault(stage);
            verdicts.Add(Judge(stage, ImplSide, before?.Impl, after?.Impl, thresholds));
            verdicts.Add(Judge(stage, OracleSide, before?.Oracle, after?.Oracle, thresholds));
        }
        return verdicts;
    }

    public static StageVerdict Judge(string stage, string side, BenchTiming? baseline, BenchTiming? latest, BenchThresholds thresholds)
    {
        if (baseline is not { Available: true, Samples.Count: > 0 } || latest is not { Available: true, Samples.Count: > 0 })
        {
            var note = latest is { Available: false } ? $"not available: {latest.Reason}"
                : baseline is { Available: false } ? "not available in the baseline (new)"
                : "no timing";
            return new StageVerdict(stage, side, BenchChange.NotComparable, null, null, note);
        }
        var before = BenchStatistics.Median(baseline.Samples);
        var after = BenchStatistics.Median(latest.Samples);
        var relative = before > 0 ? after / before - 1 : 0;
        var test = BenchStatistics.MannWhitneyU(latest.Samples, baseline.Samples);
        var change = test.P >= thresholds.Alpha || Math.Abs(relative) < thresholds.MinEffect ? BenchChange.NoSignificantChange
            : relative > 0 ? BenchChange.Slower : BenchChange.Faster;
        return new StageVerdict(stage, side, change, relative, test.P);
    }

    /// <summary>
    /// The CI gate (--fail-on-regression PCT): implementation stages significantly slower than the
    /// baseline (p &lt; Alpha) by more than PCT percent. The oracle side is not gated: it is the
    /// same CPython on both runs, so its verdict tells how noisy the machine was.
    /// </summary>
    public static List<StageVerdict> Regressions(IEnumerable<StageVerdict> verdicts, double percent, BenchThresholds thresholds) =>
        verdicts.Where(v => v.Side == ImplSide && v is { Relative: { } r, P: { } p } && p < thresholds.Alpha && r * 100 > percent).ToList();

    /// <summary>The verdict table printed by bench and report --history.</summary>
    public static string Table(BenchRecord baseline, BenchRecord latest, IReadOnlyList<StageVerdict> verdicts)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"latest {latest.Label} ({latest.Time:yyyy-MM-dd HH:mm}) vs baseline {baseline.Label} ({baseline.Time:yyyy-MM-dd HH:mm})\n");
        text.Append($"{"stage",-9} {"side",-6} {"baseline s",11} {"latest s",11} {"change",8} {"p",8}  verdict\n");
        foreach (var v in verdicts)
        {
            var before = Timing(baseline, v);
            var after = Timing(latest, v);
            text.Append(CultureInfo.InvariantCulture,
                $"{v.Stage,-9} {v.Side,-6} {Seconds(before),11} {Seconds(after),11} {(v.Relative is { } r ? r.ToString("+0.0%;-0.0%", CultureInfo.InvariantCulture) : "-"),8} {(v.P is { } p ? p.ToString("0.0000", CultureInfo.InvariantCulture) : "-"),8}  {v.Text}{(v.Note is null ? "" : $" ({v.Note})")}\n");
        }
        return text.ToString();
    }

    private static BenchTiming? Timing(BenchRecord run, StageVerdict verdict) =>
        run.Stages.GetValueOrDefault(verdict.Stage) is { } stage ? verdict.Side == ImplSide ? stage.Impl : stage.Oracle : null;

    private static string Seconds(BenchTiming? timing) =>
        timing is { Available: true } ? BenchRun.FormatSeconds(timing.Median) : "n/a";
}
