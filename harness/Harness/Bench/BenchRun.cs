using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Conformance.Harness.Implementations;
using Conformance.Harness.Model;
using Pyref;

namespace Conformance.Harness.Bench;

public sealed record BenchOptions
{
    public IReadOnlyList<string> Paths { get; init; } = [];
    /// <summary>Adds the fixed stdlib sample; on by default when no PATH is given.</summary>
    public bool? StdlibSample { get; init; }
    public string SamplePython { get; init; } = "python3";
    public string Oracle { get; init; } = "python3";
    /// <summary>"reference" (in process) or a Python executable timed through the same worker as the oracle.</summary>
    public string Impl { get; init; } = "reference";
    /// <summary>BenchClock.Wall or BenchClock.Cpu.</summary>
    public string Clock { get; init; } = BenchClock.Wall;
    public string Target { get; init; } = "3.11";
    public int Repeat { get; init; } = 10;
    public int Warmup { get; init; } = 1;
    public string OutDir { get; init; } = "reports/latest";
    public string HistoryFile { get; init; } = BenchRun.DefaultHistory;
    /// <summary>Where `git rev-parse HEAD` is asked for the commit.</summary>
    public string RepositoryFolder { get; init; } = ".";
    public double? FailOnRegression { get; init; }
    public string? Baseline { get; init; }
    public BenchThresholds Thresholds { get; init; } = new();
    public bool Quiet { get; init; }
}

/// <summary>
/// `bench`: times every stage on both sides over warm-up and repeated passes, appends the run to the
/// history, judges it against its baseline and prints the harness's own overhead.
/// Passes alternate which side goes first, so a slow drift of the machine's load hits both alike.
/// </summary>
public static class BenchRun
{
    public const string DefaultHistory = "reports/history/bench.jsonl";
    public const int ExitOk = 0, ExitRegression = 1;

    public sealed record Outcome(BenchRecord Record, BenchRecord? Baseline, IReadOnlyList<StageVerdict> Verdicts, IReadOnlyList<StageVerdict> Regressions, int ExitCode);

    public static async Task<Outcome> ExecuteAsync(BenchOptions options, TextWriter output, CancellationToken cancellation)
    {
        if (options.Repeat < 2) throw new SetupException("--repeat must be at least 2: a spread and a test need repeated samples");
        if (options.Warmup < 0) throw new SetupException("--warmup cannot be negative");
        var clock = BenchClock.Parse(options.Clock);
        var wall = Stopwatch.StartNew();
        var loadStart = BenchEnvironment.LoadAverage();

        var paths = options.Paths.Count > 0 ? options.Paths : [BenchCorpus.DefaultPath];
        var files = BenchCorpus.FromPaths(paths);
        string? sampleDescription = null;
        if (options.StdlibSample ?? options.Paths.Count == 0)
        {
            var (sample, description) = await BenchCorpus.StdlibSampleAsync(options.SamplePython, cancellation);
            files.AddRange(sample);
            sampleDescription = description;
        }
        if (files.Count == 0) throw new SetupException("nothing to bench: no .py file in " + string.Join(", ", paths));
        var (bytes, sha) = BenchCorpus.Fingerprint(files);

        await using var oracle = await PythonBenchSide.StartAsync(options.Oracle, cancellation);
        await using IBenchSide impl = options.Impl == "reference"
            ? new ReferenceBenchSide(PythonVersion.Parse(options.Target))
            : await PythonBenchSide.StartAsync(options.Impl, cancellation);
        var (commit, dirty) = await BenchEnvironment.GitCommitAsync(options.RepositoryFolder, cancellation);

        if (!options.Quiet)
        {
            output.WriteLine($"bench: {files.Count} files ({bytes / 1024.0:0} KB), {options.Warmup} warm-up + {options.Repeat} timed passes per side, {clock} clock");
            output.WriteLine($"  oracle {oracle.Info.Name} {oracle.Info.Version}, impl {impl.Info.Name} {impl.Info.Version}, commit {commit[..Math.Min(10, commit.Length)]}{(dirty ? " (dirty)" : "")}");
            foreach (var (stage, why) in impl.Unavailable.OrderBy(pair => pair.Key))
                output.WriteLine($"  impl {stage.HistoryName()}: not available ({why})");
        }

        var stages = BenchStages.All.Where(stage => files.Any(file => file.Stages.Contains(stage))).ToList();
        IBenchSide[] sides = [oracle, impl];
        var samples = sides.ToDictionary(side => side, _ => stages.ToDictionary(stage => stage, _ => new List<double>()));
        var last = sides.ToDictionary(side => side, _ => new Dictionary<Stage, PassTiming>());
        var measured = 0.0;
        var passes = options.Warmup + options.Repeat;
        for (var pass = 0; pass < passes; pass++)
        {
            var line = new List<string>();
            foreach (var side in pass % 2 == 0 ? sides : [impl, oracle])
            {
                // A collection between passes, not inside one: the previous pass's garbage is not this pass's cost.
                if (side is ReferenceBenchSide) GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
                var wanted = stages.Where(stage => !side.Unavailable.ContainsKey(stage)).ToList();
                var timings = await side.PassAsync(files, wanted, clock, cancellation);
                var sum = 0.0;
                foreach (var (stage, timing) in timings)
                {
                    sum += timing.Seconds;
                    measured += timing.Wall;
                    if (pass >= options.Warmup) samples[side][stage].Add(timing.Seconds);
                    last[side][stage] = timing;
                }
                line.Add($"{(ReferenceEquals(side, oracle) ? "oracle" : "impl")} {sum:0.000} s");
            }
            if (!options.Quiet)
                output.WriteLine($"  pass {pass + 1}/{passes}{(pass < options.Warmup ? " (warm-up)" : "")}: {string.Join(", ", line)}");
        }
        var wallSeconds = wall.Elapsed.TotalSeconds;

        BenchTiming Timing(IBenchSide side, Stage stage) =>
            side.Unavailable.TryGetValue(stage, out var why) ? BenchTiming.NotAvailable(why)
            : BenchTiming.From(samples[side][stage], last[side].GetValueOrDefault(stage).Failures);
        var record = new BenchRecord
        {
            Time = DateTimeOffset.UtcNow,
            Commit = commit,
            Dirty = dirty,
            ProjectVersion = ReferenceBenchSide.ProjectVersion,
            Oracle = oracle.Info,
            Impl = impl.Info,
            Machine = new MachineInfo(BenchEnvironment.Cores, BenchEnvironment.Os, BenchEnvironment.Cpu(), loadStart, BenchEnvironment.LoadAverage()),
            Corpus = new CorpusInfo(paths.ToList(), files.Count, bytes, sha, sampleDescription),
            Clock = clock,
            Repeat = options.Repeat,
            Warmup = options.Warmup,
            WallSeconds = wallSeconds,
            MeasuredSeconds = measured,
            Stages = stages.ToDictionary(stage => stage.HistoryName(), stage => new BenchStageRecord(
                files.Count(file => file.Stages.Contains(stage)), Timing(oracle, stage), Timing(impl, stage))),
        };

        var history = BenchRecord.ReadHistory(options.HistoryFile, Console.Error);
        var baseline = BenchComparison.FindBaseline(history, record, options.Baseline);
        var verdicts = baseline is null ? [] : BenchComparison.Compare(baseline, record, options.Thresholds);
        var regressions = options.FailOnRegression is { } percent ? BenchComparison.Regressions(verdicts, percent, options.Thresholds) : [];
        BenchRecord.Append(options.HistoryFile, record);
        Directory.CreateDirectory(options.OutDir);
        var summaryPath = Path.Combine(options.OutDir, "bench.json");
        await File.WriteAllTextAsync(summaryPath, JsonSerializer.Serialize(new { run = record, baseline = baseline?.Label, verdicts }, new JsonSerializerOptions(BenchRecord.Json) { WriteIndented = true }), cancellation);

        output.WriteLine();
        output.Write(Summary(record));
        if (baseline is null) output.WriteLine($"no baseline yet (same oracle {record.Oracle.Version}, corpus, clock and machine) in {options.HistoryFile}: this run becomes one");
        else output.Write(BenchComparison.Table(baseline, record, verdicts));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"harness overhead: {record.OverheadSeconds:0.00} s of {record.WallSeconds:0.00} s wall ({record.OverheadShare:0.0%}); load average {string.Join(" ", loadStart)} -> {string.Join(" ", record.Machine.LoadAverageEnd)}"));
        output.WriteLine($"appended to {options.HistoryFile}; {summaryPath}");
        foreach (var regression in regressions)
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"REGRESSION: {regression.Stage} is {regression.Relative:+0.0%} slower than the baseline (p = {regression.P:0.0000}), over the {options.FailOnRegression}% gate"));
        return new Outcome(record, baseline, verdicts, regressions, regressions.Count > 0 ? ExitRegression : ExitOk);
    }

    /// <summary>Four decimals, or microseconds where a tiny input would print 0.0000.</summary>
    public static string FormatSeconds(double seconds) =>
        seconds.ToString(Math.Abs(seconds) is > 0 and < 0.01 ? "0.000000" : "0.0000", CultureInfo.InvariantCulture);

    /// <summary>Median seconds with the IQR per stage and side, and the impl/oracle ratio.</summary>
    public static string Summary(BenchRecord record)
    {
        var text = new System.Text.StringBuilder();
        text.Append($"{"stage",-9} {"files",5} {"oracle median s",16} {"IQR",8} {"impl median s",14} {"IQR",8} {"impl/oracle",12}\n");
        foreach (var (name, stage) in record.Stages)
        {
            string Cell(BenchTiming t, int width) => (t.Available ? FormatSeconds(t.Median) : "n/a").PadLeft(width);
            string Spread(BenchTiming t) => (t.Available ? FormatSeconds(t.Iqr) : "").PadLeft(8);
            var ratio = stage.Impl.Available && stage.Oracle is { Available: true, Median: > 0 }
                ? (stage.Impl.Median / stage.Oracle.Median).ToString("0.00", CultureInfo.InvariantCulture) + "x" : "-";
            text.Append($"{name,-9} {stage.Files,5} {Cell(stage.Oracle, 16)} {Spread(stage.Oracle)} {Cell(stage.Impl, 14)} {Spread(stage.Impl)} {ratio,12}\n");
        }
        return text.ToString();
    }
}
