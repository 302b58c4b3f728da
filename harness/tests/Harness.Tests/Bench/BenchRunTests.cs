using Conformance.Harness.Bench;
using Conformance.Harness.Implementations;

namespace Conformance.Harness.Tests.Bench;

/// <summary>The bench verb end to end against the real python3, on a tiny input so it takes a second or two.</summary>
public sealed class BenchRunTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("bench-test-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private BenchOptions Options(int repeat = 5) => new()
    {
        Paths = [Write("program.py", "def f(n):\n    return sum(i * i for i in range(n))\n\nprint(f(2000))\n")],
        StdlibSample = false,
        Repeat = repeat,
        Warmup = 1,
        OutDir = Path.Combine(_dir, "out"),
        HistoryFile = Path.Combine(_dir, "history", "bench.jsonl"),
        RepositoryFolder = _dir,
        Quiet = true,
    };

    private string Write(string name, string text)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllText(path, text);
        return path;
    }

    [Fact]
    public async Task A_run_is_appended_with_every_stage_and_its_overhead()
    {
        var output = new StringWriter();
        var outcome = await BenchRun.ExecuteAsync(Options(), output, CancellationToken.None);

        Assert.Equal(BenchRun.ExitOk, outcome.ExitCode);
        Assert.Null(outcome.Baseline);
        var record = Assert.Single(BenchRecord.ReadHistory(Options().HistoryFile));
        Assert.Equal(["tokenize", "parse", "compile", "run"], record.Stages.Keys);
        Assert.All(record.Stages.Values, stage => Assert.Equal(5, stage.Oracle.Samples.Count));
        Assert.All(record.Stages.Values, stage => Assert.Equal(0, stage.Oracle.Failures));
        // The reference tokenizes and parses today; compile and run arrive with its compiler, reported until then.
        Assert.True(record.Stages["tokenize"].Impl.Available);
        Assert.True(record.Stages["parse"].Impl.Available);
        Assert.All(record.Stages.Values.Where(s => !s.Impl.Available), s => Assert.False(string.IsNullOrEmpty(s.Impl.Reason)));
        Assert.Equal("cpython", record.Oracle.Name);
        Assert.Equal(3, record.Machine.LoadAverageStart.Length);
        Assert.InRange(record.MeasuredSeconds, 0, record.WallSeconds);
        Assert.Contains("harness overhead:", output.ToString());
        Assert.True(File.Exists(Path.Combine(_dir, "out", "bench.json")));
    }

    [Fact]
    public async Task A_stage_slower_than_its_baseline_fails_the_gate()
    {
        var first = await BenchRun.ExecuteAsync(Options(), TextWriter.Null, CancellationToken.None);
        // Pretend the baseline tokenized a hundred times faster than the first run's fastest sample: every sample of
        // the next real run is then slower, whatever outliers either run has. The other stages of the baseline are
        // made a hundred times slower, so run-to-run noise in them (a few microseconds of a tiny program) cannot
        // show up as a second regression.
        var samples = first.Record.Stages["tokenize"].Impl.Samples;
        var fast = BenchComparisonTests.Scale(first.Record, "tokenize", impl: true, 0.01 * samples.Min() / samples.Max());
        foreach (var stage in first.Record.Stages.Keys.Where(s => s != "tokenize" && first.Record.Stages[s].Impl.Available))
            fast = BenchComparisonTests.Scale(fast, stage, impl: true, 100);
        fast = fast with { Time = first.Record.Time.AddMinutes(-1) };
        File.WriteAllText(Options().HistoryFile, fast.ToJsonLine() + "\n");

        var output = new StringWriter();
        var gated = await BenchRun.ExecuteAsync(Options() with { FailOnRegression = 50 }, output, CancellationToken.None);

        Assert.Equal(BenchRun.ExitRegression, gated.ExitCode);
        var regression = Assert.Single(gated.Regressions);
        Assert.Equal(("tokenize", BenchComparison.ImplSide), (regression.Stage, regression.Side));
        Assert.Contains("REGRESSION: tokenize", output.ToString());
        Assert.Equal(2, BenchRecord.ReadHistory(Options().HistoryFile).Count);
    }

    [Fact]
    public async Task The_cpu_clock_samples_thread_cpu_seconds_and_never_compares_with_wall_runs()
    {
        var wall = await BenchRun.ExecuteAsync(Options(), TextWriter.Null, CancellationToken.None);
        var cpu = await BenchRun.ExecuteAsync(Options() with { Clock = BenchClock.Cpu }, TextWriter.Null, CancellationToken.None);

        Assert.Equal(BenchClock.Wall, wall.Record.Clock);
        Assert.Equal(BenchClock.Cpu, cpu.Record.Clock);
        Assert.Null(cpu.Baseline); // the wall run before it measured something else
        Assert.All(cpu.Record.Stages.Values, stage => Assert.All(stage.Oracle.Samples, s => Assert.True(s > 0)));
        Assert.All(cpu.Record.Stages.Values.Where(stage => stage.Impl.Available), stage => Assert.All(stage.Impl.Samples, s => Assert.True(s > 0)));
        Assert.InRange(cpu.Record.MeasuredSeconds, 0, cpu.Record.WallSeconds); // the overhead still counts wall time
        var again = await BenchRun.ExecuteAsync(Options() with { Clock = BenchClock.Cpu }, TextWriter.Null, CancellationToken.None);
        Assert.Equal(cpu.Record.Time, again.Baseline!.Time);
    }

    [Fact]
    public void The_thread_cpu_clock_advances_with_work_and_not_with_sleep()
    {
        var start = BenchClock.ThreadCpuSeconds();
        Thread.Sleep(200);
        var slept = BenchClock.ThreadCpuSeconds() - start;
        var x = 0.0;
        for (var i = 0; i < 20_000_000; i++) x += Math.Sqrt(i);
        var worked = BenchClock.ThreadCpuSeconds() - start - slept;
        Assert.True(x > 0);
        Assert.InRange(slept, 0, 0.05);
        Assert.True(worked > 0.005, $"20M square roots took {worked} CPU seconds");
    }

    [Fact]
    public async Task A_change_to_the_history_alone_does_not_make_the_commit_dirty()
    {
        async Task Git(params string[] args) =>
            await CliWrap.Cli.Wrap("git").WithArguments(["-c", "user.name=bench", "-c", "user.email=bench@example.org", .. args]).WithWorkingDirectory(_dir).ExecuteAsync();
        await Git("init", "-q");
        Directory.CreateDirectory(Path.Combine(_dir, "reports", "history"));
        Write("reports/history/bench.jsonl", "{}\n");
        Write("code.py", "x = 1\n");
        await Git("add", ".");
        await Git("commit", "-q", "-m", "start");

        File.AppendAllText(Path.Combine(_dir, "reports", "history", "bench.jsonl"), "{}\n");
        var (commit, dirty) = await BenchEnvironment.GitCommitAsync(Path.Combine(_dir, "reports"), CancellationToken.None);
        Assert.Matches("^[0-9a-f]{40}$", commit);
        Assert.False(dirty);

        File.AppendAllText(Path.Combine(_dir, "code.py"), "y = 2\n");
        Assert.True((await BenchEnvironment.GitCommitAsync(Path.Combine(_dir, "reports"), CancellationToken.None)).Dirty);
    }

    [Fact]
    public async Task One_pass_is_not_enough_to_judge()
    {
        await Assert.ThrowsAsync<SetupException>(() => BenchRun.ExecuteAsync(Options(repeat: 1), TextWriter.Null, CancellationToken.None));
    }
}
