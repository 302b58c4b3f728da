using System.Globalization;
using Conformance.Harness.Model;
// The Stages folder's namespace shadows the Model's Stages class inside Conformance.Harness.*.
using StageNames = Conformance.Harness.Model.Stages;

namespace Conformance.Harness.Report;

/// <summary>Orderings and classifications shared by the HTML page, the JUnit file and the console table.</summary>
internal static class ReportData
{
    /// <summary>Stage names in pipeline order (a case's first differing stage reads first); unknown names after, alphabetically.</summary>
    public static IReadOnlyList<string> OrderedStages(IEnumerable<string> names) =>
        names.Distinct(StringComparer.Ordinal)
            .OrderBy(name => TryParseStage(name) is { } stage ? (int)stage : int.MaxValue)
            .ThenBy(name => name, StringComparer.Ordinal)
            .ToList();

    public static IReadOnlyList<string> StagesOf(ReportInput input) =>
        OrderedStages(input.Summary.Stages.Keys.Concat(input.Results.Select(result => result.Stage)));

    public static Stage? TryParseStage(string name)
    {
        try { return StageNames.Parse(name); }
        catch (FormatException) { return null; }
    }

    /// <summary>Static stages analyse the source only, so they differ by design when the sides target different Python versions.</summary>
    public static bool IsStaticStage(string name) => TryParseStage(name) is { } stage && stage.IsStatic();

    /// <summary>A verdict string from results.jsonl; an unknown one counts as a harness error rather than aborting the report.</summary>
    public static Verdict VerdictOf(CaseResult result) =>
        Enum.TryParse<Verdict>(result.Verdict, ignoreCase: true, out var verdict) ? verdict : Verdict.Error;

    /// <summary>The verdicts that make a run fail (exit code 1) and that the report lists one by one.</summary>
    public static bool IsFailure(Verdict verdict) =>
        verdict is Verdict.Divergent or Verdict.Crash or Verdict.Timeout or Verdict.Error;

    /// <summary>Crashes and timeouts first: they hide whatever else the case would show.</summary>
    public static int FailureRank(Verdict verdict) => verdict switch
    {
        Verdict.Crash => 0,
        Verdict.Timeout => 1,
        Verdict.Error => 2,
        Verdict.Divergent => 3,
        _ => 4,
    };

    public static string SideLabel(SideInfo side) =>
        string.IsNullOrEmpty(side.Version) ? side.Name : $"{side.Name} {side.Version}";

    /// <summary>Seconds as a bare number (the column says "s"), precise enough for its magnitude; "-" when a side reported none.</summary>
    public static string FormatSeconds(double? seconds) => seconds switch
    {
        null => "-",
        0 => "0",
        < 0.001 => SignificantDigits(seconds.Value, 2),
        < 1 => seconds.Value.ToString("0.000", CultureInfo.InvariantCulture),
        < 100 => seconds.Value.ToString("0.00", CultureInfo.InvariantCulture),
        _ => seconds.Value.ToString("0", CultureInfo.InvariantCulture),
    };

    /// <summary>A duration with its unit, for one case's time: "547 µs", "12.3 ms", "1.20 s".</summary>
    public static string FormatDuration(double? seconds) => seconds switch
    {
        null => "-",
        0 => "0 s",
        < 1e-3 => $"{seconds * 1e6:0} µs",
        < 1 => $"{seconds * 1e3:0.#} ms",
        _ => $"{seconds:0.00} s",
    };

    private static string SignificantDigits(double value, int digits)
    {
        var decimals = Math.Max(0, digits - 1 - (int)Math.Floor(Math.Log10(value)));
        return Math.Round(value, Math.Min(decimals, 15)).ToString("0." + new string('0', Math.Min(decimals, 15)), CultureInfo.InvariantCulture);
    }

    /// <summary>impl / oracle seconds: above 1 the implementation is slower.</summary>
    public static string FormatRatio(SideSeconds seconds) =>
        seconds.Oracle is > 0 && seconds.Impl is { } impl ? $"{impl / seconds.Oracle.Value:0.00}x" : "-";

    /// <summary>
    /// Rounded down, so that a stage with a single failure never shows 100.0%.
    /// </summary>
    public static string FormatPassRate(StageSummary stage) =>
        stage.Cases - stage.Skipped == 0 ? "-" : $"{Math.Floor(stage.PassRate * 1000) / 10:0.0}%";

    public static StageSummary Total(IEnumerable<StageSummary> stages)
    {
        var total = new StageSummary();
        foreach (var stage in stages)
        {
            total.Cases += stage.Cases;
            total.Identical += stage.Identical;
            total.Divergent += stage.Divergent;
            total.Waived += stage.Waived;
            total.Errors += stage.Errors;
            total.Timeouts += stage.Timeouts;
            total.Crashes += stage.Crashes;
            total.Skipped += stage.Skipped;
            total.Seconds = new SideSeconds(
                Sum(total.Seconds.Oracle, stage.Seconds.Oracle),
                Sum(total.Seconds.Impl, stage.Seconds.Impl));
        }
        return total;
    }

    private static double? Sum(double? a, double? b) => a is null && b is null ? null : (a ?? 0) + (b ?? 0);
}
