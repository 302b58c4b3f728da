using Conformance.Harness.Bench;

namespace Conformance.Harness.Tests.Bench;

/// <summary>
/// Verdicts on recorded data: Fixtures/same-commit-3.11.jsonl holds two real bench runs of commit
/// 7c1ff93 against CPython 3.11.7, one after the other, on the shared 2-core machine under a load
/// average of about 28 (in the records), measured with
/// `harness bench corpus/bench/nqueens.py --stdlib-sample true --repeat 10 --warmup 1`.
/// On data that noisy (IQR up to half the median) a 30% slowdown is within the noise; a stage made
/// twice as slow is what the tests expect to be caught.
/// </summary>
public class BenchComparisonTests
{
    private static readonly string Fixture = Path.Combine(AppContext.BaseDirectory, "Bench", "Fixtures", "same-commit-3.11.jsonl");

    private static (BenchRecord Baseline, BenchRecord Latest) SameCommitRuns()
    {
        var runs = BenchRecord.ReadHistory(Fixture);
        Assert.Equal(2, runs.Count);
        Assert.Equal(runs[0].Commit, runs[1].Commit);
        return (runs[0], runs[1]);
    }

    [Fact]
    public void Two_runs_of_the_same_commit_show_no_significant_change_in_any_stage()
    {
        var (baseline, latest) = SameCommitRuns();
        Assert.Same(baseline, BenchComparison.FindBaseline([baseline, latest], latest));
        var verdicts = BenchComparison.Compare(baseline, latest, new BenchThresholds());
        var judged = verdicts.Where(v => v.Change != BenchChange.NotComparable).ToList();
        // Both sides of tokenize and parse, the oracle side of compile and run: whatever the reference can do today.
        Assert.True(judged.Count >= 6, string.Join("; ", verdicts));
        Assert.All(judged, v => Assert.Equal(BenchChange.NoSignificantChange, v.Change));
        Assert.Empty(BenchComparison.Regressions(verdicts, 5, new BenchThresholds()));
    }

    [Theory]
    [InlineData("tokenize")]
    [InlineData("parse")]
    public void A_deliberately_slowed_stage_is_flagged_and_fails_the_gate(string stage)
    {
        var (baseline, latest) = SameCommitRuns();
        // The latest run's own samples, each twice as long: a real slowdown with the machine's real noise.
        var slowed = Scale(latest, stage, impl: true, 2.0);
        var verdicts = BenchComparison.Compare(baseline, slowed, new BenchThresholds());
        var verdict = verdicts.Single(v => v.Stage == stage && v.Side == BenchComparison.ImplSide);
        Assert.Equal(BenchChange.Slower, verdict.Change);
        Assert.All(verdicts.Where(v => v != verdict && v.Change != BenchChange.NotComparable), v => Assert.Equal(BenchChange.NoSignificantChange, v.Change));

        Assert.Equal([verdict], BenchComparison.Regressions(verdicts, 50, new BenchThresholds()));
        Assert.Empty(BenchComparison.Regressions(verdicts, 500, new BenchThresholds()));
    }

    [Fact]
    public void A_faster_stage_is_reported_and_never_gated()
    {
        var (baseline, latest) = SameCommitRuns();
        var verdicts = BenchComparison.Compare(baseline, Scale(latest, "parse", impl: true, 0.3), new BenchThresholds());
        Assert.Equal(BenchChange.Faster, verdicts.Single(v => v is { Stage: "parse", Side: BenchComparison.ImplSide }).Change);
        Assert.Empty(BenchComparison.Regressions(verdicts, 0, new BenchThresholds()));
    }

    [Fact]
    public void A_shift_below_the_minimum_effect_is_no_significant_change_even_when_the_test_sees_it()
    {
        double[] before = [1.00, 1.01, 1.02, 1.00, 1.01, 1.02, 1.00, 1.01, 1.02, 1.01];
        var after = before.Select(v => v * 1.04).ToArray();
        var small = BenchComparison.Judge("tokenize", "impl", Timing(before), Timing(after), new BenchThresholds(MinEffect: 0.10));
        Assert.True(small.P < 0.01);
        Assert.Equal(BenchChange.NoSignificantChange, small.Change);
        Assert.Equal(BenchChange.Slower, BenchComparison.Judge("tokenize", "impl", Timing(before), Timing(after), new BenchThresholds(MinEffect: 0.02)).Change);
    }

    [Fact]
    public void A_large_but_noisy_difference_is_not_significant()
    {
        // Medians 30% apart, but the samples overlap so much that the rank test cannot tell them apart.
        double[] before = [1.0, 2.0, 1.0, 2.0, 1.0];
        double[] after = [1.3, 2.1, 0.9, 2.2, 1.3];
        var verdict = BenchComparison.Judge("run", "impl", Timing(before), Timing(after), new BenchThresholds());
        Assert.True(verdict.Relative > 0.2);
        Assert.Equal(BenchChange.NoSignificantChange, verdict.Change);
    }

    [Fact]
    public void A_stage_the_implementation_cannot_do_is_not_comparable_and_not_a_regression()
    {
        var unavailable = BenchTiming.NotAvailable("not implemented yet");
        var verdict = BenchComparison.Judge("compile", "impl", unavailable, unavailable, new BenchThresholds());
        Assert.Equal(BenchChange.NotComparable, verdict.Change);
        Assert.Contains("not implemented yet", verdict.Note);
        var arrived = BenchComparison.Judge("compile", "impl", unavailable, Timing([1, 2, 3]), new BenchThresholds());
        Assert.Equal(BenchChange.NotComparable, arrived.Change);
        Assert.Contains("new", arrived.Note);
        Assert.Empty(BenchComparison.Regressions([verdict, arrived], 0, new BenchThresholds()));
    }

    [Fact]
    public void The_baseline_is_the_newest_earlier_run_with_the_same_oracle_corpus_and_machine()
    {
        var (first, second) = SameCommitRuns();
        var otherOracle = second with { Time = second.Time.AddMinutes(-1), Oracle = second.Oracle with { Version = "3.12.1" } };
        var otherCorpus = second with { Time = second.Time.AddMinutes(-1), Corpus = second.Corpus with { Sha256 = "0" } };
        var otherMachine = second with { Time = second.Time.AddMinutes(-1), Machine = second.Machine with { Cores = 64 } };
        var latest = second with { Time = second.Time.AddHours(1), Commit = "feedface" };
        BenchRecord[] history = [first, second, otherOracle, otherCorpus, otherMachine, latest];
        Assert.Same(second, BenchComparison.FindBaseline(history, latest));
        Assert.Same(first, BenchComparison.FindBaseline(history, second));
        Assert.Null(BenchComparison.FindBaseline(history, first));
        Assert.Same(second, BenchComparison.FindBaseline(history, latest, first.Commit[..7]));
        Assert.Null(BenchComparison.FindBaseline(history, latest, "0000000"));
    }

    [Fact]
    public void A_record_survives_its_json_line()
    {
        var (_, latest) = SameCommitRuns();
        var again = BenchRecord.FromJsonLine(latest.ToJsonLine())!;
        Assert.Equal(latest.ToJsonLine(), again.ToJsonLine());
        Assert.Equal(latest.Stages["tokenize"].Impl.Samples, again.Stages["tokenize"].Impl.Samples);
        Assert.Contains("\"load_average_start\"", latest.ToJsonLine());
        Assert.Contains("\"overhead_share\"", latest.ToJsonLine());
    }

    [Fact]
    public void History_runs_are_drawn_as_median_with_the_quartiles_as_band()
    {
        var (_, latest) = SameCommitRuns();
        var run = BenchHistoryReport.ToHistoryRun(latest);
        Assert.Equal(latest.Label, run.Label);
        var tokenize = latest.Stages["tokenize"].Oracle;
        Assert.Equal(new Conformance.Harness.Report.HistorySeconds(tokenize.Median, tokenize.Q1, tokenize.Q3), run.Stages["tokenize"].Oracle);
        foreach (var (name, stage) in latest.Stages.Where(s => !s.Value.Impl.Available))
            Assert.Null(run.Stages[name].Impl);
    }

    [Fact]
    public void Report_history_draws_every_stage_and_judges_the_newest_run()
    {
        var dir = Directory.CreateTempSubdirectory("bench-history-").FullName;
        try
        {
            var output = new StringWriter();
            var outcome = BenchHistoryReport.Execute(new HistoryReportOptions { HistoryFile = Fixture, OutDir = dir, ByOracle = true }, output);
            var (baseline, latest) = SameCommitRuns();
            Assert.Equal(latest.Label, outcome.Latest!.Label);
            Assert.Equal(baseline.Label, outcome.Baseline!.Label);
            foreach (var chart in new[] { "ratio", "tokenize", "parse", "compile", "run" })
                Assert.Contains(outcome.Written, file => file.EndsWith($"history-{chart}.png", StringComparison.Ordinal));
            Assert.Contains(outcome.Written, file => file.EndsWith("history-verdicts.json", StringComparison.Ordinal));
            Assert.Contains("no significant change", output.ToString());
            Assert.DoesNotContain(" slower", output.ToString());
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    internal static BenchTiming Timing(IReadOnlyList<double> samples) => BenchTiming.From(samples, 0);

    internal static BenchRecord Scale(BenchRecord run, string stage, bool impl, double factor)
    {
        var record = run.Stages[stage];
        var side = impl ? record.Impl : record.Oracle;
        var scaled = Timing(side.Samples.Select(s => s * factor).ToList());
        var stages = run.Stages.ToDictionary(pair => pair.Key, pair => pair.Value);
        stages[stage] = impl ? record with { Impl = scaled } : record with { Oracle = scaled };
        return run with { Stages = stages };
    }
}
