using System.CommandLine;
using Conformance.Harness.CommandLine;

namespace Conformance.Harness.Bench;

/// <summary>The `bench` and `report --history` verbs (DESIGN.md, "Contracts"; README "Performance").</summary>
public static class BenchCommands
{
    private static Option<double> AlphaOption() => new("--alpha") { Description = "significance level of the Mann-Whitney U test", DefaultValueFactory = _ => new BenchThresholds().Alpha };
    private static Option<double> MinEffectOption() => new("--min-effect") { Description = "smallest relative change of the median that counts (0.10 = 10%)", DefaultValueFactory = _ => new BenchThresholds().MinEffect };
    private static Option<string> HistoryOption() => new("--history-file") { Description = "the bench history (JSON lines)", DefaultValueFactory = _ => BenchRun.DefaultHistory };
    private const string ClockHelp = "wall: elapsed seconds; cpu: the stage's thread CPU seconds, far less sensitive to a loaded machine (Linux)";
    private static Option<string?> BaselineOption() => new("--baseline") { Description = "compare with the newest comparable run at this commit (prefix) instead of the newest comparable run" };

    public static Command Bench()
    {
        var paths = new Argument<string[]>("PATH") { Description = ".py files or folders of them (default: corpus/bench and the stdlib sample)", Arity = ArgumentArity.ZeroOrMore };
        var oracle = new Option<string>("--oracle") { Description = "the CPython executable timed as the oracle", DefaultValueFactory = _ => "python3" };
        var impl = new Option<string>("--impl") { Description = "reference (in process) or a Python executable", DefaultValueFactory = _ => "reference" };
        var target = new Option<string>("--target") { Description = "the Python version the reference interpreter reproduces", DefaultValueFactory = _ => "3.11" };
        var repeat = new Option<int>("--repeat") { Description = "timed passes per side", DefaultValueFactory = _ => 10 };
        var warmup = new Option<int>("--warmup") { Description = "untimed passes per side first", DefaultValueFactory = _ => 1 };
        var outDir = new Option<string>("--out") { Description = "folder for bench.json", DefaultValueFactory = _ => "reports/latest" };
        var sample = new Option<bool?>("--stdlib-sample") { Description = "add the fixed stdlib sample (default: only when no PATH is given)" };
        var samplePython = new Option<string>("--sample-python") { Description = "whose Lib the stdlib sample is read from (the same bytes for every oracle)", DefaultValueFactory = _ => "python3" };
        var failOn = new Option<double?>("--fail-on-regression") { Description = "exit 1 when an impl stage is significantly slower than the baseline by more than PCT percent" };
        var history = HistoryOption();
        var baseline = BaselineOption();
        var alpha = AlphaOption();
        var minEffect = MinEffectOption();
        var quiet = new Option<bool>("--quiet") { Description = "no per-pass output" };
        var clock = new Option<string>("--clock") { Description = ClockHelp, DefaultValueFactory = _ => BenchClock.Wall };
        var command = new Command("bench", "Time every stage on both sides over repeated passes and append the run to the history.")
        {
            paths, oracle, impl, target, repeat, warmup, outDir, sample, samplePython, failOn, history, baseline, alpha, minEffect, quiet, clock,
        };
        command.SetAction(async (parse, cancellation) =>
        {
            var options = new BenchOptions
            {
                Paths = parse.GetValue(paths) ?? [],
                Oracle = parse.GetValue(oracle)!,
                Impl = parse.GetValue(impl)!,
                Clock = parse.GetValue(clock)!,
                Target = parse.GetValue(target)!,
                Repeat = parse.GetValue(repeat),
                Warmup = parse.GetValue(warmup),
                OutDir = parse.GetValue(outDir)!,
                StdlibSample = parse.GetValue(sample),
                SamplePython = parse.GetValue(samplePython)!,
                FailOnRegression = parse.GetValue(failOn),
                HistoryFile = parse.GetValue(history)!,
                Baseline = parse.GetValue(baseline),
                Thresholds = new BenchThresholds(parse.GetValue(alpha), parse.GetValue(minEffect)),
                Quiet = parse.GetValue(quiet),
            };
            using var interrupt = InterruptSource.Create(cancellation);
            try
            {
                return (await BenchRun.ExecuteAsync(options, Console.Out, interrupt.Token)).ExitCode;
            }
            catch (OperationCanceledException)
            {
                // A run cut short has fewer passes than it says: it is not appended to the history.
                Console.Error.WriteLine("harness: bench interrupted, nothing appended to the history");
                return HarnessCommandLine.ExitUsage;
            }
        });
        return command;
    }

    /// <summary>`report --history`; other report modes (re-rendering a run's results) can join this verb as options.</summary>
    public static Command Report()
    {
        var historyMode = new Option<bool>("--history") { Description = "plot the bench history and judge its latest run against the baseline" };
        var outDir = new Option<string>("--out") { Description = "output folder (history.html, plots/history-*.png|svg, history-verdicts.json)", DefaultValueFactory = _ => "reports/latest" };
        var history = HistoryOption();
        var oracleVersion = new Option<string?>("--oracle-version") { Description = "only runs against this oracle release (prefix, e.g. 3.11)" };
        var baseline = BaselineOption();
        var clock = new Option<string?>("--clock") { Description = ClockHelp + " (default: the newest run's)" };
        var byOracle = new Option<bool>("--by-oracle") { Description = "order the charts' runs by oracle release, then time (default: time)" };
        var alpha = AlphaOption();
        var minEffect = MinEffectOption();
        var command = new Command("report", "Write reports from recorded data (--history: the bench history).")
        {
            historyMode, outDir, history, oracleVersion, baseline, byOracle, clock, alpha, minEffect,
        };
        command.SetAction(parse =>
        {
            if (!parse.GetValue(historyMode))
            {
                Console.Error.WriteLine("harness: report needs a mode: --history");
                return HarnessCommandLine.ExitUsage;
            }
            BenchHistoryReport.Execute(new HistoryReportOptions
            {
                HistoryFile = parse.GetValue(history)!,
                OutDir = parse.GetValue(outDir)!,
                OracleVersion = parse.GetValue(oracleVersion),
                Baseline = parse.GetValue(baseline),
                ByOracle = parse.GetValue(byOracle),
                Clock = parse.GetValue(clock),
                Thresholds = new BenchThresholds(parse.GetValue(alpha), parse.GetValue(minEffect)),
            }, Console.Out);
            return HarnessCommandLine.ExitOk;
        });
        return command;
    }
}
